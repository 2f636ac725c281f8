import { readFile } from 'node:fs/promises';
import { corpusScore } from './aeb-metric';
import type { PageResult } from './run-page';
import type { ExtractorSummary } from './summary';

/** The shape `--json` writes, read back by `--compare`. */
export type BenchReport = Record<
  string,
  { summaries: Record<string, ExtractorSummary | null>; pages: PageResult[] }
>;

export async function readReport(file: string): Promise<BenchReport> {
  return JSON.parse(await readFile(file, 'utf8')) as BenchReport;
}

/** Pith against an earlier run (`--json` output): corpus deltas, then the pages that moved most. */
export function formatComparison(
  corpus: string,
  pages: readonly PageResult[],
  before: BenchReport,
  top = 15,
): string {
  const old = before[corpus];
  if (!old) return `   (no ${corpus} results in the comparison file)`;
  const lines: string[] = [];
  // Score both runs on the same pages, so a --limit run compares fairly with a full one.
  const ids = new Set(pages.filter((p) => !p.skipped && p.results.pith).map((p) => p.id));
  const thenPages = old.pages.filter((p) => ids.has(p.id) && p.results.pith);
  const nowPages = pages.filter((p) => thenPages.some((t) => t.id === p.id));
  if (thenPages.length > 0) {
    const now = corpusScore(nowPages.map((p) => p.results.pith!.counts));
    const then = corpusScore(thenPages.map((p) => p.results.pith!.counts));
    lines.push(
      `   Pith vs before on ${thenPages.length} common pages: precision ${signed(now.precision - then.precision)}, ` +
        `recall ${signed(now.recall - then.recall)}, F1 ${signed(now.f1 - then.f1)}`,
    );
  }
  const oldF1 = new Map(
    old.pages.flatMap((p) => (p.results.pith ? [[p.id, p.results.pith.f1] as const] : [])),
  );
  const moves = pages
    .flatMap((p) => {
      const now = p.results.pith?.f1;
      const then = oldF1.get(p.id);
      return typeof now !== 'number' || typeof then !== 'number' ? [] : [{ p, change: now - then }];
    })
    .filter((m) => Math.abs(m.change) > 0.005)
    .sort((a, b) => a.change - b.change);
  const worse = moves.filter((m) => m.change < 0);
  const better = moves.filter((m) => m.change > 0).reverse();
  lines.push(`   pages changed by more than 0.005 F1: ${worse.length} worse, ${better.length} better`);
  for (const { p, change } of [...worse.slice(0, top), ...better.slice(0, top)]) {
    lines.push(`     ${signed(change)} ${p.id.slice(0, 16)} F1 ${p.results.pith!.f1.toFixed(3)} ${p.url}`);
  }
  return lines.join('\n');
}

function signed(value: number): string {
  return `${value >= 0 ? '+' : ''}${value.toFixed(4)}`;
}
