import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/core/quotes';
import { assembleDrafts } from '../../src/core/quotes/spans';
import { quotesOf } from './helpers';

/**
 * Work must grow about linearly: 10× the input may cost at most ~25× the time (slack for noise).
 * The absolute bounds below are hang guards, far above any machine's time: speed itself is
 * measured by `npm run bench:quotes`, never asserted here.
 */
const HANG_GUARD_MS = 30_000;

function timeOf(run: () => void): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

describe('pathological input', () => {
  it('does not chase a statement whose issuing sentence names only the statement', () => {
    const paragraphs = [
      'The company flat-out denied the allegations in a statement shared to its website.',
      '“We deny every single allegation made against us,” the statement said.',
    ];
    expect(() => quotesOf(paragraphs)).not.toThrow();
  });

  it('survives unbalanced quote marks without throwing', () => {
    const paragraphs = [
      '“Open but never closed, said nobody.',
      'Closed” without opening.',
      '"',
      '«',
      '„',
      '”“‘’',
      '',
    ];
    expect(() => quotesOf(paragraphs)).not.toThrow();
  });

  it('handles 10,000 paragraphs in linear-ish time', () => {
    const paragraph = (i: number) =>
      `Councillor Jane Doe${i % 50} said on Monday: “We will build ${i} new homes this year, and we will not stop there.”`;
    const small = Array.from({ length: 1_000 }, (_, i) => paragraph(i));
    const large = Array.from({ length: 10_000 }, (_, i) => paragraph(i));
    const smallMs = timeOf(() => quotesOf(small));
    let quotes: ReturnType<typeof quotesOf> = [];
    const largeMs = timeOf(() => {
      quotes = quotesOf(large);
    });
    expect(quotes).toHaveLength(10_000);
    expect(largeMs).toBeLessThan(Math.max(50, smallMs) * 25);
  });

  it('handles a paragraph of 100,000 quote marks', () => {
    for (const mark of ['"', '“', '‘', "'", '«', '„“', '“”']) {
      const paragraph = mark.repeat(Math.ceil(100_000 / mark.length));
      const ms = timeOf(() => expect(() => quotesOf([paragraph])).not.toThrow());
      expect(ms).toBeLessThan(HANG_GUARD_MS);
    }
  });

  it('handles many short quotes and apostrophes in one long paragraph', () => {
    const paragraph = 'It’s “one,” he said, and ‘two’ isn’t. '.repeat(10_000);
    const ms = timeOf(() => expect(() => quotesOf([paragraph])).not.toThrow());
    expect(ms).toBeLessThan(HANG_GUARD_MS);
  });

  it('reads a quote beside one enormous lower-case word in linear-ish time', () => {
    // A name-and-nickname pattern looked behind over every lower-case run: quadratic in its length.
    const paragraph = (letters: number) =>
      `Lee ‘Spider’ Walsh said: “We will win.” Then ‘Tom’ wrote ${'x'.repeat(letters)} and “left it there.”`;
    const smallMs = timeOf(() => quotesOf([paragraph(20_000)]));
    let quotes: ReturnType<typeof quotesOf> = [];
    const largeMs = timeOf(() => {
      quotes = quotesOf([paragraph(200_000)]);
    });
    expect(quotes[0]?.speaker?.name).toBe('Lee Walsh');
    expect(largeMs).toBeLessThan(Math.max(50, smallMs) * 25);
  });

  it('stops assembling quotations once past the most it will list, keeping the first ones as they were', () => {
    const chain = '“The report will be published on Tuesday,” said Jane Doe. '.repeat(500);
    const all = assembleDrafts([chain, chain]);
    const bounded = assembleDrafts([chain, chain], 10);
    expect(all.length).toBeGreaterThan(100);
    expect(bounded.length).toBeLessThanOrEqual(11);
    expect(bounded.map((d) => d.text)).toEqual(all.slice(0, bounded.length).map((d) => d.text));
  });

  it('never throws from findQuotes, whatever it is given', () => {
    expect(findQuotes([], { title: '', excerpt: null })).toEqual([]);
    expect(findQuotes(['“x”'.repeat(5)], { title: '“', excerpt: '”' })).toBeInstanceOf(Array);
  });
});
