import { Readability } from '@mozilla/readability';
import { DEFAULT_MAX_ELEMENTS, resolveOptions } from './options';
import { findQuotes } from './quotes';
import { sanitizeHtml } from './sanitize';
import { textBlocks } from './text-blocks';
import {
  type Article,
  CLUTTER_CATEGORIES,
  type ClutterCategory,
  type ExtractOptions,
  type ExtractResult,
  type RemovedBlock,
} from './types';

/**
 * Pith's extraction pipeline, in order:
 *  1. guard: refuse non-HTML and oversized documents (with a reason, never a throw);
 *  2. clone: all work happens on a copy, the live page is never touched;
 *  3. (clutter passes are added by the clutter module);
 *  4. Readability picks the article;
 *  5. sanitize the article HTML (DOMPurify);
 *  6. split into text blocks, count words;
 *  7. find the quotes and who said them.
 */
export function extract(document: Document, partial: Partial<ExtractOptions> = {}): ExtractResult {
  try {
    return extractOrThrow(document, resolveOptions(partial));
  } catch (error) {
    return { ok: false, reason: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}

function extractOrThrow(document: Document, options: ExtractOptions): ExtractResult {
  if (!document.documentElement || !document.body) {
    return { ok: false, reason: 'not-html', message: 'This page is not an HTML document.' };
  }
  const maxElements = options.maxElements ?? DEFAULT_MAX_ELEMENTS;
  if (document.getElementsByTagName('*').length > maxElements) {
    return { ok: false, reason: 'too-large', message: 'This page is too large to read in Pith.' };
  }
  const win = document.defaultView;
  if (!win) throw new Error('The document has no window to sanitize with.');

  const clone = document.cloneNode(true) as Document;
  const removed = emptyRemoved();
  const parsed = new Readability(clone, { charThreshold: 300 }).parse();
  if (!parsed || !parsed.content || (parsed.textContent ?? '').trim().length < 140) {
    return { ok: false, reason: 'no-article', message: "This page doesn't look like an article." };
  }
  const html = sanitizeHtml(parsed.content, win);
  const paragraphs = textBlocks(html, document);
  const text = paragraphs.join('\n\n');
  const wordCount = countWords(text);
  const article: Article = {
    title: (parsed.title ?? '').trim() || document.title.trim(),
    byline: parsed.byline?.trim() || null,
    siteName: parsed.siteName?.trim() || null,
    lang: parsed.lang || document.documentElement.lang || null,
    dir: parsed.dir === 'rtl' || parsed.dir === 'ltr' ? parsed.dir : null,
    excerpt: parsed.excerpt?.trim() || null,
    publishedTime: parsed.publishedTime?.trim() || null,
    html,
    paragraphs,
    text,
    wordCount,
    readingMinutes: Math.max(1, Math.round(wordCount / 230)),
    removed,
    quotes: [],
  };
  article.quotes = findQuotes(paragraphs, { title: article.title, excerpt: article.excerpt });
  return { ok: true, article };
}

export function emptyRemoved(): Record<ClutterCategory, RemovedBlock[]> {
  return Object.fromEntries(CLUTTER_CATEGORIES.map((c) => [c, []])) as unknown as Record<
    ClutterCategory,
    RemovedBlock[]
  >;
}

export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
}
