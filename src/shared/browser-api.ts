import browser from 'webextension-polyfill';
import hideScript from '../content/hide-script.ts?script&iife';
import contentScript from '../content/index.ts?script&iife';
import { readerBrowserApi } from '../reader/browser-reader-api';
import { type PithApi, settingsApi } from './extension-api';
import { type Envelope, send } from './messages';
import { readTab, type TabAccess } from './read-tab';
import { type Settings, type SettingsPatch, saveSettings } from './settings';
import { originPattern } from './site-access';
import { syncStore } from './sync-store';
import { type QuoteFinder, withQuotes } from './with-quotes';

export type { QuoteFinder };

/**
 * The injected file, as an absolute path from the extension root. crxjs gives a
 * root-relative name ("src/content/index.js"); Chrome resolves that against the
 * root, but Firefox resolves a relative `files` entry against the calling page
 * (src/popup/), finds nothing and injects nothing. A leading "/" means the root in both.
 * test/build-output.test.ts checks the built popup names this path and the file exists.
 */
export const CONTENT_SCRIPT_FILE = `/${contentScript}`;
/** The page-hiding script (content/hide-script.ts), by the same kind of path: injected and registered apart. */
export const HIDE_SCRIPT_FILE = `/${hideScript}`;

/** Injects one of Pith's scripts; a browser that may not do it says why by throwing. */
async function injectFile(tabId: number, file: string): Promise<void> {
  const results = await browser.scripting.executeScript({ target: { tabId }, files: [file] });
  // Chrome throws when it may not inject; Firefox (about: pages, tabs without a
  // grant) resolves with an empty slot instead of an InjectionResult. Say so alike.
  if (!results.some((result) => typeof result === 'object' && result !== null)) {
    throw new Error('Cannot access this page: the browser did not inject the content script.');
  }
}

/**
 * The real `PithApi`, over webextension-polyfill. Only extension pages (popup,
 * options) import this; the content script is injected on demand as one IIFE
 * file (no web-accessible resources, nothing exposed to pages).
 */
const tabAccess: TabAccess = {
  async activeTabId() {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id;
  },
  async getTab(tabId) {
    const tab = await browser.tabs.get(tabId);
    return { url: tab.url, status: tab.status };
  },
  inject: (tabId) => injectFile(tabId, CONTENT_SCRIPT_FILE),
  transport: (tabId) => (envelope: Envelope) => browser.tabs.sendMessage(tabId, envelope),
};

/** Brings the page-hiding script into the tab (it guards itself against running twice). */
function injectedHider(tabId: number): Promise<boolean> {
  return injectFile(tabId, HIDE_SCRIPT_FILE).then(
    () => true,
    () => false,
  );
}

/**
 * A change of settings, stored by the background (see background/settings-writer.ts); here
 * only if the background does not answer (the background itself, which receives no messages
 * of its own).
 */
async function saveInBackground(patch: SettingsPatch): Promise<Settings> {
  const reply = await send((envelope) => browser.runtime.sendMessage(envelope), 'saveSettings', { patch });
  return reply.ok ? reply.value : saveSettings(syncStore, patch);
}

/**
 * `quotes`: how this context loads the quote finder. Extension pages load it as a
 * chunk of its own while the page is read (the default); the background service
 * worker, where `import()` is not allowed, passes the module it imports statically.
 */
export function createBrowserApi(
  quotes: QuoteFinder = () => import('../core/quotes/article-quotes'),
): PithApi {
  return {
    ...settingsApi(syncStore, saveInBackground),
    readTab: (tabId, options, onArticle) => {
      performance.mark('pith:read');
      return withQuotes(readTab(tabAccess, tabId, { ...options, quotes: false }), quotes, onArticle);
    },
    readTabAsStored: (tabId, onArticle) => {
      performance.mark('pith:read');
      return withQuotes(readTab(tabAccess, tabId, { quotes: false }, { stored: true }), quotes, onArticle);
    },
    whenTabLoaded: (tabId, signal) => whenTabLoaded(tabId, signal),
    openOptions: () => browser.runtime.openOptionsPage(),
    ...readerBrowserApi(),
    requestSiteAccess: (origin) => browser.permissions.request({ origins: [originPattern(origin)] }),
    removeSiteAccess: async (origin) => {
      await browser.permissions.remove({ origins: [originPattern(origin)] });
    },
    hideOnPage: async (tabId, on, options) => {
      // Turning hiding off needs no script where there is none: nothing was hidden there.
      if (on && !(await injectedHider(tabId))) return null;
      const reply = await send(tabAccess.transport(tabId), 'hide', { on, options });
      return reply.ok ? reply.value : null;
    },
    startPicker: async (tabId) => {
      if (!(await injectedHider(tabId))) return false;
      const reply = await send(tabAccess.transport(tabId), 'pick', {});
      return reply.ok && reply.value.started;
    },
  };
}

/**
 * Resolves when the tab's status is "complete". Listens to tabs.onUpdated and
 * also polls: headless Chromium was seen not delivering the event to an
 * extension page for a tab that finished loading in the background.
 */
function whenTabLoaded(tabId: number, signal: AbortSignal): Promise<void> {
  return new Promise<void>((resolve) => {
    const done = () => {
      browser.tabs.onUpdated.removeListener(onUpdated);
      clearInterval(poll);
      resolve();
    };
    const check = () => browser.tabs.get(tabId).then((tab) => tab.status === 'complete' && done(), done);
    const onUpdated = (id: number, change: browser.Tabs.OnUpdatedChangeInfoType) => {
      if (id === tabId && change.status === 'complete') done();
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    signal.addEventListener('abort', done, { once: true });
    const poll = setInterval(check, 500);
    void check();
  });
}
