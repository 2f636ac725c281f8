import { SETTINGS_KEY, type SettingsStore } from './settings';

/**
 * The slice of the `storage` API the settings need, as both webextension-polyfill's `browser.storage`
 * and the content script's own adapter (src/content/extension-global.ts) provide it.
 */
export interface StorageLike {
  sync: {
    get(key: string): Promise<Record<string, unknown>>;
    set(items: Record<string, unknown>): Promise<void>;
  };
  onChanged: {
    addListener(listener: StorageChangeListener): void;
    removeListener(listener: StorageChangeListener): void;
  };
}
export type StorageChangeListener = (changes: Record<string, { newValue?: unknown }>, area: string) => void;

/** Settings kept in `storage.sync`, so a reader's choices follow them across devices and contexts. */
export function settingsIn(storage: StorageLike): SettingsStore {
  return {
    async read() {
      return (await storage.sync.get(SETTINGS_KEY))[SETTINGS_KEY];
    },
    async write(value) {
      await storage.sync.set({ [SETTINGS_KEY]: value });
    },
    watch(listener, signal) {
      const onChanged: StorageChangeListener = (changes, area) => {
        const change = changes[SETTINGS_KEY];
        if (area === 'sync' && change) listener(change.newValue);
      };
      storage.onChanged.addListener(onChanged);
      signal.addEventListener('abort', () => storage.onChanged.removeListener(onChanged), { once: true });
    },
  };
}
