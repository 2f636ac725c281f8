import type { BrowserContext } from 'playwright-core';

/** How a popup says it has finished, and where its article text is. */
export interface PopupShape {
  url: string;
  /** Present once the popup has finished reading (article or message). */
  done: string;
  /** The article text's container. */
  article: string;
}

export interface PopupTiming {
  /** ms from the popup's navigation start until its article text was in the DOM (null: no article shown). */
  articleMs: number | null;
  /** ms until it finished, article or not. */
  doneMs: number;
  /** ms until the popup's own page had loaded (DOMContentLoaded ended), before any reading. */
  loadedMs: number;
  /** The popup's own `performance.mark`s ("pith:…"), ms since its navigation start: where the time went. */
  marks: Record<string, number>;
}

const WATCH_SOURCE = `function (done, article) {
  var marks = {};
  globalThis.__popupTiming = marks;
  var observer = new MutationObserver(function () {
    var node = document.querySelector(article);
    var text = node && node.textContent ? node.textContent.trim() : '';
    if (text && marks.article === undefined) marks.article = performance.now();
    if (document.querySelector(done) && marks.done === undefined) marks.done = performance.now();
    if (marks.done !== undefined && marks.article !== undefined) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
}`;

/**
 * Opens the popup as a tab and times it from inside: an init script watches the
 * DOM from the first byte and notes `performance.now()` (ms since the popup's
 * navigation started) when the article text appears and when the popup is done.
 * This is time to text in the DOM; painting follows within a frame.
 */
export async function timePopup(
  context: BrowserContext,
  shape: PopupShape,
  timeoutMs = 20_000,
): Promise<PopupTiming> {
  const popup = await context.newPage();
  try {
    // As source text: tsx wraps named functions in a `__name` helper the page doesn't have.
    await popup.addInitScript(
      `(${WATCH_SOURCE})(${JSON.stringify(shape.done)}, ${JSON.stringify(shape.article)})`,
    );
    await popup.goto(shape.url);
    await popup.waitForFunction(
      () =>
        (globalThis as unknown as { __popupTiming?: { done?: number } }).__popupTiming?.done !== undefined,
      null,
      { timeout: timeoutMs, polling: 50 },
    );
    const marks = await popup.evaluate(
      () => (globalThis as unknown as { __popupTiming: { done: number; article?: number } }).__popupTiming,
    );
    const loadedMs = await popup.evaluate(
      () =>
        (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)
          ?.domContentLoadedEventEnd ?? Number.NaN,
    );
    const own = await popup.evaluate(() =>
      Object.fromEntries(
        performance
          .getEntriesByType('mark')
          .filter((mark) => mark.name.startsWith('pith:'))
          .map((mark) => [mark.name.slice(5), mark.startTime]),
      ),
    );
    return { articleMs: marks.article ?? null, doneMs: marks.done, loadedMs, marks: own };
  } finally {
    await popup.close();
  }
}
