import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROSE, pageWith } from '../core/page';
import { openPopupFor, openTab, skipReason, useChromium, waitUntilRead } from './harness';

/**
 * "Show" on one entry of the popup's removed list, in Chromium: the block comes back in the popup's
 * article, stays back when the popup is opened again, and, with hiding on, shows again on the page
 * (after a reload too) while the other clutter stays hidden.
 */
const APPEAL =
  '<div class="box"><h3>Before you go</h3><p>We are a non-profit newsroom funded by readers like you.</p><p>If you value our reporting, please make a donation today to keep it free for everyone.</p><p><a href="/donate">Donate</a></p></div>';
const AD = '<div class="ad-slot"><p>Advertisement</p><iframe src="about:blank" title="ad"></iframe></div>';
const PROBE = 'If you value our reporting';
const PAGE = pageWith(`${AD}${APPEAL}`);

describe.skipIf(skipReason)('"Show" one removed block (chromium)', () => {
  const session = useChromium();
  let server: Server;
  let url: string;
  beforeAll(async () => {
    server = createServer((_, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(PAGE);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/news/bridge`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const visible = (page: Page, selector: string) =>
    page.evaluate((s) => {
      const el = document.querySelector(s);
      const box = el?.getBoundingClientRect();
      return !!box && box.width > 0 && box.height > 0;
    }, selector);
  const article = (popup: Page) => popup.locator('.article-body').textContent();

  it('puts the block back in the popup and on the page, and remembers it for the page', async () => {
    const { page, tabId } = await openTab(session.browser, url);
    let popup = await openPopupFor(session.browser, tabId);
    expect(await article(popup)).not.toContain(PROBE);
    await popup.getByRole('switch', { name: 'Also hide on the page' }).click();
    await page.waitForSelector('html[data-pith-hiding]', { state: 'attached' });
    await expect.poll(() => visible(page, '.box')).toBe(false);
    await expect.poll(() => visible(page, '.ad-slot')).toBe(false);

    // By keyboard: open the list, Tab to the appeal's "Show", Enter.
    await popup.locator('.removed summary').focus();
    await popup.keyboard.press('Enter');
    const show = popup.getByRole('button', { name: /^Show “Before you go/ });
    await show.focus();
    await popup.keyboard.press('Enter');
    await expect.poll(() => article(popup)).toContain(PROBE);
    await waitUntilRead(popup);
    for (const p of PROSE) expect(await article(popup)).toContain(p);
    expect(await popup.locator('.removed summary').textContent()).not.toMatch(/appeal/);
    // On the page, at once: the appeal is back, the ad stays hidden.
    await page.bringToFront();
    await expect.poll(() => visible(page, '.box')).toBe(true);
    expect(await visible(page, '.ad-slot')).toBe(false);

    // Opened again: still shown, listed with "Remove again".
    await popup.close();
    popup = await openPopupFor(session.browser, tabId);
    expect(await article(popup)).toContain(PROBE);
    await popup.locator('.removed summary').click();
    await expect(popup.getByRole('button', { name: /^Remove “Before you go.*again$/ }).count()).resolves.toBe(
      1,
    );

    // The page reloaded: hiding comes back without the popup, and the kept block stays visible.
    await popup.close();
    await page.reload();
    await page.waitForSelector('html[data-pith-hiding]', { state: 'attached' });
    await expect.poll(() => visible(page, '.ad-slot')).toBe(false);
    expect(await visible(page, '.box')).toBe(true);
    await page.close();
  });
});
