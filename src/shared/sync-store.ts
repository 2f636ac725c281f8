import browser from 'webextension-polyfill';
import { SETTINGS_KEY, type SettingsStore } from './settings';

/** Settings kept in `storage.sync`, so a reader's choices follow them across devices and contexts. */
export const syncStore: SettingsStore = {
  async read() {
    return (await browser.storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY];
  },
  async write(value) {
    await browser.storage.sync.set({ [SETTINGS_KEY]: value });
  },
  watch(listener, signal) {
    const onChanged = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
      const change = changes[SETTINGS_KEY];
      if (area === 'sync' && change) listener(change.newValue);
    };
    browser.storage.onChanged.addListener(onChanged);
    signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onChanged), {
      once: true,
    });
  },
};
