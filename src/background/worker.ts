import browser from 'webextension-polyfill';
import * as articleQuotes from '../core/quotes/article-quotes';
import { openReaderFor } from '../reader/open-reader';
import { createBrowserApi } from '../shared/browser-api';
import { loadSettings, toStored } from '../shared/settings';
import { syncStore } from '../shared/sync-store';
import { syncHideScripts, watchHideScripts } from './hide-scripts';
import { settingsWriter } from './settings-writer';

/**
 * The background keeps stored settings in the current shape (on install and update
 * it reads them through migrations + validation and writes them back), and answers
 * the two ways into the full-tab reader that don't go through the popup: the reader
 * shortcut and the "Read with Pith" page menu item (each grants activeTab for the tab).
 */
const READ_WITH_PITH = 'read-with-pith';

browser.runtime.onInstalled.addListener(async () => {
  await syncStore.write(toStored(await loadSettings(syncStore)));
  browser.contextMenus.create({
    id: READ_WITH_PITH,
    title: browser.i18n.getMessage('contextRead'),
    contexts: ['page'],
  });
  await syncHideScripts();
});

watchHideScripts();
browser.runtime.onMessage.addListener(
  settingsWriter(syncStore, browser.runtime.getURL('')) as (
    message: unknown,
    sender: browser.Runtime.MessageSender,
  ) => Promise<unknown> | undefined,
);

const popupUrl = (tabId: number) => browser.runtime.getURL(`src/popup/index.html?tab=${tabId}`);

/** Reads the tab and opens the reader; also the hook the e2e tests call (no real key or menu in headless). */
export function openReaderForTab(tabId: number): Promise<void> {
  // import() is not allowed in a service worker: the quote finder comes in statically here.
  return openReaderFor(
    createBrowserApi(async () => articleQuotes),
    tabId,
    popupUrl,
  );
}
(globalThis as { pithOpenReaderForTab?: typeof openReaderForTab }).pithOpenReaderForTab = openReaderForTab;

browser.commands.onCommand.addListener((command, tab) => {
  if (command === 'open-reader' && tab?.id !== undefined) void openReaderForTab(tab.id);
});

browser.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId === READ_WITH_PITH && tab?.id !== undefined) void openReaderForTab(tab.id);
});
