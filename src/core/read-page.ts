import { Readability } from '@mozilla/readability';
import { looksLikeArticle } from './article-check';
import type { ArticleRecorder } from './article-on-page';
import { trimArticleTail } from './article-tail';
import { WorkBudget } from './budget';
import { enabledRules, markClutter, removeClutter } from './clutter';
import { authorBiosOf, removeAuthorBios } from './clutter/author-bio';
import { captionTextsOf, removeCaptions, removeRepeatedCaptions } from './clutter/captions';
import { removeEdgeNotes } from './clutter/edge-notes';
import type { CopyCut } from './copy-limits';
import { excerptOf } from './excerpt';
import {
  MAX_CHILDREN,
  MAX_COPIED_ELEMENTS,
  MAX_DEPTH,
  MAX_NESTING,
  MAX_TABLE_CELLS,
  MAX_TEXT_LENGTH,
  MAX_TEXT_NODE,
  refusalFor,
} from './guards';
import { type LeanCopy, leanClone } from './lean-clone';
import { directionOf, type PageMetadata, pageMetadata } from './metadata';
import { resolveOptions } from './options';
import { listTagsByWalking } from './readability-lists';
import { boundRetries } from './readability-retries';
import { dropRepeatedRuns } from './repeated-runs';
import { removePicked } from './robust-selector';
import { joinSegments, markSegments } from './split-article';
import { textBlocksWithNodes } from './text-blocks';
import { dropRepeatedTitle } from './title-heading';
import {
  type Article,
  CLUTTER_CATEGORIES,
  type ClutterCategory,
  type ExtractOptions,
  type ExtractResult,
  type RemovedBlock,
  type WorkLimitNote,
} from './types';
import { WORK_NOTES } from './work-notes';

/** Below this much text, what Readability found is a fragment, not an article. */
const MIN_ARTICLE_CHARS = 140;

/**
 * Pith's extraction pipeline, in order:
 *  1. guard: refuse non-HTML documents (a reason, never a throw);
 *  2. clone: all work happens on a lean copy (lean-clone.ts: no scripts, styles, SVG,
 *     navigation, hidden nodes or formatting whitespace), the live page is never
 *     touched; the same walk enforces the work caps (guards.ts), cutting the copy
 *     short on a huge page (the article is read from the part copied, and
 *     `Article.limits` says so); when the visible page holds no article but a hidden
 *     element holds most of its text, the copy is made again with it shown;
 *  3. mark clutter by attributes on the clone (clutter/marks.ts): blocks whose
 *     class, role or data-component/data-module name an enabled category get a
 *     data-pith-clutter mark, copied to everything inside them, because
 *     Readability rewrites wrappers; marks don't change its scoring;
 *  4. Readability picks the article on the clone, keeping class names (keepClasses)
 *     and handing back the article element itself (serializer), not HTML; segments of
 *     a split article it left behind are added back (split-article.ts);
 *  5. clutter pass on that element (clutter/index.ts, three linear walks): each
 *     enabled category's rules judge each block by its marks, label text and
 *     wording; modules (a box with its own heading or class) are proposed whole
 *     from the clutter inside them; the clutter model (clutter/model.json) decides
 *     whether each proposal goes, the rules name its category; the always-on
 *     site-chrome rules (clutter/chrome.ts) run too, unreported, and so does the author's bio
 *     the page's JSON-LD declares (clutter/author-bio.ts); a paywall cut at
 *     the end sets `truncated`; then captions go when switched off, and when on, a
 *     gallery's caption shown again (per slide, in a caption bar) goes (clutter/captions.ts);
 *     the title printed again at the top of the text goes (title-heading.ts), the reader
 *     shows it above;
 *  6. sanitize in place, in the clone, with the step the caller gives: extract() gives
 *     DOMPurify (sanitize.ts: no scripts, handlers, javascript: URLs, forms, frames, styles
 *     or class names); the content script gives dropUnrendered() (unrendered.ts), which only
 *     drops what the sanitizer would drop with its text, and its HTML is sanitized where an
 *     extension page renders it;
 *  7. split into text blocks (paragraphs, headings, list items, captions), count words;
 *     a long stretch the page prints twice (a copy per screen size) is taken out of the
 *     HTML and the text alike (repeated-runs.ts);
 *  8. metadata: Readability's, with fallbacks to <meta>, JSON-LD and <time>;
 *  9. find the quotes and who said them (skipped, and said so, past 200 quotations):
 *     not here but in extract() (extract.ts), so the content script, which imports
 *     readPage() alone, carries no quote finder (the extension page finds the quotes).
 * The work budget (budget.ts) times the stages; past its time the clutter pass and
 * the quotes are skipped, and `Article.limits` says so.
 *
 * `record` (article-on-page.ts) keeps what the reading found in live elements, for hiding on the page.
 */
