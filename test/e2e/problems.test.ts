import { afterEach, describe, expect, it } from 'vitest';
import { PROBLEM_MESSAGES } from '../../src/ui/problems';
import { BROWSERS, INTERNAL_PAGE, type TestPage, useBrowser } from './driver';

const SLOW_MS = 2500;

for (const { name, skip } of BROWSERS) {
  describe.skipIf(skip)(`pages Pith cannot read give a clear message (${name})`, () => {
    const session = useBrowser(name, { slowMs: SLOW_MS });

    // A friendly message, and nothing in the console either (but the article's own
    // images, which can't load on an offline test machine).
    const opened = new Set<TestPage>();
    afterEach(() => {
      for (const popup of opened) {
        expect(popup.errors.filter((error) => !/^Failed to load resource/.test(error))).toEqual([]);
      }
      opened.clear();
    });
    const heading = (popup: TestPage) => {
      opened.add(popup);
      return popup.text('.problem h1', 5000);
    };
    const readerOn = async (url: string) => {
      const tab = await session.browser.openTab(url);
      return session.browser.openPopup(tab.tabId);
    };

    it('says a page with no article does not look like one', async () => {
      const popup = await readerOn(`${session.origin}/no-article/`);
      expect(await heading(popup)).toBe(PROBLEM_MESSAGES['no-article'].title);
      expect(await popup.text('[role="status"]')).toBe(PROBLEM_MESSAGES['no-article'].title);
    });

    it.each([INTERNAL_PAGE[name], 'about:blank'])('says it cannot read the browser page %s', async (url) => {
      const popup = await readerOn(url);
      // A browser page's URL is hidden from an extension without access, so it may be
      // reported as "no access" rather than "internal": both say Pith can't read it.
      expect(await heading(popup)).toBe('Pith can’t read this page');
    });

    it('says a PDF is a PDF', async () => {
      const popup = await readerOn(`${session.origin}/paper.pdf`);
      expect(await heading(popup)).toBe(PROBLEM_MESSAGES.pdf.title);
    });

    it('says a page is still loading, then reads it once it has loaded', async () => {
      // Don't wait for the load: the server holds the body back.
      const tab = await session.browser.openTab(`${session.origin}/slow/nissan/`, 'commit');
      const popup = await session.browser.openPopup(tab.tabId, { wait: false });
      await expect.poll(() => heading(popup)).toBe(PROBLEM_MESSAGES.loading.title);
      await popup.waitFor('.article-body', SLOW_MS + 10_000);
      await popup.waitUntilRead();
      expect(await popup.text('.article-body')).toContain('Espinosa');
    });

    it('says there is no page when the tab is gone', async () => {
      const tab = await session.browser.openTab(`${session.origin}/nissan/`);
      await tab.close();
      const popup = await session.browser.openPopup(tab.tabId);
      expect(await heading(popup)).toBe(PROBLEM_MESSAGES['no-tab'].title);
    });
  });
}
