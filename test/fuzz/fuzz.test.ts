import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/core/budget';
import { buildCase } from './mutate';
import { runCase } from './run-case';
import { fixturePages } from './seeds';

/**
 * A seeded, bounded fuzz run over the golden pages: each case is a page (or an
 * extreme shape) with one to three mutations (subtrees deleted, duplicated or
 * moved, misnesting, attribute garbage, truncation, deep nesting, huge text,
 * many paragraphs, quote chains, NUL bytes, BOMs, active content). The long run
 * is `npm run fuzz -- --count 10000`.
 */
const CASES = 24;
const FIRST_SEED = 20_261_202;
/** A hang guard, not a speed test (speed is what `npm run fuzz` prints): ten times the work budget. */
const HANG_GUARD_MS = 10 * DEFAULT_LIMITS.ms;

describe('fuzzed pages', () => {
  const pages = fixturePages();

  it('has pages to start from', () => {
    expect(pages.length).toBeGreaterThan(3);
  });

  for (let i = 0; i < CASES; i++) {
    const seed = FIRST_SEED + i;
    it(
      `case ${seed}: no throw, no reason "error", no active content, no hang`,
      async () => {
        const fuzzCase = buildCase(seed, pages, 'suite');
        const outcome = await runCase(fuzzCase);
        expect(outcome.problem, `${outcome.shape}: ${outcome.detail}`).toBeNull();
        expect(outcome.ms, outcome.shape).toBeLessThan(HANG_GUARD_MS);
      },
      HANG_GUARD_MS * 3,
    );
  }
});
