import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { PithApi } from '../shared/extension-api';
import { errorMessage } from '../shared/messages';
import type { ReadResult } from '../shared/read-result';
import { type Settings, toExtractOptions } from '../shared/settings';

/**
 * Reads the tab with the current clutter settings, and again whenever they change
 * (here or in any other context), or a block is shown or removed again; changes that don't
 * affect extraction (theme, text size) don't trigger a read. A page still loading is waited for and read
 * once complete. `busy` is true while a read is under way. The article is shown as soon as
 * it arrives; its key quotes follow when found (PithApi.readTab's `onArticle`).
 */
export function useTabReading(
  api: PithApi,
  tabId: number | undefined,
  settings: Settings | null,
): { result: ReadResult | null; busy: boolean } {
  const [result, setResult] = useState<ReadResult | null>(null);
  const [busy, setBusy] = useState(true);
  // After the first read, keep reading that same tab even if another one becomes active.
  const tabRef = useRef(tabId);
  // The page's kept blocks ("Show") are added by the content script; a change to them reads again too.
  const extraction = settings ? JSON.stringify([toExtractOptions(settings), settings.keptBlocks]) : null;

  // Started in the commit, not a frame later (use-settings.ts says why).
  useLayoutEffect(() => {
    if (!extraction) return;
    const controller = new AbortController();
    const [options] = JSON.parse(extraction);
    const early = (article: ReadResult) => {
      if (controller.signal.aborted) return;
      setResult(article);
      setBusy(false);
    };
    const read = async (): Promise<ReadResult> => {
      let next = await api.readTab(tabRef.current, options, early);
      while (!next.ok && next.problem === 'loading' && next.tabId !== null && !controller.signal.aborted) {
        setResult(next);
        await api.whenTabLoaded(next.tabId, controller.signal);
        if (!controller.signal.aborted) next = await api.readTab(next.tabId, options, early);
      }
      return next;
    };
    setBusy(true);
    read()
      .catch(
        (error): ReadResult => ({ ok: false, tabId: null, problem: 'error', detail: errorMessage(error) }),
      )
      .then((next) => {
        if (controller.signal.aborted) return;
        if (next.tabId !== null) tabRef.current = next.tabId;
        setResult(next);
        setBusy(false);
      });
    return () => controller.abort();
  }, [api, extraction]);

  return { result, busy };
}
