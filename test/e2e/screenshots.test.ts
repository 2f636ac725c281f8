import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS } from './driver';
import { ARTIFACTS, openReader, optionsUrl, useChromium } from './harness';

const skip = BROWSERS.find((b) => b.name === 'chromium')!.skip;

/**
 * Pictures of the popup for a human to look at (test-artifacts/, not committed).
 * Chromium only: the pictures are for reviewing the design, and one browser's are enough;
 * Firefox runs every behaviour test in the same files as Chromium (see driver/).
 */
describe.skipIf(skip)('popup screenshots (Chromium)', () => {
  const session = useChromium();

  beforeAll(async () => {
    await mkdir(ARTIFACTS, { recursive: true });
  });

  it('captures the popup in light and dark, a problem message, and the options page', async () => {
    const { popup } = await openReader(session.browser, `${session.server.origin}/nissan/`);
    await popup.setViewportSize({ width: 560, height: 600 });
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      const background = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
      // Dark really is dark: the page background's brightness flips with the scheme.
      const [r = 0, g = 0, b = 0] = background.match(/\d+/g)!.map(Number);
      expect((r + g + b) / 3 > 128).toBe(scheme === 'light');
      await popup.screenshot({ path: path.join(ARTIFACTS, `popup-${scheme}.png`) });
    }
    await popup.emulateMedia({ colorScheme: 'light' });
    await popup.locator('.reader').evaluate((el) => el.scrollTo(0, 900));
    await popup.screenshot({ path: path.join(ARTIFACTS, 'popup-scrolled.png') });
    // The article scrolled; the controls stayed where they were.
    expect(await popup.locator('.reader').evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    expect(await popup.locator('.topbar').boundingBox()).toMatchObject({ y: 0 });

    await popup.locator('.removed summary').click();
    await popup.screenshot({ path: path.join(ARTIFACTS, 'popup-removed.png') });
    await popup.getByRole('button', { name: 'Filters' }).click();
    await popup.screenshot({ path: path.join(ARTIFACTS, 'popup-filters-closed.png') });
    await popup.getByRole('button', { name: 'Filters' }).click();

    const noArticle = await openReader(session.browser, 'chrome://version/');
    await noArticle.popup.setViewportSize({ width: 560, height: 600 });
    await noArticle.popup.screenshot({ path: path.join(ARTIFACTS, 'popup-problem.png') });

    const options = await session.browser.context.newPage();
    await options.setViewportSize({ width: 900, height: 800 });
    await options.goto(optionsUrl(session.browser));
    await options.getByRole('switch').first().waitFor();
    await options.screenshot({ path: path.join(ARTIFACTS, 'options.png') });
  });
});
