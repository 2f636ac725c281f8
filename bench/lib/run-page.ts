import { performance } from 'node:perf_hooks';
import { type parseHtml, parseHtmlTolerant, readHtmlFile, releaseWindow } from '../../src/node/load-document';
import { f1, type PageCounts, pageCounts, pagePrecision, pageRecall } from './aeb-metric';
import type { BenchPage } from './corpora';
import { EXTRACTORS, type ExtractorName, type RemovedBlock } from './extractors';
import { countNonEmpty, isReferenceText, judgeableSnippets, presentSnippets } from './snippets';

/** One extractor's result on one page: scores, not the text, so a thousand pages fit in memory. */
export interface ExtractorPageResult {
  ms: number;
  failure?: string;
  chars: number;
  counts: PageCounts;
  precision: number;
  recall: number;
  f1: number;
  /** wcxb only. */
  withFound?: number;
  withTotal?: number;
  leaked?: string[];
  withoutTotal?: number;
  /** Pith only: blocks its clutter pass took out, and how many of them are reference text. */
  removedBlocks?: number;
  removedReference?: number;
  /** A few removed blocks that were reference text (for tuning-half details). */
  removedReferenceSamples?: string[];
  /** Removed blocks by category: [removed, of which reference text]. */
  removedByCategory?: Record<string, [number, number]>;
}

export interface PageResult {
  corpus: string;
  id: string;
  url: string;
  /** Set when jsdom could not parse the page: it is then left out for every extractor. */
  skipped?: string;
  results: Partial<Record<ExtractorName, ExtractorPageResult>>;
}

/** The extractors in the order they run on page `index`: each goes first in turn. */
export function takingTurns<T>(extractors: readonly T[], index: number): T[] {
  const shift = extractors.length === 0 ? 0 : index % extractors.length;
  return [...extractors.slice(shift), ...extractors.slice(0, shift)];
}

/**
 * Runs each extractor on its own freshly parsed copy of the page. `order` lets
 * the caller alternate who goes first, so drift (GC, JIT, heat) hits both alike.
 */
export async function runPage(page: BenchPage, order: readonly ExtractorName[]): Promise<PageResult> {
  const base = { corpus: page.corpus, id: page.id, url: page.url };
  let html: string;
  try {
    html = await readHtmlFile(page.htmlPath);
  } catch (error) {
    return { ...base, skipped: `unreadable: ${message(error)}`, results: {} };
  }
  const results: PageResult['results'] = {};
  for (const name of order) {
    let dom: ReturnType<typeof parseHtml>;
    try {
      // As the CLI reads pages: a style sheet jsdom cannot parse is dropped, not the page.
      dom = parseHtmlTolerant(html, page.url).dom;
    } catch (error) {
      return { ...base, skipped: `jsdom: ${message(error)}`, results: {} };
    }
    let text = '';
    let failure: string | undefined;
    let removed: RemovedBlock[] | undefined;
    const start = performance.now();
    try {
      ({ text, failure, removed } = EXTRACTORS[name](dom.window.document, page.url));
    } catch (error) {
      failure = `threw: ${message(error)}`;
    }
    const ms = performance.now() - start;
    await releaseWindow(dom);
    results[name] = score(page, text, ms, failure, removed);
  }
  return { ...base, results };
}

export function score(
  page: BenchPage,
  text: string,
  ms: number,
  failure?: string,
  removed?: readonly RemovedBlock[],
): ExtractorPageResult {
  const counts = pageCounts(page.truth, text);
  const precision = pagePrecision(counts);
  const recall = pageRecall(counts);
  const result: ExtractorPageResult = {
    ms,
    chars: text.length,
    counts,
    precision,
    recall,
    f1: f1(precision, recall),
  };
  if (failure) result.failure = failure;
  if (page.with && page.without) {
    result.withFound = presentSnippets(text, page.with).length;
    result.withTotal = countNonEmpty(page.with);
    // A `without` snippet the reference text also holds ("Subscribe", "Home") cannot be judged.
    const judged = judgeableSnippets(page.truth, page.without);
    result.leaked = presentSnippets(text, judged);
    result.withoutTotal = countNonEmpty(judged);
  }
  if (removed) {
    const byCategory: Record<string, [number, number]> = {};
    const reference: RemovedBlock[] = [];
    for (const block of removed) {
      const tally = byCategory[block.category] ?? [0, 0];
      byCategory[block.category] = tally;
      tally[0]++;
      if (isReferenceText(block.text, page.truth)) {
        tally[1]++;
        reference.push(block);
      }
    }
    result.removedBlocks = removed.length;
    result.removedReference = reference.length;
    result.removedByCategory = byCategory;
    if (reference.length > 0)
      result.removedReferenceSamples = reference
        .slice(0, 5)
        .map((b) => `${b.category}: ${b.text.slice(0, 160)}`);
  }
  return result;
}

function message(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 200);
}
