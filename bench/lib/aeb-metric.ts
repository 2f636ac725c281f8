/**
 * The Article Extraction Benchmark metric (ScrapingHub's evaluate.py), as
 * ../shared/bench/README.md states it: 4-token shingle multisets per page,
 * per-page counts normalised to sum to 1, corpus means of per-page precision
 * and recall, F1 of those means, and a bootstrap spread of F1.
 */

const TOKEN = /[\p{L}\p{N}_]+/gu;
const SHINGLE_SIZE = 4;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Multiset of shingles; a text of 1–3 tokens is one shingle of all of them, an empty text has none. */
export function shingles(text: string, size = SHINGLE_SIZE): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  const starts = Math.max(1, tokens.length - size + 1);
  for (let i = 0; i < starts && tokens.length > 0; i++) {
    const key = tokens.slice(i, i + size).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Shares of true positives, false positives and false negatives on one page (sum 1, or all 0). */
export interface PageCounts {
  tp: number;
  fp: number;
  fn: number;
}

export function pageCounts(truth: string, predicted: string): PageCounts {
  const want = shingles(truth);
  const got = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...want.keys(), ...got.keys()])) {
    const t = want.get(key) ?? 0;
    const p = got.get(key) ?? 0;
    tp += Math.min(t, p);
    fp += Math.max(0, p - t);
    fn += Math.max(0, t - p);
  }
  const sum = tp + fp + fn;
  // Normalised so that long pages weigh no more than short ones.
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

export function pagePrecision({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

export function pageRecall({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

export interface CorpusScore {
  precision: number;
  recall: number;
  f1: number;
}

/** Precision is averaged over pages that predicted something, recall over pages whose truth has something. */
export function corpusScore(pages: readonly PageCounts[]): CorpusScore {
  const precision = mean(pages.filter((p) => p.tp + p.fp > 0).map(pagePrecision));
  const recall = mean(pages.filter((p) => p.tp + p.fn > 0).map(pageRecall));
  return { precision, recall, f1: f1(precision, recall) };
}

export function f1(precision: number, recall: number): number {
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
}

/** Standard deviation (population, as numpy's default) of corpus F1 over bootstrap resamples of the pages. */
export function bootstrapF1Std(pages: readonly PageCounts[], resamples = 1000, seed = 1): number {
  if (pages.length === 0) return 0;
  const random = mulberry32(seed);
  const scores: number[] = [];
  for (let r = 0; r < resamples; r++) {
    const sample = Array.from({ length: pages.length }, () => pages[Math.floor(random() * pages.length)]!);
    scores.push(corpusScore(sample).f1);
  }
  const m = mean(scores);
  return Math.sqrt(mean(scores.map((s) => (s - m) ** 2)));
}

/** Small seeded PRNG so the ± is the same from run to run. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function mean(values: readonly number[]): number {
  return values.length > 0 ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}
