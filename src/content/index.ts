import browser from 'webextension-polyfill';
import { extract } from '../core/extract';
import { handle } from '../shared/messages';

/**
 * The content script, injected on demand when the popup opens. It answers the
 * popup's messages by running the core extraction on the live page (the core
 * works on a clone, so the page itself is never changed). Injecting it again
 * is harmless: the flag below keeps a single listener per page.
 */
const FLAG = '__pithContentScript';
const scope = globalThis as typeof globalThis & { [FLAG]?: true };

if (!scope[FLAG]) {
  scope[FLAG] = true;
  browser.runtime.onMessage.addListener(
    handle({
      ping: () => ({ ready: true }),
      extract: ({ options }) => ({
        ...extract(document, { ...options, url: location.href }),
        contentType: document.contentType,
        url: location.href,
      }),
    }) as (message: unknown) => Promise<unknown> | undefined,
  );
}
