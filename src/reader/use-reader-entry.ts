import { useEffect, useState } from 'preact/hooks';
import type { PithApi } from '../shared/extension-api';
import { type Settings, toExtractOptions } from '../shared/settings';
import { loadEntry, type ReaderEntry, saveEntry } from './reader-store';

export type EntryState =
  | { kind: 'loading' }
  | { kind: 'expired' }
  | { kind: 'ready'; entry: ReaderEntry; busy: boolean; movedOn: boolean };

/**
 * The stored extraction for this reader tab. When the clutter switches change, the
 * article is read again from its tab, but only while that tab still shows the same
 * page; otherwise `movedOn` says so and the article stays as it was.
 */
export function useReaderEntry(api: PithApi, id: string, settings: Settings | null): EntryState {
  const [state, setState] = useState<EntryState>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    loadEntry(api.readerArea, id)
      .catch(() => null)
      .then((entry) => {
        if (live)
          setState(entry ? { kind: 'ready', entry, busy: false, movedOn: false } : { kind: 'expired' });
      });
    return () => {
      live = false;
    };
  }, [api, id]);

  const entry = state.kind === 'ready' ? state.entry : null;
  const extraction = settings && entry ? JSON.stringify(toExtractOptions(settings, entry.url)) : null;
  useEffect(() => {
    if (!entry || !extraction || extraction === JSON.stringify(entry.options)) return;
    let live = true;
    const options = JSON.parse(extraction);
    const reread = async (): Promise<EntryState> => {
      const stillThere = entry.tabId !== null && (await api.tabUrl(entry.tabId)) === entry.url;
      if (!stillThere || entry.tabId === null) return { kind: 'ready', entry, busy: false, movedOn: true };
      const result = await api.readTab(entry.tabId, options);
      if (!result.ok || result.url !== entry.url) return { kind: 'ready', entry, busy: false, movedOn: true };
      const next: ReaderEntry = { ...entry, article: result.article, options, savedAt: Date.now() };
      await saveEntry(api.readerArea, next).catch(() => {});
      return { kind: 'ready', entry: next, busy: false, movedOn: false };
    };
    setState({ kind: 'ready', entry, busy: true, movedOn: false });
    reread()
      .catch((): EntryState => ({ kind: 'ready', entry, busy: false, movedOn: true }))
      .then((next) => live && setState(next));
    return () => {
      live = false;
    };
  }, [api, entry, extraction]);
  return state;
}
