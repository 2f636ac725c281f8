import { settingsApi } from '../shared/extension-api';
import { handle, type MessageSender } from '../shared/messages';
import type { SettingsStore } from '../shared/settings';

/**
 * Stores the settings changes extension pages send (`saveSettings`). A popup's own
 * read-modify-write dies with the popup when the reader flips a switch and closes it
 * at once; the background outlives it. Changes are applied one after another, in the
 * order they arrive, and only from the extension's own pages (`extensionOrigin`), never
 * from a content script in a web page.
 */
export function settingsWriter(store: SettingsStore, extensionOrigin: string) {
  // (settingsApi's own queue of read-modify-writes, run here where it outlives the page.)
  const { setSettings } = settingsApi(store);
  return handle({
    saveSettings: ({ patch }, sender?: MessageSender) => {
      if (!sender?.url?.startsWith(extensionOrigin))
        throw new Error('Settings are changed from Pith’s own pages.');
      if (typeof patch !== 'object' || patch === null) throw new Error('No settings change given.');
      return setSettings(patch);
    },
  });
}
