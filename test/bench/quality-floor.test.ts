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
    // On failure, name the pages that lost most against Readability: where to look first.
    const losses = scored
      .map((r) => ({ r, loss: r.results.readability!.f1 - r.results.pith!.f1 }))
      .sort((a, b) => b.loss - a.loss)
      .slice(0, 5)
      .map(
        ({ r, loss }) =>
          `${r.id.slice(0, 12)} -${loss.toFixed(3)} F1 (recall ${r.results.pith!.recall.toFixed(3)}) ${r.url}`,
      )
      .join('\n');
    expect(pith.f1, `Pith F1 below the floor; largest losses:\n${losses}`).toBeGreaterThanOrEqual(F1_FLOOR);
    expect(pith.recall, `Pith recall below Readability's; largest losses:\n${losses}`).toBeGreaterThanOrEqual(
      readability.recall - RECALL_SLACK,
    );
  }, 600_000);
});
