import { describe, expect, it } from 'vitest';
import { BROWSERS, useBrowser } from './driver';
import { readExpected } from './harness';

/**
 * The content script keeps its extractions (src/content/extraction-cache.ts): asked
 * again with the same options on an unchanged page it answers from the cache; a
 * change to the page's text makes it extract again. Asked here through the real
 * message protocol, from the extension, on a real page.
 */
const ADDED = 'A paragraph the page added after it was first read, long enough to count as article text.';

for (const { name, skip } of BROWSERS) {
  describe.skipIf(skip)(`the content script's extraction cache (${name})`, () => {
    const session = useBrowser(name);

    const extractIn = (tabId: number, options: object) =>
      session.browser.inExtension(
        async ({ tabId, options }) => {
          const { chrome } = globalThis as unknown as {
            chrome: {
              tabs: {
                sendMessage(
                  id: number,
                  m: object,
                ): Promise<{ value?: { cache?: string; article?: { text: string } } } | undefined>;
              };
            };
          };
          const reply = await chrome.tabs.sendMessage(tabId, { pith: 'extract', data: { options } });
          return {
            cache: reply?.value?.cache as string,
            text: (reply?.value?.article?.text ?? '') as string,
          };
        },
        { tabId, options },
      );

    it('answers a repeat from the cache, and extracts again once the page text changes', async () => {
      const { paragraphs } = await readExpected<{ paragraphs: string[] }>('nissan');
      const tab = await session.browser.openTab(`${session.origin}/nissan/`);
      // The popup injects the content script, as a reader's click does.
      const popup = await session.browser.openPopup(tab.tabId);
      await popup.close();
      const options = { captions: false };
      expect((await extractIn(tab.tabId, options)).cache).toBe('miss');
      const again = await extractIn(tab.tabId, options);
      expect(again.cache).toBe('hit');
      expect(again.text).not.toContain(ADDED);

      await session.browser.inExtension(
        async ({ tabId, text, anchor }) => {
          const { chrome } = globalThis as unknown as {
            chrome: { scripting: { executeScript(i: object): Promise<unknown> } };
          };
          await chrome.scripting.executeScript({
            target: { tabId },
            args: [text, anchor],
            func: (added: string, after: string) => {
              const p = document.createElement('p');
              p.textContent = added;
              const anchorParagraph = [...document.querySelectorAll('p')].find((el) =>
                el.textContent?.includes(after),
              );
              anchorParagraph!.after(p);
            },
          });
        },
        { tabId: tab.tabId, text: ADDED, anchor: paragraphs[0]!.slice(0, 60) },
      );
      const changed = await extractIn(tab.tabId, options);
      expect(changed.cache).toBe('miss');
      expect(changed.text).toContain(ADDED);
    });
  });
}
