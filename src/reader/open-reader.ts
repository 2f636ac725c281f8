import type { PithApi } from '../shared/extension-api';
import { toExtractOptions } from '../shared/settings';
import { newEntryId, saveEntry } from './reader-store';

/**
 * Reads a tab and opens the full-tab reader on it: what the reader shortcut and the
 * "Read with Pith" menu item do (both grant activeTab for that tab). A page still
 * loading is waited for; a page Pith can't read opens the popup page on that tab,
 * which says why in words.
 */
export async function openReaderFor(
  api: PithApi,
  tabId: number,
  popupUrl: (tabId: number) => string,
): Promise<void> {
  const settings = await api.getSettings();
  const options = toExtractOptions(settings);
  let result = await api.readTab(tabId, options);
  for (let tries = 0; !result.ok && result.problem === 'loading' && tries < 3; tries++) {
    await api.whenTabLoaded(tabId, AbortSignal.timeout(30_000));
    result = await api.readTab(tabId, options);
  }
  if (!result.ok) {
    await api.openTab(popupUrl(tabId), tabId);
    return;
  }
  const id = newEntryId();
  await saveEntry(api.readerArea, {
    id,
    url: result.url,
    tabId,
    savedAt: Date.now(),
    article: result.article,
    // With the page's kept blocks, as the reader compares them (the content script added them).
    options: toExtractOptions(settings, result.url),
  });
  await api.openReaderTab(id, tabId);
}
