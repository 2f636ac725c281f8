import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTICLE_PARAGRAPHS, PAGE_CLUTTER_HTML } from '../core/page-clutter-page';
import { type Browser, openPopupFor, openTab, skipReason, useChromium } from './harness';

/**
 * Hiding on the page, in Chromium, end to end: the popup's "Also hide on the page" on a local page
 * built from realistic clutter markup (ad slots with frames, a sticky subscription banner, a modal
 * newsletter prompt with its backdrop, an appeal module in the article, ad slots the page inserts
 * later). The test build has host access to 127.0.0.1, so the permission request is granted at once.
 */
const CLUTTER = {
  leaderboard: '#ad-top',
  'in-article ad slot': '.slot',
  'sidebar ad frame': '.rail iframe',
  'sponsored card': '.card.sponsored',
  'sticky subscription banner': '#subscribe-banner',
  'newsletter modal': '[role="dialog"]',
  'modal backdrop': '.modal-backdrop',
  'appeal module': '.contributions-epic',
  'late ad slot 1': '[data-late="1"]',
  'late ad slot 2': '[data-late="2"]',
};
const ADS = ['#ad-top', '.slot', '.rail iframe', '.card.sponsored', '[data-late="1"]', '[data-late="2"]'];

/** The page inserts two ad slots after load, as lazy ad code does. */
const LATE_SCRIPT = `<script>
  window.pithTestLoads = (Number(sessionStorage.getItem('loads')) || 0) + 1;
  sessionStorage.setItem('loads', String(window.pithTestLoads));
  const late = (n) => {
    const slot = document.createElement('div');
    slot.className = 'ad-slot';
    slot.dataset.late = String(n);
    slot.innerHTML = '<div class="ad-label">Advertisement</div><iframe src="about:blank" style="width:300px;height:250px;border:0"></iframe>';
    document.querySelector('.feed').append(slot);
  };
  setTimeout(() => late(1), 300);
  setTimeout(() => late(2), 1200);
</script>`;
/** Comments and a long footer below, as on real pages: the reader's place must stay reachable by scrolling. */
/** Two widgets no rule knows, for the picker: only the reader's pick hides them. */
const WIDGETS =
  '<div class="weather-widget"><h3>Weather</h3><p>Sunny, 21 degrees by the river.</p></div>' +
  '<div class="reader-poll"><p class="poll-question">Which design do you prefer?</p><button type="button">Vote</button></div>';
const PAGE = PAGE_CLUTTER_HTML.replace('<footer>', `${WIDGETS}<footer style="min-height: 2000px">`).replace(
  '</body>',
  `${LATE_SCRIPT}</body>`,
);

