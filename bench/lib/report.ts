import { EXTRACTOR_NAMES } from './extractors';
import type { PageResult } from './run-page';
import type { ExtractorSummary } from './summary';

/** Plain-text tables for the terminal. */
export function formatCorpusReport(
  corpus: string,
  pages: readonly PageResult[],
  summaries: Partial<Record<(typeof EXTRACTOR_NAMES)[number], ExtractorSummary | null>>,
): string {
  const skipped = pages.filter((p) => p.skipped);
  const lines = [`\n== ${corpus}: ${pages.length - skipped.length} pages scored, ${skipped.length} skipped`];
  for (const page of skipped) lines.push(`   skipped ${page.id}: ${page.skipped}`);
  lines.push(
    row([
      'extractor',
      'precision',
      'recall',
      'F1',
      '± std',
      'failed',
      'keep',
      'leak',
      'median ms',
      'p95 ms',
      'removed',
      'ref-text',
    ]),
  );
  for (const name of EXTRACTOR_NAMES) {
    const s = summaries[name];
    if (!s) continue;
    lines.push(
      row([
        name,
        fixed(s.precision),
        fixed(s.recall),
        fixed(s.f1),
        fixed(s.f1Std),
        String(s.failures),
        s.keepRate === undefined ? '-' : fixed(s.keepRate),
        s.leakRate === undefined ? '-' : fixed(s.leakRate),
        s.medianMs.toFixed(1),
        s.p95Ms.toFixed(1),
        s.removedBlocks === undefined ? '-' : String(s.removedBlocks),
        s.removedReferenceShare === undefined ? '-' : fixed(s.removedReferenceShare),
      ]),
    );
  }
  const pith = summaries.pith;
  const ratio = (label: string, base: ExtractorSummary | null | undefined) => {
    if (!pith || !base) return;
    lines.push(
      `   time Pith/${label}: median ×${(pith.medianMs / base.medianMs).toFixed(2)}, p95 ×${(pith.p95Ms / base.p95Ms).toFixed(2)}`,
    );
  };
  ratio('Readability', summaries.readability);
  ratio('Readability on a clone', summaries['readability-clone']);
  return lines.join('\n');
}

/** What helps tuning: the worst Pith pages, the biggest losses against Readability, the most leaked snippets. */
export function formatDetails(pages: readonly PageResult[], top = 15): string {
  const scored = pages.filter((p) => !p.skipped && p.results.pith);
  const lines: string[] = [];
  const worst = [...scored].sort((a, b) => a.results.pith!.f1 - b.results.pith!.f1).slice(0, top);
  lines.push(`   worst Pith F1 (P / R, Readability F1):`);
  for (const p of worst) lines.push(`     ${pageLine(p)}`);

  const losses = scored
    .filter((p) => p.results.readability)
    .map((p) => ({ p, loss: p.results.readability!.f1 - p.results.pith!.f1 }))
    .filter((x) => x.loss > 0.001)
    .sort((a, b) => b.loss - a.loss)
    .slice(0, top);
  if (losses.length > 0) {
    lines.push(`   largest losses against Readability:`);
    for (const { p, loss } of losses) lines.push(`     -${loss.toFixed(3)} ${pageLine(p)}`);
  }

  const byCategory = new Map<string, [number, number]>();
  for (const p of scored) {
    for (const [category, [all, reference]] of Object.entries(p.results.pith!.removedByCategory ?? {})) {
      const tally = byCategory.get(category) ?? [0, 0];
      byCategory.set(category, [tally[0] + all, tally[1] + reference]);
    }
  }
  if (byCategory.size > 0) {
    // Where the reference text keeps what a category removes (inline "Read more" links, author
    // bios, copyright lines): the share is the corpus's labelling as much as Pith's mistakes.
    lines.push(`   removed blocks by category (reference text / removed):`);
    const sorted = [...byCategory].sort((a, b) => b[1][1] - a[1][1] || b[1][0] - a[1][0]);
    for (const [category, [all, reference]] of sorted)
      lines.push(`     ${category.padEnd(14)} ${String(reference).padStart(4)} / ${String(all).padStart(4)}`);
  }

  const cut = scored.filter((p) => p.results.pith!.removedReferenceSamples);
  if (cut.length > 0) {
    lines.push(`   removed blocks that are reference text:`);
    for (const p of cut.slice(0, top * 2)) {
      for (const sample of p.results.pith!.removedReferenceSamples!)
        lines.push(`     ${p.id.slice(0, 12)} ${JSON.stringify(clip(sample, 100))}`);
    }
  }

  const leaks = new Map<string, number>();
  for (const p of scored) {
    for (const snippet of p.results.pith!.leaked ?? []) leaks.set(snippet, (leaks.get(snippet) ?? 0) + 1);
  }
  if (leaks.size > 0) {
    lines.push(`   most leaked 'without' snippets (pages):`);
    const sorted = [...leaks].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, top * 2);
    for (const [snippet, count] of sorted) lines.push(`     ${count}× ${JSON.stringify(clip(snippet, 90))}`);
  }
  return lines.join('\n');
}

function pageLine(p: PageResult): string {
  const pith = p.results.pith!;
  const readability = p.results.readability;
  const failure = pith.failure ? ` [${pith.failure}]` : '';
  const versus = readability ? `, R ${fixed(readability.f1)}` : '';
  return `${p.id.slice(0, 16)} F1 ${fixed(pith.f1)} (${fixed(pith.precision)} / ${fixed(pith.recall)}${versus})${failure} ${p.url}`;
}

const WIDTHS = [17, 10, 8, 7, 7, 7, 7, 7, 10, 8, 8, 9];
function row(cells: string[]): string {
  return `   ${cells.map((c, i) => (i === 0 ? c.padEnd(WIDTHS[i]!) : c.padStart(WIDTHS[i]!))).join(' ')}`;
}

function fixed(value: number): string {
  return Number.isNaN(value) ? '-' : value.toFixed(3);
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
