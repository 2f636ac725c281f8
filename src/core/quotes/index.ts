import { unlimitedBudget, type WorkBudget } from '../budget';
import type { Quote, Speaker } from '../types';
import { articleSubject } from './article-subject';
import { attributeAll } from './attribute';
import { echoDrafts } from './echoes';
import { dropPullQuotes, dropRepeats, keepQuote } from './filters';
import { restoreLanguage, useLanguagesOf } from './language';
import { Organisations } from './orgs';
import { People, type Skips } from './people';
import { rankQuotes } from './rank';
import { assembleDrafts } from './spans';

export interface QuoteContext {
  title: string;
  excerpt: string | null;
  /** The article's language (BCP 47); without it the cues of its script's languages apply. */
  lang?: string | null;
  /** How many quotes to mark as key (the reader's setting); default KEY_QUOTES. */
  keyQuotes?: number;
}

/**
 * Finds every direct quotation in the article's text blocks, with its speaker, ranked.
 * Pipeline: quote marks → spans (interrupted and multi-paragraph quotes joined) →
 * names in the text → attribution cues → filters (scare quotes, titles, pull-quotes) → ranking.
 * Never throws: a failure here must not cost the reader the article.
 */
export function findQuotes(paragraphs: readonly string[], context: QuoteContext): Quote[] {
  try {
    return findOrThrow(paragraphs, context);
  } catch {
    return [];
  }
}

/**
 * findQuotes within a work budget, as extract() calls it: SKIPPED when the article
 * holds more quotations than any real one (MAX_QUOTATIONS) or the time ran out,
 * FAILED when the finder threw; the caller tells the reader either way.
 */
export function findQuotesWithin(
  paragraphs: readonly string[],
  context: QuoteContext,
  budget: WorkBudget,
): Quote[] | typeof SKIPPED | typeof FAILED {
  try {
    return inLanguage(paragraphs, context, budget, MAX_QUOTATIONS);
  } catch {
    return FAILED;
  }
}

export const SKIPPED = 'skipped';
export const FAILED = 'failed';
/** The most quotations an article may hold for Pith to rank them (no corpus article holds over 50). */
export const MAX_QUOTATIONS = 200;

/** findQuotes without the safety net, for tests that must see a failure rather than an empty list. */
export function findOrThrow(paragraphs: readonly string[], context: QuoteContext): Quote[] {
  const found = inLanguage(paragraphs, context, unlimitedBudget(), Number.POSITIVE_INFINITY);
  return found === SKIPPED ? [] : found;
}

function inLanguage(
  paragraphs: readonly string[],
  context: QuoteContext,
  budget: WorkBudget,
  maxQuotations: number,
): Quote[] | typeof SKIPPED {
  const previous = useLanguagesOf(context.lang, paragraphs);
  try {
    return rankedQuotes(paragraphs.map(withApostrophes), context, budget, maxQuotations);
  } finally {
    restoreLanguage(previous);
  }
}

function rankedQuotes(
  paragraphs: readonly string[],
  context: QuoteContext,
  budget: WorkBudget,
  maxQuotations: number,
): Quote[] | typeof SKIPPED {
  const all = assembleDrafts(paragraphs, maxQuotations);
  if (all.length > maxQuotations || budget.exhausted()) return SKIPPED;
  if (all.length === 0) return [];
  const echoes = echoDrafts(all, paragraphs);
  const drafts = all.filter((draft) => !echoes.has(draft));
  const skips: Skips[] = paragraphs.map(() => []);
  for (const draft of all) {
    for (const { paragraph, span } of draft.parts)
      (skips[paragraph] as [number, number][]).push(
        echoes.has(draft) ? [0, paragraphs[paragraph]!.length] : [span.open, span.close],
      );
  }
  const people = new People(paragraphs, skips);
  if (budget.exhausted()) return SKIPPED;
  const orgs = new Organisations(paragraphs, (p, offset) => insideSkip(skips[p] ?? [], offset));
  const attributed = attributeAll(drafts, paragraphs, people, orgs, articleSubject(context, people)).filter(
    (q) => {
      const first = q.draft.parts[0]!;
      return keepQuote(q, paragraphs[first.paragraph]!, first.span.open);
    },
  );
  const quotes: Quote[] = dropRepeats(dropPullQuotes(attributed, paragraphs)).map((q) => ({
    text: q.draft.text,
    speaker: q.speaker && withoutSoftHyphens(q.speaker),
    paragraph: q.draft.parts[0]!.paragraph,
    score: 0,
    key: false,
  }));
  return rankQuotes(quotes, context);
}

/** "meint \u00ADAberle": a soft hyphen a page left in a name breaks it where nothing shows; it is no part of it. */
function withoutSoftHyphens(speaker: Speaker): Speaker {
  if (!/\u00AD/u.test(`${speaker.name}${speaker.role ?? ''}`)) return speaker;
  const name = speaker.name.replace(/\u00AD/gu, '');
  return speaker.role
    ? { ...speaker, name, role: speaker.role.replace(/\u00AD/gu, '') }
    : { ...speaker, name };
}

/**
 * "Travis Kelce‘s mom": an opening single mark typed for an apostrophe after a letter, before
 * "s" and a word's end, is one (same length, so every offset stays); read as a mark, it would
 * open a quotation with the next closing one.
 */
function withApostrophes(text: string): string {
  return text.includes('‘') ? text.replace(MISTYPED_APOSTROPHE, '’') : text;
}
const MISTYPED_APOSTROPHE = /(?<=\p{L})‘(?=s(?!\p{L}))/gu;

/** Whether an offset falls inside one of a paragraph's quoted ranges (in order): a binary search. */
function insideSkip(ranges: Skips, offset: number): boolean {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]![0] <= offset) lo = mid + 1;
    else hi = mid;
  }
  const range = ranges[lo - 1];
  return range !== undefined && offset < range[1];
}
