import { Readability } from '@mozilla/readability';
import { enabledRules, markClutter, removeClutter } from './clutter';
import { blockText } from './clutter/signals';
import { MAX_COPIED_ELEMENTS, MAX_DEPTH, MAX_NESTING, MAX_TEXT_LENGTH } from './guards';
import { leanClone } from './lean-clone';
import { resolveOptions } from './options';
import {
  isSafe,
  type PageBlock,
  pageRules,
  type ScanContext,
  scanForClutter,
  widen,
} from './page-clutter-scan';
import { emptyRemoved } from './read-page';
import type { ClutterCategory, ExtractOptions } from './types';

export type { PageBlock, ScanContext } from './page-clutter-scan';
export { scanForClutter } from './page-clutter-scan';

export interface PageClutterOptions extends Partial<Pick<ExtractOptions, 'remove' | 'maxElements' | 'keep'>> {
  /** Whether the page pins an element in place (computed position fixed/sticky); jsdom has no layout. */
  isPinned?: (element: Element) => boolean;
}

export interface PageClutter {
  /** Live elements to hide, outermost only, each with its category. */
  blocks: PageBlock[];
  /** What a later scan of late-inserted content needs: the rules and the article guard (see scanForClutter). */
  context: ScanContext;
}

/** Paragraph probes shorter than this could match clutter by chance ("Read more"); longer ones are the article's. */
const MIN_PROBE = 40;
const PROBE_LENGTH = 60;
const TEXT_BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, dd';
const MIN_ARTICLE_CHARS = 140;
/** Elements the scan outside the article visits at most (the whole live page, not the lean copy). */
const PAGE_SCAN_ELEMENTS = 60_000;

/**
 * What to hide on the live page for the enabled switches. Two sources:
 *  (a) the blocks the clutter pass removes from the article — the extraction's own steps run on a lean
 *      copy that records, for each copied element, the live one it came from, so each removed block is
 *      mapped back to the page (a block Readability rewrote maps to the nearest live element around
 *      its surviving children);
 *  (b) clutter outside the article (and inside it, where (a) missed it) found by scanForClutter.
 * Nothing holding the article's text is ever returned. Pure: reads `document`, changes nothing.
 */
export function findPageClutter(document: Document, partial: PageClutterOptions = {}): PageClutter {
  const options = resolveOptions({ remove: partial.remove });
  const context: ScanContext = {
    rules: pageRules(options.remove),
    articleProbes: [],
    articleBlocks: [],
    isPinned: partial.isPinned,
    found: new Set(),
    kept: [],
  };
  const blocks: PageBlock[] = [];
  if (!document?.body || context.rules.length === 0) return { blocks, context };

  const keep = new Set(partial.keep);
  for (const block of articleClutter(document, options.remove, partial.maxElements, keep, context)) {
    if (context.found.has(block.element) || !isSafe(block.element, context)) continue;
    context.found.add(block.element);
    blocks.push(block);
  }
  blocks.push(
    ...scanForClutter(document.body, context, { elements: partial.maxElements ?? PAGE_SCAN_ELEMENTS }),
  );
  return { blocks: outermost(blocks), context };
}

function articleClutter(
  document: Document,
  remove: Record<ClutterCategory, boolean>,
  maxElements: number | undefined,
  keep: ReadonlySet<string>,
  context: ScanContext,
): PageBlock[] {
  const sources = new Map<Element, Element>();
  const { document: clone } = leanClone(document, {
    maxElements: maxElements ?? MAX_COPIED_ELEMENTS,
    maxDepth: MAX_DEPTH,
    maxTextLength: MAX_TEXT_LENGTH,
    maxNesting: MAX_NESTING,
    sources,
  });
  const rules = enabledRules(remove);
  markClutter(clone, rules);
  const content = new Readability<Element>(clone, {
    keepClasses: true,
    serializer: (node) => node as Element,
  }).parse()?.content;
  if (!content) return [];

  const taken: { element: Element; category: ClutterCategory; reason: string }[] = [];
  const kept: Element[] = [];
  removeClutter(
    content,
    rules,
    emptyRemoved(),
    {
      taken: (elements, category) => {
        // Site chrome inside the article is the extraction's business, not the reader's switches'.
        if (category === 'chrome') return;
        for (const element of elements) {
          const live = liveOf(element, sources);
          if (live) taken.push({ element: widen(live), category, reason: 'removed from the article' });
        }
      },
      // A block the reader chose to show stays on the page too, with whatever the scan would find in it.
      kept: (elements) => {
        for (const element of elements) {
          const live = liveOf(element, sources);
          if (live) kept.push(live);
        }
      },
    },
    keep,
  );
  context.kept = kept;

  const texts = Array.from(content.querySelectorAll(TEXT_BLOCKS));
  const articleText = blockText(content);
  if (articleText.length < MIN_ARTICLE_CHARS) return [];
  context.articleBlocks = texts.flatMap((el) => {
    const live = sources.get(el);
    return live ? [live] : [];
  });
  context.articleProbes = texts
    .map((el) => blockText(el))
    .filter((text) => text.length >= MIN_PROBE)
    .map((text) => text.slice(0, PROBE_LENGTH));
  return taken;
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

/** Drops blocks inside other blocks (a frame found alone and again with its slot). */
function outermost(blocks: PageBlock[]): PageBlock[] {
  return blocks.filter(
    (block) => !blocks.some((other) => other !== block && other.element.contains(block.element)),
  );
}
