import { readPage } from '../core/read-page';
import { dropUnrendered } from '../core/unrendered';
import { handle, type PageResult } from '../shared/messages';
import { onMessage } from './extension-global';
import { createExtractionCache } from './extraction-cache';
import { pageOptions } from './page-options';

/**
 * The reading script, injected on demand when the popup opens. It answers the
 * popup's messages by running the core extraction on the live page (the core
 * works on a clone, so the page itself is never changed), and keeps the last
 * results per options so a reopened popup is answered at once (extraction-cache.ts).
 * Hiding on the page is a script of its own (hide-script.ts), injected only where it
 * is used: a click reads the page and carries nothing else into it.
 * Injecting it again is harmless: the flag below keeps a single listener per page.
 */
const FLAG = '__pithContentScript';
const scope = globalThis as typeof globalThis & { [FLAG]?: true };

if (!scope[FLAG]) {
  scope[FLAG] = true;
  const cache = createExtractionCache<PageResult>(document);
  onMessage(
    handle({
      ping: () => ({ ready: true }),
      extract: async ({ options: asked }) => {
        const options = { ...asked, ...(await pageOptions(location.href)) };
        const { value, cache: status } = cache.get(
          options,
          (): PageResult => ({
            // The key quotes are found by the extension page that shows them (browser-api.ts).
            // No DOMPurify here: the HTML is sanitized where an extension page renders it (SafeHtml).
            ...readPage(document, { ...options, url: location.href }, dropUnrendered),
            contentType: document.contentType,
            url: location.href,
          }),
        );
        return { ...value, cache: status };
      },
    }),
  );
}
