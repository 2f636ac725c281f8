import browser from 'webextension-polyfill';
import { loadSettings, toStored } from '../shared/settings';
import { syncStore } from '../shared/sync-store';

/**
 * The background worker only keeps stored settings in the current shape: on
 * install and update it reads them through migrations + validation and writes
 * them back, so every context reads the current version. Everything else
 * happens in the popup and the content script.
 */
browser.runtime.onInstalled.addListener(async () => {
  await syncStore.write(toStored(await loadSettings(syncStore)));
});
