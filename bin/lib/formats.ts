import { JSDOM } from 'jsdom';
import { articleMarkdown, bylineLine } from '../../src/core/markdown';
import { type Article, CLUTTER_CATEGORIES, type ClutterCategory } from '../../src/core/types';
import type { FileOutcome } from './process-file';

type Success = Extract<FileOutcome, { ok: true }>;
type Failure = Extract<FileOutcome, { ok: false }>;

/** Plain text: title, byline line, then the paragraphs separated by blank lines. */
export function formatText({ article }: Success): string {
  const notes = (article.limits ?? []).map((limit) => `[${limit.message}]`);
  const head = [article.title, bylineLine(article), ...notes].filter(Boolean).join('\n');
  return `${[head, ...article.paragraphs].join('\n\n')}\n`;
}

/** Markdown: `# title`, metadata, the article body, then the key quotes (the core's converter). */
export function formatMarkdown({ article, url }: Success): string {
  return articleMarkdown(article, JSDOM.fragment(article.html), url);
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
