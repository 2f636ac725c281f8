import { bootstrapF1Std, type CorpusScore, corpusScore } from './aeb-metric';
import type { ExtractorName } from './extractors';
import type { ExtractorPageResult, PageResult } from './run-page';

export interface ExtractorSummary extends CorpusScore {
  pages: number;
  /** Pages where the extractor gave no text (Pith `ok:false`, Readability null or a throw). */
  failures: number;
  f1Std: number;
  /** wcxb: share of `with` snippets found, and of `without` snippets leaked (pooled over pages). */
  keepRate?: number;
  leakRate?: number;
  medianMs: number;
  p95Ms: number;
  /** Pith: blocks its clutter pass removed, and the share of them that is reference text. */
  removedBlocks?: number;
  removedReferenceShare?: number;
}

export function summarize(pages: readonly PageResult[], name: ExtractorName): ExtractorSummary | null {
  const runs = pages.flatMap((p) => (p.skipped || !p.results[name] ? [] : [p.results[name]]));
  if (runs.length === 0) return null;
  const counts = runs.map((r) => r.counts);
  const times = runs.map((r) => r.ms);
  const summary: ExtractorSummary = {
    ...corpusScore(counts),
    pages: runs.length,
    failures: runs.filter((r) => r.failure).length,
    f1Std: bootstrapF1Std(counts),
    medianMs: quantile(times, 0.5),
    p95Ms: quantile(times, 0.95),
  };
  const withSnippets = runs.filter((r) => r.withTotal !== undefined);
  if (withSnippets.length > 0) {
    summary.keepRate = ratio(
      withSnippets,
      (r) => r.withFound ?? 0,
      (r) => r.withTotal ?? 0,
    );
    summary.leakRate = ratio(
      withSnippets,
      (r) => r.leaked?.length ?? 0,
      (r) => r.withoutTotal ?? 0,
    );
  }
  const withRemoved = runs.filter((r) => r.removedBlocks !== undefined);
  if (withRemoved.length > 0) {
    summary.removedBlocks = withRemoved.reduce((sum, r) => sum + (r.removedBlocks ?? 0), 0);
    summary.removedReferenceShare = ratio(
      withRemoved,
      (r) => r.removedReference ?? 0,
      (r) => r.removedBlocks ?? 0,
    );
  }
  return summary;
}

/** Linear-interpolated quantile (numpy's default), q in [0, 1]. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (position - low);
}

function ratio(
  runs: readonly ExtractorPageResult[],
  part: (r: ExtractorPageResult) => number,
  whole: (r: ExtractorPageResult) => number,
): number {
  const total = runs.reduce((sum, r) => sum + whole(r), 0);
  return total > 0 ? runs.reduce((sum, r) => sum + part(r), 0) / total : Number.NaN;
}
