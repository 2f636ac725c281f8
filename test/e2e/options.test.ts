import { describe, expect, it } from 'vitest';
import { BROWSERS, useBrowser } from './driver';

const APPEALS = { role: 'switch', name: 'Donation and subscription appeals' } as const;
const ADS = { role: 'switch', name: 'Ads and sponsored blocks' } as const;

for (const { name, skip } of BROWSERS) {
  describe.skipIf(skip)(`popup and options page controls (${name})`, () => {
    const session = useBrowser(name);

    // The popup sits in a background tab here, where Firefox clamps timers to 1 s (Preact
    // applies effects after a frame or a timer): poll for longer than vitest's default 1 s.
    const SOON = { timeout: 5000 };

    it('a switch flipped in one shows in the other at once, both ways', async () => {
      const tab = await session.browser.openTab(`${session.origin}/nissan/`);
      const popup = await session.browser.openPopup(tab.tabId);
      const options = await session.browser.openOptions();
      expect(await options.isChecked(APPEALS)).toBe(true);

      await options.click(APPEALS);
      await expect.poll(() => popup.isChecked(APPEALS), SOON).toBe(false);
      await popup.waitUntilRead();

      await popup.click(APPEALS);
      await expect.poll(() => options.isChecked(APPEALS), SOON).toBe(true);

      // The quieter settings too: the theme chosen in options applies to the open popup.
      await options.click({ role: 'radio', name: 'Dark' });
      await expect
        .poll(() => popup.evaluate(() => document.documentElement.dataset.theme), SOON)
        .toBe('dark');
      await options.click({ role: 'radio', name: 'Match the system' });
      await expect
        .poll(() => popup.evaluate(() => document.documentElement.dataset.theme ?? 'auto'), SOON)
        .toBe('auto');
    });

    it('works from the keyboard: tab order, visible focus, Space flips a switch', async () => {
      const tab = await session.browser.openTab(`${session.origin}/nissan/`);
      const popup = await session.browser.openPopup(tab.tabId);
      await popup.bringToFront();
      const focused = () =>
        popup.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          return el
            ? `${el.tagName.toLowerCase()}:${el.getAttribute('role') ?? ''}:${el.closest('label')?.textContent ?? el.textContent}`
            : '';
        });
      // The article has the focus when the popup opens; the tab order starts at the skip link.
      await popup.evaluate(() => (document.querySelector('.skip-link') as HTMLElement).focus());
      await popup.press('Tab');
      expect(await focused()).toBe('button::Filters');
      for (const next of ['AaText and colours', 'Open in reader', 'Settings']) {
        await popup.press('Tab');
        expect(await focused()).toBe(`button::${next}`);
      }
      await popup.press('Tab');
      // Firefox makes a scrollable panel a tab stop of its own (so the keyboard can scroll it);
      // Chromium skips a scroller that holds focusable controls. Either way the switches come next.
      if (name === 'firefox' && (await focused()).startsWith('div::')) await popup.press('Tab');
      expect(await focused()).toBe('input:switch:Ads and sponsored blocks');
      // The focus ring is drawn on the visible track next to the (transparent) checkbox.
      const outline = await popup.evaluate(
        () => getComputedStyle(document.activeElement!.nextElementSibling!).outlineStyle,
      );
      expect(outline).toBe('solid');
      await popup.press('Space');
      await expect.poll(() => popup.isChecked(ADS)).toBe(false);
      await popup.waitUntilRead();
      await popup.press('Space');
      await expect.poll(() => popup.isChecked(ADS)).toBe(true);
    });
  });
}
