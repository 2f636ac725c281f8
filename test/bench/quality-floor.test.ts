import { describe, expect, it } from 'vitest';
import { corpusScore } from '../../bench/lib/aeb-metric';
import { BENCH_ROOT, corpusAvailable, loadCorpus } from '../../bench/lib/corpora';
import { type PageResult, runPage } from '../../bench/lib/run-page';

/**
 * Regression guard: Pith on every AEB page must stay above an F1 floor and must
 * not lose recall against plain Readability run on the same pages here.
 * The lead raises F1_FLOOR to a little under what the tuned core reaches.
 */
const F1_FLOOR = 0.95;
const RECALL_SLACK = 0.005;

const available = corpusAvailable('aeb');
if (!available) console.warn(`quality-floor: skipped, no AEB corpus under ${BENCH_ROOT}`);

describe.skipIf(!available)('extraction quality floor on AEB', () => {
  it(`keeps corpus F1 ≥ ${F1_FLOOR} and recall ≥ Readability's − ${RECALL_SLACK}`, async () => {
    const results: PageResult[] = [];
    for (const page of await loadCorpus('aeb')) results.push(await runPage(page, ['pith', 'readability']));
    const scored = results.filter((r) => !r.skipped);
    expect(scored.length).toBeGreaterThan(results.length * 0.95);

    const pith = corpusScore(scored.map((r) => r.results.pith!.counts));
    const readability = corpusScore(scored.map((r) => r.results.readability!.counts));
    console.info(
      `quality-floor: ${scored.length} pages; Pith P ${pith.precision.toFixed(4)} R ${pith.recall.toFixed(4)} F1 ${pith.f1.toFixed(4)}; ` +
        `Readability R ${readability.recall.toFixed(4)} F1 ${readability.f1.toFixed(4)}`,
    );
    expect(pith.f1).toBeGreaterThanOrEqual(F1_FLOOR);
    expect(pith.recall).toBeGreaterThanOrEqual(readability.recall - RECALL_SLACK);
  }, 600_000);
});