export function readPage(
  document: Document,
  partial: Partial<ExtractOptions>,
  sanitize: SanitizeStep,
  record?: ArticleRecorder,
): ExtractResult {
  return readPageWithin(document, partial, new WorkBudget(), sanitize, record);
}

/**
 * Step 6, chosen by the caller (no default, so nobody gets unsanitized HTML by omission):
 * sanitizeElementInPlace (sanitize.ts) or, in the content script, dropUnrendered (unrendered.ts).
 */
export type SanitizeStep = (article: Element, win: Window) => Element;

/** readPage() with a given work budget. */
export function readPageWithin(
  document: Document,
  partial: Partial<ExtractOptions>,
  budget: WorkBudget,
  sanitize: SanitizeStep,
  record?: ArticleRecorder,
): ExtractResult {
  try {
    return extractOrThrow(document, resolveOptions(partial), budget, sanitize, record);
  } catch (error) {
    return { ok: false, reason: 'error', message: error instanceof Error ? error.message : String(error) };
  } finally {
    budget.finish();
  }
}

function extractOrThrow(
  document: Document,
  options: ExtractOptions,
  budget: WorkBudget,
  sanitize: SanitizeStep,
  record: ArticleRecorder | undefined,
): ExtractResult {
  if (!document?.documentElement || !document.body || document.body.namespaceURI !== HTML_NAMESPACE) {
    return { ok: false, reason: 'not-html', message: 'This page is not an HTML document.' };
  }
  if (!document.defaultView) throw new Error('The document has no window to sanitize with.');

  // The page's own URL wins; options.url stands in for pages without one (a file read by the CLI).
  const baseUrl = document.URL && document.URL !== 'about:blank' ? document.baseURI : options.url;
  // (Lazy: the page's metas and JSON-LD are read once, when the clutter pass or the metadata step first asks.)
  const fallback = pageMetadata(document);
  let read = readArticle(document, options, baseUrl, budget, null, sanitize, record, fallback);
  // An article rendered hidden, for a script to move into place: read again with it shown, when the
  // visible page holds no article and the hidden part is the page's main body of text.
  if (read.kind === 'none' && revealWorthy(read) && !budget.exhausted()) {
    read = readArticle(
      document,
      options,
      baseUrl,
      budget,
      read.largestHidden!.element,
      sanitize,
      record,
      fallback,
    );
  }
  // A copy cut short that holds no article: what could be read of this page held nothing useful.
  if (read.kind === 'none') return read.cut ? { ok: false, ...refusalFor(read.cut) } : noArticle();
  const { parsed, body, paragraphs, text, removed, limits, truncated } = read;

  const wordCount = countWords(text);
  budget.enter('metadata');
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
    truncated,
    quotes: [],
  };
  if (limits.length > 0) article.limits = limits;
  return { ok: true, article };
}

type Read =
  | { kind: 'none'; cut: CopyCut | null; largestHidden: LeanCopy['largestHidden']; visibleChars: number }
  | {
      kind: 'article';
      parsed: NonNullable<ReturnType<Readability<Element>['parse']>>;
      body: Element;
      paragraphs: string[];
      text: string;
      removed: Record<ClutterCategory, RemovedBlock[]>;
      limits: WorkLimitNote[];
      truncated: Article['truncated'];
    };