describe.skipIf(skipReason)('hiding clutter on the page (chromium)', () => {
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

  /** Visible as a reader sees it: rendered, with a box of some size. */
  const visible = (page: Page, selector: string) =>
    page.evaluate((s) => {
      const el = document.querySelector(s);
      if (!el) return null;
      const box = el.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    }, selector);
  const paragraphBoxes = (page: Page) =>
    page.evaluate(
      (texts) =>
        texts.map((text) => {
          const p = [...document.querySelectorAll('p')].find((el) => el.textContent === text);
          const box = p?.getBoundingClientRect();
          return box && box.width > 0 && box.height > 0
            ? { top: box.top + scrollY, height: box.height }
            : null;
        }),
      ARTICLE_PARAGRAPHS,
    );
  const lateSlotsIn = (page: Page) => page.waitForSelector('[data-late="2"]', { state: 'attached' });
  const hidingOn = (page: Page) => page.waitForSelector('html[data-pith-hiding]', { state: 'attached' });

  async function expectCleaned(page: Page) {
    await page.bringToFront();
    await lateSlotsIn(page);
    for (const [name, selector] of Object.entries(CLUTTER)) {
      await expect.poll(() => visible(page, selector), { message: name, timeout: 5000 }).toBe(false);
    }
    for (const box of await paragraphBoxes(page)) expect(box).not.toBeNull();
  }

  it('hides every kind of clutter, keeps the article in place, and a switch off shows its blocks without reload', async () => {
    const browser: Browser = session.browser;
    const { page, tabId } = await openTab(browser, url);
    await lateSlotsIn(page);
    for (const [name, selector] of Object.entries(CLUTTER))
      expect(await visible(page, selector), name).toBe(true);
    const before = await paragraphBoxes(page);
    const hiddenAbove = await page.evaluate((top) => {
      // In-flow boxes above the first paragraph that hiding will take out (fixed overlays take no room).
      return ['#subscribe-banner', '#ad-top'].reduce((sum, s) => {
        const box = document.querySelector(s)!.getBoundingClientRect();
        return box.bottom <= top ? sum + box.height : sum;
      }, 0);
    }, before[0]!.top);
    // The reader has scrolled to the third paragraph.
    await page.evaluate((text) => {
      [...document.querySelectorAll('p')].find((p) => p.textContent === text)!.scrollIntoView();
    }, ARTICLE_PARAGRAPHS[2]!);
    const thirdOnScreen = () =>
      page.evaluate(
        (text) =>
          [...document.querySelectorAll('p')].find((p) => p.textContent === text)!.getBoundingClientRect()
            .top,
        ARTICLE_PARAGRAPHS[2]!,
      );
    const thirdBefore = await thirdOnScreen();

    const popup = await openPopupFor(browser, tabId);
    await popup.getByRole('switch', { name: 'Also hide on the page' }).click();
    await expect
      .poll(() => popup.locator('.page-hiding-status').textContent())
      .toMatch(/Hidden on this page: \d+/);
    await hidingOn(page);
    await expectCleaned(page);
    // The reader's place is kept, and the article moved up by no more than what was hidden above it.
    expect(Math.abs((await thirdOnScreen()) - thirdBefore)).toBeLessThanOrEqual(2);
    const after = await paragraphBoxes(page);
    const shift = before[0]!.top - after[0]!.top;
    expect(shift).toBeGreaterThanOrEqual(-1);
    expect(shift).toBeLessThanOrEqual(hiddenAbove + 1);

    // Ads switched off: the ad slots come back, the rest stays hidden, and the page was not reloaded.
    await popup.bringToFront();
    await popup.getByRole('switch', { name: 'Ads and sponsored blocks' }).click();
    await page.bringToFront();
    for (const selector of ADS)
      await expect.poll(() => visible(page, selector), { message: selector }).toBe(true);
    expect(await visible(page, '[role="dialog"]')).toBe(false);
    expect(await visible(page, '#subscribe-banner')).toBe(false);
    expect(await page.evaluate(() => (window as unknown as { pithTestLoads: number }).pithTestLoads)).toBe(1);
    await popup.bringToFront();
    await popup.getByRole('switch', { name: 'Ads and sponsored blocks' }).click();
    await popup.close();
    await page.bringToFront();
    for (const selector of ADS)
      await expect.poll(() => visible(page, selector), { message: selector }).toBe(false);
    await page.close();
  });

  it('hides again on reload and after a browser restart, without opening the popup', async () => {
    const first = await openTab(session.browser, url);
    await hidingOn(first.page);
    await expectCleaned(first.page);
    // With the badge count turned on (options page), the reloaded page's total shows on its tab's badge.
    await session.browser.worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as {
        chrome: {
          storage: {
            sync: {
              get(k: string): Promise<Record<string, { values: object }>>;
              set(v: object): Promise<void>;
            };
          };
        };
      };
      const { settings } = await chrome.storage.sync.get('settings');
      await chrome.storage.sync.set({
        settings: { ...settings, values: { ...settings!.values, hideBadge: true } },
      });
    });
    await first.page.reload();
    await hidingOn(first.page);
    await expectCleaned(first.page);
    const marked = await first.page.evaluate(() => document.querySelectorAll('[data-pith-hide]').length);
    const badge = () =>
      session.browser.worker.evaluate(async (tabId) => {
        const { chrome } = globalThis as unknown as {
          chrome: { action: { getBadgeText(d: object): Promise<string> } };
        };
        return chrome.action.getBadgeText({ tabId });
      }, first.tabId);
    await expect.poll(badge, { timeout: 5000 }).toBe(String(marked));
    await first.page.close();

    await session.restart();
    const again = await openTab(session.browser, url);
    await hidingOn(again.page);
    await expectCleaned(again.page);
    await again.page.close();
  });

  const storedRules = () =>
    session.browser.worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as {
        chrome: {
          storage: {
            sync: { get(k: string): Promise<Record<string, { values: { pickedRules?: object } }>> };
          };
        };
      };
      return (await chrome.storage.sync.get('settings')).settings?.values.pickedRules ?? {};
    });

  it('the picker makes a rule by mouse and by keyboard, applied at once and after a reload', async () => {
    const { page, tabId } = await openTab(session.browser, url);
    await hidingOn(page);
    const origin = new URL(url).origin;

    // By mouse: point at the weather widget's text and click.
    let popup = await openPopupFor(session.browser, tabId);
    await popup.getByRole('button', { name: 'Hide something else…' }).click();
    await popup.close();
    await page.bringToFront();
    const weather = page.locator('.weather-widget p');
    await weather.hover();
    await weather.click();
    await expect.poll(async () => JSON.stringify(await storedRules())).toContain('weather-widget');
    expect(await visible(page, '.weather-widget p')).toBe(false);

    // By keyboard: from the poll's question, ArrowUp widens to the whole poll, Enter picks it.
    popup = await openPopupFor(session.browser, tabId);
    await popup.getByRole('button', { name: 'Hide something else…' }).click();
    await popup.close();
    await page.bringToFront();
    await page.locator('.reader-poll .poll-question').hover();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => ((await storedRules()) as Record<string, string[]>)[origin]?.length)
      .toBe(2);
    const rules = ((await storedRules()) as Record<string, string[]>)[origin]!;
    expect(rules.join(' ')).not.toMatch(/nth-/);
    expect(rules.at(-1)).toBe('div.reader-poll');
    expect(await visible(page, '.reader-poll')).toBe(false);
    for (const box of await paragraphBoxes(page)) expect(box).not.toBeNull();

    await page.reload();
    await hidingOn(page);
    await expect.poll(() => visible(page, '.weather-widget p')).toBe(false);
    expect(await visible(page, '.reader-poll')).toBe(false);
    for (const box of await paragraphBoxes(page)) expect(box).not.toBeNull();
    await page.close();
  });
});
