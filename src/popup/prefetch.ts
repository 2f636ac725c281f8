import type { PithApi } from '../shared/extension-api';
import type { ReadResult } from '../shared/read-result';
import { sameSwitches, switchesOf } from '../shared/switches';

/**
 * The popup's first reading, asked for as soon as its script runs: the content script reads the
 * clutter switches from storage itself (it reads the settings for every extraction anyway), so the
 * page is asked at once instead of after the popup has read its settings and rendered.
 *
 * The interface then asks through the returned api as it always does. Its first reading of `tabId`
 * is answered by the one under way when that used the same switches; otherwise (the switches changed
 * in between, or the script could not say which it used) the tab is read again with the interface's
 * switches, so what is shown is never older than what the interface asked for. A page Pith cannot
 * read (no article, a restricted page, still loading) is the same whatever the switches: that answer
 * is taken as it is.
 */
export function prefetchingApi(api: PithApi, tabId: number | undefined): PithApi {
  let handOver: (article: ReadResult) => void = () => {};
  const article = new Promise<ReadResult>((resolve) => {
    handOver = resolve;
  });
  const result = api
    .readTabAsStored(tabId, handOver)
    .catch((error): ReadResult => ({ ok: false, tabId: null, problem: 'error', detail: String(error) }));

  let taken = false;
  return {
    ...api,
    async readTab(id, options, onArticle) {
      if (taken || id !== tabId) return api.readTab(id, options, onArticle);
      taken = true;
      const asked = switchesOf(options);
      const usable = (read: ReadResult) => !read.ok || sameSwitches(read.switches, asked);
      if (onArticle) void article.then((early) => usable(early) && onArticle(early));
      const first = await result;
      return usable(first) ? first : api.readTab(id, options, onArticle);
    },
  };
}
