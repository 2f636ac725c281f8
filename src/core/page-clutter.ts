import { type ArticleOnPage, recordArticle } from './article-on-page';
import { resolveOptions } from './options';
import { isSafe, type PageBlock, pageRules, type ScanContext, scanForClutter } from './page-clutter-scan';
import { readPage } from './read-page';
import type { ClutterCategory, ExtractOptions } from './types';
import { dropUnrendered } from './unrendered';

export type { ArticleOnPage } from './article-on-page';
export { recordArticle } from './article-on-page';
export type { PageBlock, ScanContext } from './page-clutter-scan';
export { scanForClutter } from './page-clutter-scan';

export interface PageClutterOptions extends Partial<Pick<ExtractOptions, 'remove' | 'maxElements' | 'keep'>> {
  /** Whether the page pins an element in place (computed position fixed/sticky); jsdom has no layout. */
  isPinned?: (element: Element) => boolean;
  /**
   * A reading of this page with these `remove` and `keep` already made (readPage with an
   * ArticleRecorder): used instead of reading the page again.
   */
  article?: ArticleOnPage;
}

export interface PageClutter {
  /** Live elements to hide, outermost only, each with its category. */
  blocks: PageBlock[];
  /** What a later scan of late-inserted content needs: the rules and the article guard (see scanForClutter). */
  context: ScanContext;
}

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

  for (const block of articleClutter(document, partial, options.remove, context)) {
    if (context.found.has(block.element) || !isSafe(block.element, context)) continue;
    context.found.add(block.element);
    blocks.push(block);
  }
  blocks.push(
    ...scanForClutter(document.body, context, { elements: partial.maxElements ?? PAGE_SCAN_ELEMENTS }),
  );
  return { blocks: outermost(blocks), context };
}

/**
 * The article's part: from the reading the caller already made (`article`), or from a reading made
 * here with the same pipeline as the reader view's (readPage, recording live elements).
 */
function articleClutter(
  document: Document,
  partial: PageClutterOptions,
  remove: Record<ClutterCategory, boolean>,
  context: ScanContext,
): PageBlock[] {
  let article = partial.article;
  if (!article) {
    const record = recordArticle();
    readPage(
      document,
      { remove, keep: partial.keep, ...(partial.maxElements ? { maxElements: partial.maxElements } : {}) },
      dropUnrendered,
      record,
    );
    article = record.result ?? undefined;
  }
  if (!article) return [];
  context.kept = article.kept;
  context.articleBlocks = article.articleBlocks;
  context.articleProbes = article.articleProbes;
  return article.taken;
}

/** Drops blocks inside other blocks (a frame found alone and again with its slot). */
function outermost(blocks: PageBlock[]): PageBlock[] {
  return blocks.filter(
    (block) => !blocks.some((other) => other !== block && other.element.contains(block.element)),
  );
}
