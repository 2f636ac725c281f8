import { Readability } from '@mozilla/readability';
import { looksLikeArticle } from './article-check';
import { enabledRules, markClutter, removeClutter } from './clutter';
import { removeCaptions } from './clutter/captions';
import { MAX_DEPTH, MAX_TEXT_LENGTH, refusalFor } from './guards';
import { leanClone } from './lean-clone';
import { directionOf, pageMetadata } from './metadata';
import { DEFAULT_MAX_ELEMENTS, resolveOptions } from './options';
import { findQuotes } from './quotes';
import { removePicked } from './robust-selector';
import { sanitizeElementInPlace } from './sanitize';
import { textBlocksOf } from './text-blocks';
import {
  type Article,
  CLUTTER_CATEGORIES,
  type ClutterCategory,
  type ExtractOptions,
  type ExtractResult,
  type RemovedBlock,
} from './types';

/** Below this much text, what Readability found is a fragment, not an article. */
const MIN_ARTICLE_CHARS = 140;

/**
 * Pith's extraction pipeline, in order:
 *  1. guard: refuse non-HTML documents (a reason, never a throw);
 *  2. clone: all work happens on a lean copy (lean-clone.ts: no scripts, styles, SVG,
 *     navigation, hidden nodes or formatting whitespace), the live page is never
 *     touched; the same walk refuses oversized and over-deep pages;
 *  3. mark clutter by attributes on the clone (clutter/marks.ts): blocks whose
 *     class, id, role, aria-label or data-* name an enabled category get a
 *     data-pith-clutter mark, copied to everything inside them, because
 *     Readability rewrites wrappers; marks don't change its scoring;
 *  4. Readability picks the article on the clone, keeping class names (keepClasses)
 *     and handing back the article element itself (serializer), not HTML;
 *  5. clutter pass on that element (clutter/index.ts): one walk; marked blocks
 *     go, and each enabled category's rules judge each block by its label text,
 *     wording, link density and surroundings (a box around an appeal, the list
 *     after a "Related" label); the always-on site-chrome rules (clutter/chrome.ts:
 *     tables of contents, breadcrumbs, author bios, comment prompts, date and
 *     byline lines) run too, unreported; then captions go when switched off;
 *  6. sanitize (DOMPurify) in place, in the clone: no scripts, handlers,
 *     javascript: URLs, forms, frames, styles or class names;
 *  7. split into text blocks (paragraphs, headings, list items, captions), count words;
 *  8. metadata: Readability's, with fallbacks to <meta>, JSON-LD and <time>;
 *  9. find the quotes and who said them.
 */
export function extract(document: Document, partial: Partial<ExtractOptions> = {}): ExtractResult {
  try {
    return extractOrThrow(document, resolveOptions(partial));
  } catch (error) {
    return { ok: false, reason: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}

function extractOrThrow(document: Document, options: ExtractOptions): ExtractResult {
  if (!document?.documentElement || !document.body || document.body.namespaceURI !== HTML_NAMESPACE) {
    return { ok: false, reason: 'not-html', message: 'This page is not an HTML document.' };
  }
  const win = document.defaultView;
  if (!win) throw new Error('The document has no window to sanitize with.');

  // The page's own URL wins; options.url stands in for pages without one (a file read by the CLI).
  const baseUrl = document.URL && document.URL !== 'about:blank' ? document.baseURI : options.url;
  const clone = leanClone(document, {
    baseUrl,
    maxElements: options.maxElements ?? DEFAULT_MAX_ELEMENTS,
    maxDepth: MAX_DEPTH,
    maxTextLength: MAX_TEXT_LENGTH,
  });
  if (typeof clone === 'string') return { ok: false, ...refusalFor(clone) };
  removePicked(clone, options.hideSelectors);
  const rules = enabledRules(options.remove);
  markClutter(clone, rules);
  const parsed = new Readability<Element>(clone, {
    keepClasses: true,
    serializer: (node) => node as Element,
  }).parse();
  const content = parsed?.content;
  if (!parsed || !content) return noArticle();

  const removed = emptyRemoved();
  removeClutter(content, rules, removed);
  if (!options.captions) removeCaptions(content);
  const body = sanitizeElementInPlace(content, win);
  const paragraphs = dropRepeats(textBlocksOf(body));
  const text = paragraphs.join('\n\n');
  if (text.length < MIN_ARTICLE_CHARS || !looksLikeArticle(body, paragraphs, text)) return noArticle();

  const wordCount = countWords(text);
  const fallback = pageMetadata(document);
  const lang = parsed.lang?.trim() || document.documentElement.lang?.trim() || null;
  const article: Article = {
    title: (parsed.title ?? '').trim() || document.title.trim(),
    byline: parsed.byline?.trim() || fallback.byline(),
    siteName: parsed.siteName?.trim() || fallback.siteName(),
    lang,
    dir: parsed.dir === 'rtl' || parsed.dir === 'ltr' ? parsed.dir : directionOf(document, lang, text),
    excerpt: excerptOf(parsed.excerpt, removed, paragraphs),
    publishedTime: parsed.publishedTime?.trim() || fallback.publishedTime(),
    html: body.innerHTML,
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

const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

/** A block this long seen twice is a repeat (a carousel's captions rendered per slide, a boilerplate line), not new text. */
const REPEAT_MIN_CHARS = 100;

function dropRepeats(paragraphs: string[]): string[] {
  const seen = new Set<string>();
  return paragraphs.filter((paragraph) => {
    if (paragraph.length < REPEAT_MIN_CHARS) return true;
    if (seen.has(paragraph)) return false;
    seen.add(paragraph);
    return true;
  });
}

/**
 * Readability falls back to the article's first paragraph for an excerpt; when
 * that paragraph was clutter ("Advertisement"), use the first real one instead.
 */
function excerptOf(
  excerpt: string | null | undefined,
  removed: Record<ClutterCategory, RemovedBlock[]>,
  paragraphs: readonly string[],
): string | null {
  const text = excerpt?.replace(/\s+/g, ' ').trim();
  if (!text) return null;
  const wasClutter = Object.values(removed).some((blocks) =>
    blocks.some((block) => text.startsWith(block.preview.replace(/ …$/, ''))),
  );
  return wasClutter ? (paragraphs.find((p) => p.length >= 80) ?? null) : text;
}

function noArticle(): ExtractResult {
  return { ok: false, reason: 'no-article', message: "This page doesn't look like an article." };
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
