import { performance } from 'node:perf_hooks';
import { parseHtml, readHtmlFile, releaseWindow } from '../../src/node/load-document';
import { f1, type PageCounts, pageCounts, pagePrecision, pageRecall } from './aeb-metric';
import type { BenchPage } from './corpora';
import { EXTRACTORS, type ExtractorName } from './extractors';
import { countNonEmpty, presentSnippets } from './snippets';

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
      dom = parseHtml(html, page.url);
    } catch (error) {
      return { ...base, skipped: `jsdom: ${message(error)}`, results: {} };
    }
    let text = '';
    let failure: string | undefined;
    const start = performance.now();
    try {
      ({ text, failure } = EXTRACTORS[name](dom.window.document, page.url));
    } catch (error) {
      failure = `threw: ${message(error)}`;
    }
    const ms = performance.now() - start;
    await releaseWindow(dom);
    results[name] = score(page, text, ms, failure);
  }
  return { ...base, results };
}

export function score(page: BenchPage, text: string, ms: number, failure?: string): ExtractorPageResult {
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
    result.leaked = presentSnippets(text, page.without);
    result.withoutTotal = countNonEmpty(page.without);
  }
  return result;
}

function message(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 200);
}
