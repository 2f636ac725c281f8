/**
 * The public data shapes of Pith's extraction core.
 * Everything here is plain, structured-clone-safe data: it crosses from the
 * content script to the popup as a message, and is printed by the CLI as JSON.
 */

/** Clutter that Readability lets through. The names are part of the settings and the UI. */
export const CLUTTER_CATEGORIES = [
  'ads',
  'appeals',
  'newsletters',
  'related',
  'social',
  'galleryChrome',
] as const;
export type ClutterCategory = (typeof CLUTTER_CATEGORIES)[number];

export interface ExtractOptions {
  /** Per category: true strips its blocks (the default), false keeps them in the article. */
  remove: Record<ClutterCategory, boolean>;
  /** Keep image captions (figcaption and caption-like blocks next to images). */
  captions: boolean;
  /** Base URL for resolving relative links when the document has none (CLI, tests). */
  url?: string;
  /** Work cap: the copy read for the article stops after this many elements (see core/guards.ts). */
  maxElements?: number;
  /** Selectors of blocks the reader picked on this site ("Hide something else…"): left out of the article. */
  hideSelectors?: string[];
  /** Ids (core/block-id.ts) of removed blocks the reader chose to show again ("Show"): left in the article. */
  keep?: string[];
  /**
   * Find the key quotes (default true). The content script passes false: the extension page
   * that shows the quotes finds them on the article's text (core/quotes/article-quotes.ts),
   * so the quote finder is not injected into every page read.
   */
  quotes?: boolean;
  /** Measurement only (benchmarks, training the clutter model); never sent across contexts. */
  trace?: ClutterTrace;
}

/** Hooks into the clutter pass for the benchmarks and the clutter model's training script. */
export interface ClutterTrace {
  /** The full text of every block taken out, site chrome included. */
  removed?: (text: string, category: ClutterCategory | 'chrome', reason: string) => void;
  /** Every block or module the rules proposed, with the model's features, before the model judges it. */
  candidate?: (features: readonly number[], text: string) => void;
  /** Training: remove nothing, so that candidates at every level (modules and the blocks inside them) are seen. */
  keepAll?: boolean;
  /** Each proposal the model let go, told before its blocks leave the copy (page-clutter.ts hides the same blocks on the page). */
  taken?: (elements: readonly Element[], category: ClutterCategory | 'chrome') => void;
  /** Each proposal left in because the reader kept it (`ExtractOptions.keep`); page hiding leaves it alone too. */
  kept?: (elements: readonly Element[]) => void;
}

/** One block taken out of the article. */
export interface RemovedBlock {
  category: ClutterCategory;
  /** The block's first words, for the "what was removed" list. */
  preview: string;
  /** Why it matched, in a few words (e.g. `label "Advertisement"`, `class "ad-slot"`). */
  reason: string;
  /** Stable across re-extraction (core/block-id.ts): what "Show" remembers. */
  id: string;
  /** The reader asked to show this block ("Show", `ExtractOptions.keep`): it stayed in the article. */
  kept?: boolean;
}

export interface Speaker {
  /** Full name as first introduced, e.g. "Ivan Espinosa". */
  name: string;
  /** Role when the text gives one, e.g. "Nissan CEO". */
  role?: string;
}

export interface Quote {
  /** The quotation without its quote marks; an interrupted quote is joined with " … ". */
  text: string;
  /** Who said it, or null when the text does not say. */
  speaker: Speaker | null;
  /** Index into `Article.paragraphs` of the paragraph the quote starts in. */
  paragraph: number;
  /** Ranking score; higher is more key. */
  score: number;
  /** True for the top-ranked quotes the popup shows by default. */
  key: boolean;
  /**
   * For a long quote (over 40 words), its most quotable sentence, to show in the
   * key-quotes list with the full text a click away. Absent for shorter quotes.
   */
  highlight?: string;
}

export interface Article {
  title: string;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  excerpt: string | null;
  publishedTime: string | null;
  /**
   * The article as HTML: sanitized by extract(); from the content script (readPage with
   * dropUnrendered) untrusted, to be rendered only through src/ui/SafeHtml.tsx, which sanitizes it.
   */
  html: string;
  /** Plain-text blocks (paragraphs, headings, list items, captions) in reading order. */
  paragraphs: string[];
  /** `paragraphs` joined with blank lines. */
  text: string;
  wordCount: number;
  readingMinutes: number;
  /** Blocks taken out, per category (empty arrays for categories with none). */
  removed: Record<ClutterCategory, RemovedBlock[]>;
  /**
   * Set when the page shows only part of the article: it ends in a paywall or log-in
   * cut ("subscribe to read the rest"). `reason` is the cut's wording (or "paywall"). Always set by `extract()`; optional only so older fakes still type-check.
   */
  truncated?: { reason: string } | null;
  quotes: Quote[];
  /** Work left undone: the page was very large (core/budget.ts), or the key quotes failed; absent when all of it ran. */
  limits?: WorkLimitNote[];
}

/** One stage of the work that a very large page cut short or skipped (or that failed, for the quotes), and what to tell the reader. */
export interface WorkLimitNote {
  stage: 'copy' | 'clutter' | 'quotes';
  /** Which note it is (the copy has two: cut at a size cap, or deep parts left out; the quotes two: skipped, or failed); interfaces translate by this. */
  kind: 'copy' | 'depth' | 'clutter' | 'quotes' | 'quotes-failed';
  /** The note in English, for the CLI and logs. */
  message: string;
}

export type FailureReason = 'no-article' | 'too-large' | 'not-html' | 'error';

export type ExtractResult =
  | { ok: true; article: Article }
  | { ok: false; reason: FailureReason; message: string };
