import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, openReader, openTab, optionsUrl, skipReason, useChromium } from './harness';
import { axeViolations, horizontalOverflow, setTheme, WIDTHS, ZOOM_200 } from './ui-helpers';

/**
 * The popup and options page as a reader meets them: they fit every width from 320 to
 * 800 CSS px and 200% zoom (an 800×600 popup at 200% is 400×300 CSS px), in both
 * directions; the keyboard scrolls the article at once; axe finds nothing, in every
 * state and theme. Screenshots at 320 and 560 px go to test-artifacts/.
 */
const SIZES = [
  ...WIDTHS.map((width) => ({ width, height: 600, name: `${width}` })),
  { ...ZOOM_200, name: 'zoom200' },
];

async function openEverything(popup: Page): Promise<void> {
  if ((await popup.locator('.typography-button').getAttribute('aria-expanded')) === 'false')
    await popup.locator('.typography-button').click();
  const filters = popup.getByRole('button', { name: /^(Filters|Filter|المرشحات)/ });
  if ((await filters.getAttribute('aria-expanded')) === 'false') await filters.click();
  await popup.locator('.removed summary').click();
  await popup.locator('.removed[open]').waitFor();
}

describe.skipIf(skipReason)('popup and options layout, keyboard and accessibility (Chromium)', () => {
  const session = useChromium();

  it.each([
    ['ltr', 'nissan'],
    ['rtl', 'rtl-arabic'],
  ])('the popup fits every width and 200 percent zoom (%s article)', async (dir, fixture) => {
    const { popup, target } = await openReader(session.browser, `${session.server.origin}/${fixture}/`);
    await openEverything(popup);
    for (const size of SIZES) {
      await popup.setViewportSize(size);
      await expect.poll(() => horizontalOverflow(popup), { message: `${dir} at ${size.name}` }).toEqual([]);
      // The controls (filters and removed list open) never leave the article less than half the popup.
      const main = (await popup.locator('main').boundingBox())!;
      expect(main.height, `${dir} at ${size.name}`).toBeGreaterThanOrEqual(size.height / 2 - 1);
      // Switches stand in one column when narrow, two when there is room.
      const columns = await popup
        .locator('#filters .switch')
        .evaluateAll((els) => new Set(els.map((e) => Math.round(e.getBoundingClientRect().left))).size);
      expect(columns, `${dir} at ${size.name}`).toBe(size.width < 480 ? 1 : 2);
      if (size.name === '320' || size.name === '560')
        await popup.screenshot({ path: path.join(ARTIFACTS, `ui-popup-${dir}-${size.name}.png`) });
    }
    // The same in a right-to-left interface: the page direction flipped.
    await popup.evaluate(() => {
      document.documentElement.dir = 'rtl';
    });
    for (const size of SIZES) {
      await popup.setViewportSize(size);
      await expect
        .poll(() => horizontalOverflow(popup), { message: `rtl interface, ${dir} article at ${size.name}` })
        .toEqual([]);
    }
    await Promise.all([popup.close(), target.close()]);
  });

  it('the real toolbar popup opens at a usable size and shows all of itself', async () => {
    const { page } = await openTab(session.browser, `${session.server.origin}/nissan/`);
    const viewer = await session.browser.context.newPage();
    await viewer.goto(optionsUrl(session.browser));
    await page.bringToFront();
    await session.browser.worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { action: { openPopup(): Promise<void> } } };
      await chrome.action.openPopup();
    });
    const measure = () =>
      viewer.evaluate(() => {
        const { chrome } = globalThis as unknown as {
          chrome: { extension: { getViews(q: object): Window[] } };
        };
        const [popup] = chrome.extension.getViews({ type: 'popup' });
        if (!popup?.document.querySelector('main[aria-busy="false"]')) return null;
        const root = popup.document.documentElement;
        return {
          width: popup.innerWidth,
          height: popup.innerHeight,
          overflows: root.scrollWidth > popup.innerWidth + 1 || root.scrollHeight > popup.innerHeight + 1,
        };
      });
    await expect.poll(measure, { timeout: 15_000 }).not.toBeNull();
    // Headless Chromium gives popups less than 560×600 (its window is small): the popup takes what
    // it gets without collapsing to Chrome's 25×25 sizing start and without scrollbars.
    await expect.poll(measure).toMatchObject({ overflows: false });
    const { width, height } = (await measure())!;
    expect(width).toBeGreaterThanOrEqual(300);
    expect(height).toBeGreaterThanOrEqual(300);
    await Promise.all([viewer.close(), page.close()]);
  });

  it('the options page fits every width, both directions', async () => {
    const options = await session.browser.context.newPage();
    await options.goto(optionsUrl(session.browser));
    await options.getByRole('switch').first().waitFor();
    for (const dir of ['ltr', 'rtl']) {
      await options.evaluate((d) => {
        document.documentElement.dir = d;
      }, dir);
      for (const size of SIZES) {
        await options.setViewportSize(size);
        expect(await horizontalOverflow(options), `options ${dir} at ${size.name}`).toEqual([]);
        if (dir === 'ltr' && (size.name === '320' || size.name === '800'))
          await options.screenshot({
            path: path.join(ARTIFACTS, `ui-options-${size.name}.png`),
            fullPage: true,
          });
      }
    }
    await options.close();
  });

  it('keyboard only: the article has focus at once, and PageDown, End and Home scroll it', async () => {
    const { popup, target } = await openReader(session.browser, `${session.server.origin}/nissan/`);
    await popup.bringToFront();
    const scrollTop = () => popup.locator('main').evaluate((el) => el.scrollTop);
    expect(await popup.evaluate(() => document.activeElement?.id)).toBe('article');
    await popup.keyboard.press('PageDown');
    await expect.poll(scrollTop).toBeGreaterThan(100);
    await popup.keyboard.press('End');
    await expect
      .poll(() =>
        popup.locator('main').evaluate((el) => el.scrollTop + el.clientHeight >= el.scrollHeight - 2),
      )
      .toBe(true);
    await popup.keyboard.press('Home');
    await expect.poll(scrollTop).toBe(0);
    // The skip link comes first in the tab order and leads to the article.
    const firstTabbable = await popup.evaluate(
      () =>
        document.querySelector('a[href], button:not([hidden]), input, summary, [tabindex="0"]')?.className,
    );
    expect(firstTabbable).toBe('skip-link');
    await popup.locator('.skip-link').focus();
    // Shown when focused.
    expect((await popup.locator('.skip-link').boundingBox())!.width).toBeGreaterThan(20);
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.evaluate(() => document.activeElement?.id)).toBe('article');
    await Promise.all([popup.close(), target.close()]);
  });

  it('axe finds no violation in any state of the popup or the options page, in any theme', async () => {
    const { popup, target } = await openReader(session.browser, `${session.server.origin}/nissan/`);
    const options = await session.browser.context.newPage();
    await options.goto(optionsUrl(session.browser));
    await options.getByRole('switch').first().waitFor();
    const problem = await openReader(session.browser, 'chrome://version/');
    for (const theme of ['light', 'dark', 'sepia', 'contrast', 'auto']) {
      await setTheme(popup, theme);
      const states: [string, Page, () => Promise<unknown>][] = [
        ['popup', popup, async () => {}],
        ['popup, filters and removed list open', popup, () => openEverything(popup)],
        ['popup, quote expanded', popup, () => popup.locator('.quote-more').first().click()],
        ['popup, typography panel open', popup, () => popup.locator('.typography-button').click()],
        ['popup, filters closed', popup, () => popup.getByRole('button', { name: 'Filters' }).click()],
        ['problem message', problem.popup, async () => {}],
        ['options page', options, async () => {}],
      ];
      for (const [state, page, enter] of states) {
        if ((await page.locator('.quote-more').count()) === 0 && state.includes('quote')) continue;
        await enter();
        expect(await axeViolations(page), `${state}, theme ${theme}`).toEqual([]);
        // A picture of every state in every theme, at two widths, for a person to look at.
        const name = `ui-state-${state.replace(/\W+/g, '-')}-${theme}`;
        const width = page === options ? 800 : 560;
        for (const w of [320, width]) {
          await page.setViewportSize({ width: w, height: 600 });
          await page.screenshot({ path: path.join(ARTIFACTS, `${name}-${w}.png`) });
        }
      }
      await popup.reload();
      await popup.locator('main[aria-busy="false"]').waitFor();
    }
    await Promise.all([
      popup.close(),
      target.close(),
      options.close(),
      problem.popup.close(),
      problem.target.close(),
    ]);
  });
});
