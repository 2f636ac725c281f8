import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, openReader, optionsUrl, REPO_ROOT, skipReason } from './harness';
import {
  axeViolations,
  horizontalOverflow,
  languageSkipReason,
  useChromiumInLanguage,
  WIDTHS,
  ZOOM_200,
} from './ui-helpers';

const ar = JSON.parse(readFileSync(path.join(REPO_ROOT, '_locales', 'ar', 'messages.json'), 'utf8'));

/** Chromium with an Arabic interface: the popup speaks Arabic, runs right to left, and still fits. */
const skip = skipReason ?? languageSkipReason('ar');
if (skip && !skipReason) console.warn(`[e2e] Arabic interface test skipped: ${skip}`);

describe.skipIf(skip)('the popup in an Arabic browser (Chromium --lang=ar)', () => {
  const session = useChromiumInLanguage('ar');

  it('is in Arabic, right to left, fits every width and passes axe', async () => {
    const { popup, target } = await openReader(session.browser, `${session.server.origin}/nissan/`);
    expect(await popup.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(
      ['ar', 'rtl'],
    );
    expect(await popup.locator('.skip-link').textContent()).toBe(ar.skipToArticle.message);
    await expect(popup.locator('.removed summary').textContent()).resolves.toMatch(/^أُزيل/);
    // The English article keeps its own direction inside the Arabic interface.
    expect(await popup.locator('article').getAttribute('dir')).toBe('ltr');
    await popup.locator('.removed summary').click();
    for (const size of [...WIDTHS.map((width) => ({ width, height: 600 })), ZOOM_200]) {
      await popup.setViewportSize(size);
      await expect
        .poll(() => horizontalOverflow(popup), { message: `${size.width}×${size.height}` })
        .toEqual([]);
      if (size.width === 320 || size.width === 560)
        await popup.screenshot({ path: path.join(ARTIFACTS, `ui-popup-ar-interface-${size.width}.png`) });
    }
    // The bar starts on the right in a right-to-left interface: the logo is at the right end.
    const bar = (await popup.locator('.topbar').boundingBox())!;
    const logo = (await popup.locator('.topbar .logo').boundingBox())!;
    expect(logo.x - bar.x).toBeGreaterThan(bar.width / 2);
    expect(await axeViolations(popup)).toEqual([]);

    // The reader and the options page too.
    await popup.setViewportSize({ width: 560, height: 600 });
    const [reader] = await Promise.all([
      session.browser.context.waitForEvent('page'),
      popup.getByRole('button', { name: ar.openInReader.message }).click(),
    ]);
    await reader.locator('main[aria-busy="false"] .article-body').waitFor();
    const options = await session.browser.context.newPage();
    await options.goto(optionsUrl(session.browser));
    await options.getByRole('switch').first().waitFor();
    for (const [name, page] of [
      ['reader', reader],
      ['options', options],
    ] as const) {
      expect(await page.evaluate(() => document.documentElement.dir), name).toBe('rtl');
      for (const width of [320, 800]) {
        await page.setViewportSize({ width, height: 700 });
        await expect.poll(() => horizontalOverflow(page), { message: `${name} at ${width}` }).toEqual([]);
        await page.screenshot({ path: path.join(ARTIFACTS, `ui-${name}-ar-interface-${width}.png`) });
      }
      expect(await axeViolations(page), name).toEqual([]);
    }
    await Promise.all([popup.close(), target.close(), reader.close(), options.close()]);
  });
});
