import { beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, useBrowser } from './driver';
import { readExpected } from './harness';

interface NissanExpected {
  paragraphs: string[];
  absent: string[];
  keptWhenOff: { ads: string[] };
}

const ADS = { role: 'switch', name: 'Ads and sponsored blocks' } as const;
const CAPTIONS = { role: 'switch', name: 'Image captions' } as const;
/** A figure's caption on the Nissan page (a <figcaption> of the page's own markup). */
const CAPTION = 'Nissan’s Sunderland plant could be used to make cars for a Chinese car maker';

for (const { name, skip } of BROWSERS) {
  describe.skipIf(skip)(`reading an article in the popup (${name})`, () => {
    const session = useBrowser(name);
    let expected: NissanExpected;

    beforeAll(async () => {
      expected = await readExpected<NissanExpected>('nissan');
    });

    it('shows every body paragraph, none of the clutter, and quotes by Ivan Espinosa', async () => {
      const tab = await session.browser.openTab(`${session.origin}/nissan/`);
      const popup = await session.browser.openPopup(tab.tabId);
      const text = await popup.text('.article-body');
      for (const paragraph of expected.paragraphs) expect(text).toContain(paragraph);
      for (const clutter of expected.absent) expect(text).not.toContain(clutter);
      expect(await popup.text('.article-header h1')).not.toBe('');
      expect(await popup.text('.removed summary')).toMatch(/^Removed \d/);
      expect(await popup.texts('.quotes .speaker-name')).toContain('Ivan Espinosa');
      await Promise.all([popup.close(), tab.close()]);
    });

    it('brings the ads back when the ads switch is turned off, and remembers it across popups and restarts', async () => {
      const charger = expected.keptWhenOff.ads[0]!;
      const tab = await session.browser.openTab(`${session.origin}/nissan/`);
      const popup = await session.browser.openPopup(tab.tabId);
      expect(await popup.text('.article-body')).not.toContain(charger);

      expect(await popup.isChecked(ADS)).toBe(true);
      await popup.click(ADS);
      await expect.poll(() => popup.text('.article-body')).toContain(charger);

      // Closing and reopening the popup keeps the choice.
      await popup.close();
      const reopened = await session.browser.openPopup(tab.tabId);
      expect(await reopened.isChecked(ADS)).toBe(false);
      expect(await reopened.text('.article-body')).toContain(charger);

      // So does a browser restart with the same profile. (Firefox: the driver installs the
      // temporary add-on again after the restart; see driver/firefox.ts.)
      await session.restart();
      const again = await session.browser.openTab(`${session.origin}/nissan/`);
      const afterRestart = await session.browser.openPopup(again.tabId);
      expect(await afterRestart.isChecked(ADS)).toBe(false);
      expect(await afterRestart.text('.article-body')).toContain(charger);

      // Turning it back on hides the ad again.
      await afterRestart.click(ADS);
      await expect.poll(() => afterRestart.text('.article-body')).not.toContain(charger);
      await afterRestart.waitUntilRead();
    });

    it('takes the image captions out when their switch is on, keeping the pictures, and puts them back', async () => {
      const tab = await session.browser.openTab(`${session.origin}/nissan/`);
      const popup = await session.browser.openPopup(tab.tabId);
      expect(await popup.text('.article-body')).toContain(CAPTION);
      const pictures = () => popup.evaluate(() => document.querySelectorAll('.article-body img').length);
      const before = await pictures();
      expect(before).toBeGreaterThan(0);

      expect(await popup.isChecked(CAPTIONS)).toBe(false);
      await popup.click(CAPTIONS);
      await expect.poll(() => popup.text('.article-body')).not.toContain(CAPTION);
      expect(await pictures()).toBe(before);
      expect(await popup.text('.article-body')).toContain(expected.paragraphs[0]!);

      await popup.click(CAPTIONS);
      await expect.poll(() => popup.text('.article-body')).toContain(CAPTION);
      await popup.waitUntilRead();
      await Promise.all([popup.close(), tab.close()]);
    });

    it('keeps a switch flipped the moment before the popup is closed', async () => {
      const tab = await session.browser.openTab(`${session.origin}/nissan/`);
      const popup = await session.browser.openPopup(tab.tabId);
      expect(await popup.isChecked(CAPTIONS)).toBe(false);
      await popup.click(CAPTIONS);
      await popup.close();
      const reopened = await session.browser.openPopup(tab.tabId);
      await expect.poll(() => reopened.isChecked(CAPTIONS)).toBe(true);
      await reopened.click(CAPTIONS);
      await expect.poll(() => reopened.isChecked(CAPTIONS)).toBe(false);
      await reopened.waitUntilRead();
      await Promise.all([reopened.close(), tab.close()]);
    });
  });
}
