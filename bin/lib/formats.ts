import { type Article, CLUTTER_CATEGORIES, type ClutterCategory, type Quote } from '../../src/core/types';
import { htmlToMarkdown } from './html-to-markdown';
import type { FileOutcome } from './process-file';

type Success = Extract<FileOutcome, { ok: true }>;
type Failure = Extract<FileOutcome, { ok: false }>;

/** Plain text: title, byline line, then the paragraphs separated by blank lines. */
export function formatText({ article }: Success): string {
  const notes = (article.limits ?? []).map((limit) => `[${limit.message}]`);
  const head = [article.title, bylineLine(article), ...notes].filter(Boolean).join('\n');
  return `${[head, ...article.paragraphs].join('\n\n')}\n`;
}

/** Markdown: `# title`, metadata, the article body, then the key quotes. */
export function formatMarkdown({ article, url }: Success): string {
  const meta = [bylineLine(article), url.startsWith('http') ? `Source: <${url}>` : '']
    .filter(Boolean)
    .map((line) => `_${line}_`);
  const parts = [`# ${article.title || 'Untitled'}`, meta.join('  \n'), htmlToMarkdown(article.html)];
  const quotes = keyQuotes(article.quotes);
  const quoteList = quotes.length > 0 ? quotes.map(quoteMarkdown).join('\n\n') : '_No direct quotes found._';
  parts.push(`## Key quotes\n\n${quoteList}`);
  return `${parts.filter(Boolean).join('\n\n')}\n`;
}

/** One line of jsonl: what a batch run needs, not the HTML. */
export function jsonlRecord(outcome: FileOutcome): Record<string, unknown> {
  if (!outcome.ok) return failureRecord(outcome);
  const { article } = outcome;
  return {
    id: outcome.id,
    url: outcome.url,
    title: article.title,
    byline: article.byline,
    siteName: article.siteName,
    lang: article.lang,
    text: article.text,
    wordCount: article.wordCount,
    quotes: article.quotes,
    removed: removedCounts(article),
    ms: Math.round(outcome.ms * 100) / 100,
    // Only when it happened: jsdom could not parse the page's CSS, so its style sheets were left out.
    ...(outcome.stylesDropped ? { stylesDropped: true } : {}),
    // Only when it happened: a very large page had part of the work cut short (core/budget.ts).
    ...(article.limits ? { limits: article.limits.map((limit) => limit.message) } : {}),
  };
}

/** The whole Article for one file; with several files each gets its id. */
export function jsonValue(outcome: FileOutcome, withId: boolean): unknown {
  if (!outcome.ok) return failureRecord(outcome);
  return withId ? { id: outcome.id, url: outcome.url, ...outcome.article } : outcome.article;
}

function failureRecord(outcome: Failure): Record<string, unknown> {
  return { id: outcome.id, error: outcome.error, reason: outcome.reason };
}

export function removedCounts(article: Article): Record<ClutterCategory, number> {
  return Object.fromEntries(CLUTTER_CATEGORIES.map((c) => [c, article.removed[c]?.length ?? 0])) as Record<
    ClutterCategory,
    number
  >;
}

function bylineLine(article: Article): string {
  const date = article.publishedTime?.slice(0, 10) ?? null;
  return [article.byline, article.siteName, date].filter(Boolean).join(' · ');
}

/** The quotes flagged key; if none are, the best few, so the section is never silently empty. */
function keyQuotes(quotes: readonly Quote[]): Quote[] {
  const key = quotes.filter((q) => q.key);
  return key.length > 0 ? key : [...quotes].sort((a, b) => b.score - a.score).slice(0, 3);
}

function quoteMarkdown(quote: Quote): string {
  const who = quote.speaker
    ? `— ${quote.speaker.name}${quote.speaker.role ? `, ${quote.speaker.role}` : ''}`
    : '— unattributed';
  return `> “${quote.text}”\n>\n> ${who}`;
}