/** Steps 2–7: copy, marks, Readability, clutter pass, sanitize, text blocks and the article check. */
function readArticle(
  document: Document,
  options: ExtractOptions,
  baseUrl: string | undefined,
  budget: WorkBudget,
  reveal: Element | null,
  sanitize: SanitizeStep,
  record: ArticleRecorder | undefined,
  fallback: PageMetadata,
): Read {
  const recording = record?.begin(options.trace);
  budget.enter('copy');
  const lean = leanClone(document, {
    baseUrl,
    maxElements: options.maxElements ?? MAX_COPIED_ELEMENTS,
    maxDepth: MAX_DEPTH,
    maxTextLength: MAX_TEXT_LENGTH,
    maxTextNode: MAX_TEXT_NODE,
    maxNesting: MAX_NESTING,
    maxChildren: MAX_CHILDREN,
    maxTableCells: MAX_TABLE_CELLS,
    budget,
    copyMs: budget.limits.copyMs,
    reveal,
    sources: recording?.sources,
  });
  const { document: clone, cut, largestHidden } = lean;
  removePicked(clone, options.hideSelectors);
  const none = (): Read => ({ kind: 'none', cut, largestHidden, visibleChars: lean.textLength });
  const limits: WorkLimitNote[] = cut === 'depth' ? [WORK_NOTES.depth] : cut ? [WORK_NOTES.copy] : [];
  const rules = enabledRules(options.remove);
  budget.enter('marks');
  markClutter(clone, rules);
  markSegments(clone);
  const captionTexts = captionTextsOf(clone, options.captions);
  budget.enter('readability');
  const reader = new Readability<Element>(clone, {
    keepClasses: true,
    serializer: (node) => node as Element,
  });
  listTagsByWalking(reader);
  const readingFrom = budget.elapsed();
  boundRetries(
    reader,
    () => budget.elapsed() - readingFrom < budget.limits.retryMs && !budget.exhausted(),
    () => lean.textLength >= LAST_RESORT_MIN_CHARS && !budget.exhausted(),
  );
  const parsed = reader.parse();
  const content = parsed?.content;
  if (!parsed || !content) return none();
  joinSegments(clone, content);

  const removed = emptyRemoved();
  budget.enter('clutter');
  let truncated: Article['truncated'] = null;
  if (budget.exhausted()) limits.push(WORK_NOTES.clutter);
  else {
    const trace = recording?.trace ?? options.trace;
    truncated = removeClutter(content, rules, removed, trace, new Set(options.keep), baseUrl).truncated;
    // (After the clutter pass, and only with every switch on and nothing shown: article-tail.ts says why.)
    if (Object.values(options.remove).every(Boolean) && !options.keep?.length)
      trimArticleTail(content, trace);
    removeAuthorBios(content, authorBiosOf(lean.jsonLd), trace);
    removeEdgeNotes(content, parsed.byline?.trim() || fallback.byline(), trace);
    record?.finish(content);
  }
  dropRepeatedTitle(content, parsed.title);
  if (options.captions) removeRepeatedCaptions(content, captionTexts);
  else removeCaptions(content, captionTexts);
  budget.enter('sanitize');
  const body = sanitize(content, document.defaultView!);
  budget.enter('blocks');
  const paragraphs = dropRepeatedRuns(textBlocksWithNodes(body)).map((block) => block.text);
  const text = paragraphs.join('\n\n');
  if (text.length < MIN_ARTICLE_CHARS || !looksLikeArticle(body, paragraphs, text)) return none();
  return { kind: 'article', parsed, body, paragraphs, text, removed, limits, truncated };
}

/** A page with this much visible text may hold an article a first reading stripped: worth Readability's last attempt. */
const LAST_RESORT_MIN_CHARS = 2500;

/** Hidden text worth a second reading: an article's worth, and at least half as much as the visible page. */
const REVEAL_MIN_CHARS = 500;
function revealWorthy(read: Extract<Read, { kind: 'none' }>): boolean {
  const hidden = read.largestHidden;
  return (
    !read.cut && hidden !== null && hidden.chars >= REVEAL_MIN_CHARS && hidden.chars * 2 >= read.visibleChars
  );
}

const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml';

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
