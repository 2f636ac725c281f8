import browser from 'webextension-polyfill';
import type { PithApi } from '../shared/extension-api';
import type { KeyValueArea } from './reader-store';

type ReaderPart =
  | 'readerArea'
  | 'positionArea'
  | 'openReaderTab'
  | 'tabUrl'
  | 'openTab'
  | 'shortcuts'
  | 'openShortcutSettings';

/** The reader's part of the real PithApi (storage, tabs, shortcuts), over webextension-polyfill. */
export function readerBrowserApi(): Pick<PithApi, ReaderPart> {
  const storage = browser.storage as typeof browser.storage & { session?: browser.Storage.StorageArea };
  return {
    // storage.session: Chrome 102+, Firefox 115+; storage.local where it is missing.
    readerArea: areaOf(storage.session ?? storage.local),
    positionArea: areaOf(storage.local),
    openReaderTab: (id, besideTabId) =>
      openBeside(browser.runtime.getURL(`src/reader/index.html?id=${encodeURIComponent(id)}`), besideTabId),
    openTab: openBeside,
    async tabUrl(tabId) {
      try {
        return (await browser.tabs.get(tabId)).url ?? null;
      } catch {
        return null;
      }
    },
    async shortcuts() {
      return (await browser.commands.getAll()).map((c) => ({
        name: c.name ?? '',
        description: c.description ?? '',
        keys: c.shortcut ?? '',
      }));
    },
    async openShortcutSettings() {
      // Firefox 137+ has its own call; Chromium opens its shortcuts page as a tab.
      const commands = browser.commands as typeof browser.commands & {
        openShortcutSettings?: () => Promise<void>;
      };
      if (commands.openShortcutSettings) await commands.openShortcutSettings();
      else await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
    },
  };
}

async function openBeside(url: string, besideTabId: number | null): Promise<void> {
  const beside = besideTabId === null ? null : await browser.tabs.get(besideTabId).catch(() => null);
  await browser.tabs.create(beside ? { url, index: beside.index + 1, windowId: beside.windowId } : { url });
}

function areaOf(area: browser.Storage.StorageArea): KeyValueArea {
  return {
    get: async (key) => (await area.get(key))[key],
    set: (key, value) => area.set({ [key]: value }),
    remove: (keys) => area.remove(keys),
  };
}
