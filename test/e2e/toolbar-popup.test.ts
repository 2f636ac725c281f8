import { describe, expect, it } from 'vitest';
import { PROBLEM_MESSAGES } from '../../src/ui/problems';
import { BROWSERS, useBrowser } from './driver';
import { readExpected } from './harness';

/**
 * The popup as the toolbar opens it: no `?tab`, so it reads the active tab of
 * the current window. `action.openPopup()` stands in for the click (Chromium 127+;
 * Firefox lets an extension page call it too), but it is not a click: no activeTab grant.
 */
for (const { name, skip } of BROWSERS) {
  describe.skipIf(skip)(`the toolbar popup, test build (${name})`, () => {
    const session = useBrowser(name);

    it('reads the article in the active tab', async () => {
      const { paragraphs } = await readExpected<{ paragraphs: string[] }>('nissan');
      const tab = await session.browser.openTab(`${session.origin}/nissan/`);
      const popupText = await session.browser.openToolbarPopup(tab.tabId);
      await expect.poll(popupText, { timeout: 10_000 }).toContain(paragraphs[0]);
    });
  });

  describe.skipIf(skip)(`the toolbar popup, shipped build (${name})`, () => {
    const session = useBrowser(name, { extension: 'shipped' });

    it('with the shipped permissions and no click (no activeTab grant), says it may not read the page', async () => {
      const tab = await session.browser.openTab(`${session.origin}/nissan/`);
      const popupText = await session.browser.openToolbarPopup(tab.tabId);
      await expect.poll(popupText, { timeout: 10_000 }).toContain(PROBLEM_MESSAGES['no-access'].title);
      expect(await popupText()).toContain(PROBLEM_MESSAGES['no-access'].body);
    });
  });
}
