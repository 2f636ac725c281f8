import browser from 'webextension-polyfill';
import type { PithApi } from '../shared/extension-api';
import type { KeyValueArea } from './reader-store';

/** The reader's part of the real PithApi, over webextension-polyfill. */
export function readerBrowserApi(): Pick<
  PithApi,
  'readerArea' | 'positionArea' | 'openReaderTab' | 'tabUrl'
> {
  const storage = browser.storage as typeof browser.storage & { session?: browser.Storage.StorageArea };
  return {
    // storage.session: Chrome 102+, Firefox 115+; storage.local where it is missing.
    readerArea: areaOf(storage.session ?? storage.local),
    positionArea: areaOf(storage.local),
    async openReaderTab(id, besideTabId) {
      const url = browser.runtime.getURL(`src/reader/index.html?id=${encodeURIComponent(id)}`);
      const beside = besideTabId === null ? null : await browser.tabs.get(besideTabId).catch(() => null);
      await browser.tabs.create(
        beside ? { url, index: beside.index + 1, windowId: beside.windowId } : { url },
      );
    },
    async tabUrl(tabId) {
      try {
        return (await browser.tabs.get(tabId)).url ?? null;
      } catch {
        return null;
      }
    },
  };
}

function areaOf(area: browser.Storage.StorageArea): KeyValueArea {
  return {
    get: async (key) => (await area.get(key))[key],
    set: (key, value) => area.set({ [key]: value }),
    remove: (keys) => area.remove(keys),
  };
}
