import { WorkBudget } from './budget';
import { addQuotes } from './quotes/article-quotes';
import { readPageWithin } from './read-page';
import { sanitizeElementInPlace } from './sanitize';
import type { ExtractOptions, ExtractResult } from './types';

export { countWords, emptyRemoved } from './read-page';

/**
 * Pith's extraction: the article of a page without its clutter (steps 1–8, read-page.ts),
 * then its key quotes and who said them (step 9, quotes/), unless `quotes: false`.
 * Pure and never throws: the CLI, the tests and the benchmarks call this; the content
 * script calls readPage() alone, without DOMPurify (its HTML is sanitized where an extension
 * page renders it), and the extension page adds the quotes (addQuotes). Here the HTML is
 * sanitized in place before the text blocks are read (step 6).
 */
export function extract(document: Document, partial: Partial<ExtractOptions> = {}): ExtractResult {
  return extractWithin(document, partial, new WorkBudget());
}

/** extract() with a given work budget (benchmarks and the fuzz run read its timings; tests give it a fake clock). */
export function extractWithin(
  document: Document,
  partial: Partial<ExtractOptions>,
  budget: WorkBudget,
): ExtractResult {
  const result = readPageWithin(document, partial, budget, sanitizeElementInPlace);
  if (result.ok && partial.quotes !== false) {
    addQuotes(result.article, budget);
    budget.finish();
  }
  return result;
}
