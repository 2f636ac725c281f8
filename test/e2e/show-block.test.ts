import { describe, expect, it } from 'vitest';
import { PROSE, pageWith } from '../core/page';
import { BROWSERS, type TestPage, type TestTab, useBrowser } from './driver';
import { usePageServer } from './page-server';

/**
 * "Show" on one entry of the popup's removed list, in Chromium and Firefox: the block comes back in the
 * popup's article, stays back when the popup is opened again, and, with hiding on, shows again on the
 * page (after a reload too) while the other clutter stays hidden.
 */
const APPEAL =
  '<div class="box"><h3>Before you go</h3><p>We are a non-profit newsroom funded by readers like you.</p><p>If you value our reporting, please make a donation today to keep it free for everyone.</p><p><a href="/donate">Donate</a></p></div>';
const AD = '<div class="ad-slot"><p>Advertisement</p><iframe src="about:blank" title="ad"></iframe></div>';
const PROBE = 'If you value our reporting';
const PAGE = pageWith(`${AD}${APPEAL}`);

function visible(selector: string): boolean {
  const box = document.querySelector(selector)?.getBoundingClientRect();
  return !!box && box.width > 0 && box.height > 0;
}

for (const { name, skip } of BROWSERS) {
  describe.skipIf(skip)(`"Show" one removed block (${name})`, () => {
    const session = useBrowser(name);
    const site = usePageServer(PAGE);

    const isVisible = (tab: TestTab, selector: string) => tab.evaluate(visible, selector);
    const article = (popup: TestPage) => popup.text('.article-body');

    it('puts the block back in the popup and on the page, and remembers it for the page', async () => {
      const tab = await session.browser.openTab(site.url);
      let popup = await session.browser.openPopup(tab.tabId);
      expect(await article(popup)).not.toContain(PROBE);
      await popup.click({ role: 'switch', name: 'Also hide on the page' });
      await tab.waitFor('html[data-pith-hiding]');
      await expect.poll(() => isVisible(tab, '.box')).toBe(false);
      await expect.poll(() => isVisible(tab, '.ad-slot')).toBe(false);

      // By keyboard: open the list, Tab to the appeal's "Show", Enter.
      await popup.focus('.removed summary');
      await popup.press('Enter');
      await popup.focus({ role: 'button', name: 'Show “Before you go' });
      await popup.press('Enter');
      await expect.poll(() => article(popup)).toContain(PROBE);
      await popup.waitUntilRead();
      for (const p of PROSE) expect(await article(popup)).toContain(p);
      expect(await popup.text('.removed summary')).not.toMatch(/appeal/);
      // On the page, at once: the appeal is back, the ad stays hidden.
      await tab.bringToFront();
      await expect.poll(() => isVisible(tab, '.box')).toBe(true);
      expect(await isVisible(tab, '.ad-slot')).toBe(false);

      // Opened again: still shown, listed with "Remove again".
      await popup.close();
      popup = await session.browser.openPopup(tab.tabId);
      expect(await article(popup)).toContain(PROBE);
      await popup.click('.removed summary');
      const removeAgain = await popup.evaluate(
        () =>
          [...document.querySelectorAll('button')].filter((b) =>
            /^Remove “Before you go.*again$/.test(b.getAttribute('aria-label') ?? b.textContent ?? ''),
          ).length,
      );
      expect(removeAgain).toBe(1);

      // The page reloaded: hiding comes back without the popup, and the kept block stays visible.
      await popup.close();
      await tab.reload();
      await tab.waitFor('html[data-pith-hiding]');
      await expect.poll(() => isVisible(tab, '.ad-slot')).toBe(false);
      expect(await isVisible(tab, '.box')).toBe(true);
      await tab.close();
    });
  });
}
