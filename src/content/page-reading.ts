import { type ArticleOnPage, recordArticle } from '../core/article-on-page';
import { resolveOptions } from '../core/options';
import { readPage } from '../core/read-page';
import type { ExtractOptions } from '../core/types';
import { dropUnrendered } from '../core/unrendered';
import type { PageResult } from '../shared/messages';
import { type CacheStatus, createExtractionCache } from './extraction-cache';

/**
 * The content script's readings of its page, one Readability run shared by the popup and hiding on the
 * page: every reading records, beside the article it sends, what hiding needs in live elements
 * (article-on-page.ts), and both ask here. A popup opened on a page that hides already finds the reading
 * hiding made; hiding turned on after the popup has read the page uses the popup's reading. Readings are
 * kept by the extraction cache (dropped when the page changes meaningfully or moves on).
 */
export interface PageReading {
  /** The article for these options, from the cache or read now. */
  read(options: Partial<ExtractOptions>): { value: PageResult; cache: CacheStatus };
  /**
   * What hiding needs, from a reading with every switch on and the same kept blocks: a cached one
   * (whatever its other options), else one read now with `options` (and cached for the popup).
   * Undefined when the reading found no article to hide from (the clutter pass skipped on a huge page).
   */
  articleOnPage(options: Partial<ExtractOptions>): ArticleOnPage | undefined;
  /** How many times the page was read (for tests). */
  readonly runs: number;
}

interface Reading {
  result: PageResult;
  /** Recorded for hiding when the reading had every switch on (the clutter pass took every category). */
  onPage: ArticleOnPage | null;
  /** The kept block ids, as a key. */
  kept: string;
}

export function createPageReading(doc: Document): PageReading {
  const cache = createExtractionCache<Reading>(doc);
  let runs = 0;
  const compute = (options: Partial<ExtractOptions>) => (): Reading => {
    runs++;
    const resolved = resolveOptions(options);
    const everyCategory = Object.values(resolved.remove).every(Boolean);
    // Only a reading with every category is one hiding can use: no recording for the others.
    const record = everyCategory ? recordArticle() : undefined;
    return {
      result: {
        // The key quotes are found by the extension page that shows them (browser-api.ts).
        // No DOMPurify here: the HTML is sanitized where an extension page renders it (SafeHtml).
        ...readPage(doc, { ...options, url: doc.location.href }, dropUnrendered, record),
        contentType: doc.contentType,
        url: doc.location.href,
      },
      onPage: record?.result ?? null,
      kept: keptKey(resolved.keep),
    };
  };
  const get = (options: Partial<ExtractOptions>) => cache.get(readingKey(options), compute(options));
  return {
    read(options) {
      const { value, cache: status } = get(options);
      return { value: value.result, cache: status };
    },
    articleOnPage(options) {
      const kept = keptKey(options.keep);
      const shared = cache.find((r) => r.onPage !== null && r.kept === kept);
      return (shared ?? get(options).value).onPage ?? undefined;
    },
    get runs() {
      return runs;
    },
  };
}

/**
 * What a reading depends on, so that options asking for the same reading share it: the popup's
 * `quotes: false` (quotes are found elsewhere) or a default left out make no difference.
 */
export function readingKey(options: Partial<ExtractOptions>): unknown {
  const resolved = resolveOptions(options);
  return {
    remove: resolved.remove,
    captions: resolved.captions,
    keep: resolved.keep ?? [],
    hideSelectors: resolved.hideSelectors ?? [],
    maxElements: resolved.maxElements ?? null,
  };
}

const keptKey = (ids: readonly string[] | undefined) => JSON.stringify(ids ?? []);
