import { WorkBudget } from '../budget';
import type { Article, WorkLimitNote } from '../types';
import { findQuotesWithin, SKIPPED } from '.';

export const QUOTES_SKIPPED: WorkLimitNote = {
  stage: 'quotes',
  kind: 'quotes',
  message: 'Key quotes skipped: the article is very long.',
};

/**
 * Fills in an article's key quotes from its text blocks, within a work budget; past
 * it (or past MAX_QUOTATIONS) the quotes are skipped and `limits` says so. extract()
 * calls this in one go; the extension leaves it out of the content script (the quote
 * finder and its 14 languages' cue lists are a third of that script) and calls it in
 * the extension page that shows the quotes, on the article the page sent.
 */
export function addQuotes(article: Article, budget: WorkBudget = new WorkBudget()): Article {
  budget.enter('quotes');
  const quotes = findQuotesWithin(
    article.paragraphs,
    { title: article.title, excerpt: article.excerpt, lang: article.lang },
    budget,
  );
  if (quotes === SKIPPED) article.limits = [...(article.limits ?? []), QUOTES_SKIPPED];
  else article.quotes = quotes;
  return article;
}
