import { WorkBudget } from '../budget';
import type { Article } from '../types';
import { WORK_NOTES, withNote } from '../work-notes';
import { FAILED, findQuotesWithin, SKIPPED } from '.';

/**
 * Fills in an article's key quotes from its text blocks, within a work budget; past
 * it (or past MAX_QUOTATIONS) the quotes are skipped and `limits` says so; if the
 * finder fails, the article keeps no quotes and `limits` says that instead, so the
 * reader is not told "no quotes" of an article full of them. extract()
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
  if (quotes === SKIPPED) article.limits = withNote(article.limits, WORK_NOTES.quotes);
  else if (quotes === FAILED) {
    article.quotes = [];
    article.limits = withNote(article.limits, WORK_NOTES.quotesFailed);
  } else article.quotes = quotes;
  return article;
}
