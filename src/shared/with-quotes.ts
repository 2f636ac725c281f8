import { WORK_NOTES, withNote } from '../core/work-notes';
import type { ReadResult } from './read-result';

/** The quote finder, loaded where the quotes are shown (see withQuotes). */
export type QuoteFinder = () => Promise<typeof import('../core/quotes/article-quotes')>;

/**
 * The content script leaves the key quotes out (the quote finder and its word lists would
 * be a third of what is injected into every page read); they are found here, on the
 * article's text blocks, by the same core code extract() runs in the CLI. The finder
 * starts loading while the page is being read. With `onArticle` (the popup), the article
 * is handed over first and the quotes are found only after the browser has painted it: on
 * a reopened page (the content script answers from its cache) finding them took longer
 * than everything else before the text was on screen.
 */
export async function withQuotes(
  reading: Promise<ReadResult>,
  quotes: QuoteFinder,
  onArticle?: (early: ReadResult) => void,
): Promise<ReadResult> {
  // Where the article is shown first, the finder (58 KB) is loaded once it is on screen: parsed
  // while the page is read, it competed with the popup for the one thread it renders on.
  const finder = onArticle ? null : quotes();
  // Handled below when the page reads; marked handled now so a page that fails to read leaves no stray rejection.
  finder?.catch(() => undefined);
  const result = await reading;
  // Read by bench:browser (its breakdown of the time to article): the content script has answered.
  performance.mark('pith:reply');
  if (!result.ok) return result;
  if (onArticle) {
    onArticle(result);
    await afterPaint();
  }
  let addQuotes: Awaited<ReturnType<QuoteFinder>>['addQuotes'];
  try {
    ({ addQuotes } = await (finder ?? quotes()));
  } catch {
    // The finder's chunk failed to load (an extension updated under an open popup): the article
    // stands, and the reader is told why it has no quotes rather than shown none.
    return {
      ...result,
      article: { ...result.article, limits: withNote(result.article.limits, WORK_NOTES.quotesFailed) },
    };
  }
  return { ...result, article: addQuotes(result.article) };
}

/** Resolves after the next frame is painted (at once where there are no frames: the service worker). */
function afterPaint(): Promise<void> {
  if (typeof requestAnimationFrame !== 'function') return Promise.resolve();
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
