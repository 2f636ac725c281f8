import { blockText } from './clutter/signals';
import { type PageBlock, widen } from './page-clutter-scan';
import type { ClutterTrace } from './types';

/**
 * What one reading of the page tells hiding on the page, in live elements: the blocks the clutter pass
 * took out of the article, the blocks the reader kept, and the article's own text blocks (which are
 * never hidden). Recorded while readPage() runs, so the content script that has just read the page
 * for the popup hides from that same reading instead of running Readability a second time.
 */
export interface ArticleOnPage {
  /** Live blocks the clutter pass took out (site chrome aside), each widened to its empty wrappers. */
  taken: PageBlock[];
  /** Live blocks the reader chose to show ("Show"): nothing in or around them is hidden. */
  kept: Element[];
  /** Live elements of the article's text blocks. */
  articleBlocks: Element[];
  /** The start of each paragraph long enough not to match clutter by chance. */
  articleProbes: string[];
}

/** Paragraph probes shorter than this could match clutter by chance ("Read more"); longer ones are the article's. */
const MIN_PROBE = 40;
const PROBE_LENGTH = 60;
const TEXT_BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, dd';
/** Below this much text, what Readability found is a fragment: nothing taken from it is hidden. */
const MIN_ARTICLE_CHARS = 140;

/**
 * Pass to readPage() to record an ArticleOnPage. Each reading of the copy (readPage may read a second
 * time, with a hidden article shown) starts afresh: the copy records the live source of every element
 * it copies, the clutter pass reports what it takes and keeps, and the article is read once the clutter
 * pass is done (before captions go and the copy is sanitized). No result when the clutter pass was
 * skipped (a very long page past its time): the caller finds the page's clutter another way.
 */
export interface ArticleRecorder {
  /** For one reading: the map for leanClone's `sources`, and the clutter pass's trace (forwarding to `inner`). */
  begin(inner?: ClutterTrace): { sources: Map<Element, Element>; trace: ClutterTrace };
  /** The article element after the clutter pass. */
  finish(content: Element): void;
  /** The last finished reading's, or null. */
  readonly result: ArticleOnPage | null;
}

export function recordArticle(): ArticleRecorder {
  let sources = new Map<Element, Element>();
  let taken: PageBlock[] = [];
  let kept: Element[] = [];
  let result: ArticleOnPage | null = null;
  return {
    begin(inner) {
      sources = new Map();
      taken = [];
      kept = [];
      result = null;
      const trace: ClutterTrace = {
        ...inner,
        taken: (elements, category) => {
          inner?.taken?.(elements, category);
          // Site chrome inside the article is the extraction's business, not the reader's switches'.
          if (category === 'chrome') return;
          for (const element of elements) {
            const live = liveOf(element, sources);
            if (live) taken.push({ element: widen(live), category, reason: 'removed from the article' });
          }
        },
        kept: (elements) => {
          inner?.kept?.(elements);
          for (const element of elements) {
            const live = liveOf(element, sources);
            if (live) kept.push(live);
          }
        },
      };
      return { sources, trace };
    },
    finish(content) {
      const texts = Array.from(content.querySelectorAll(TEXT_BLOCKS));
      if (blockText(content).length < MIN_ARTICLE_CHARS) {
        result = { taken: [], kept, articleBlocks: [], articleProbes: [] };
        return;
      }
      result = {
        taken,
        kept,
        articleBlocks: texts.flatMap((el) => {
          const live = sources.get(el);
          return live ? [live] : [];
        }),
        articleProbes: texts
          .map((el) => blockText(el))
          .filter((text) => text.length >= MIN_PROBE)
          .map((text) => text.slice(0, PROBE_LENGTH)),
      };
    },
    get result() {
      return result;
    },
  };
}

/**
 * The live element a copied one came from. Readability replaces some wrappers with new elements
 * (a <div> turned <p>) but moves their children: such an element maps to the closest live element
 * holding all its mapped children.
 */
function liveOf(element: Element, sources: Map<Element, Element>): Element | null {
  const direct = sources.get(element);
  if (direct) return direct;
  const inner = Array.from(element.querySelectorAll('*'))
    .map((el) => sources.get(el))
    .filter((el): el is Element => el !== undefined);
  if (inner.length === 0) return null;
  let common: Element | null = inner[0]!;
  while (common && !inner.every((el) => common!.contains(el))) common = common.parentElement;
  return common;
}
