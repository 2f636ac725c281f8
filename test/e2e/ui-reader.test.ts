import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS, openReader, REPO_ROOT, skipReason, useChromium, visibleText } from './harness';
import { axeViolations, horizontalOverflow, setTheme, WIDTHS } from './ui-helpers';

/**
 * The full-tab reader, opened from the popup: the same extraction, shown at once; its
 * place kept across reloads; a switch re-reads the page only while the tab still shows
 * it; an unknown id says the article expired; it fits every width and passes axe.
 */
describe.skipIf(skipReason)('full-tab reader (Chromium)', () => {
  const session = useChromium();

  async function openFullReader(): Promise<{ reader: Page; target: Page; popup: Page }> {
    const { popup, target } = await openReader(session.browser, `${session.server.origin}/nissan/`);
    const [reader] = await Promise.all([
      session.browser.context.waitForEvent('page'),
      popup.getByRole('button', { name: 'Open in reader' }).click(),
    ]);
    await reader.locator('main[aria-busy="false"] .article-body').waitFor();
    return { reader, target, popup };
  }

  it('shows the popup’s article, with quotes and removed list, without reading the page again', async () => {
    const { reader, target, popup } = await openFullReader();
    expect(reader.url()).toMatch(/\/src\/reader\/index\.html\?id=[\w-]+$/);
    const popupText = await visibleText(popup.locator('.article-body'));
    expect(await visibleText(reader.locator('.article-body'))).toBe(popupText);
    expect(await reader.locator('.quotes .speaker-name').allInnerTexts()).toContain('Ivan Espinosa');
    await expect(visibleText(reader.locator('.removed summary'))).resolves.toMatch(/^Removed \d/);
    expect(await reader.locator('a.reader-source').getAttribute('href')).toBe(target.url());
    // How soon the article was on screen, from the page's own clock (printed, not asserted).
    const shownMs = await reader.evaluate(
      () => performance.getEntriesByName('pith-article-shown')[0]?.startTime ?? Number.NaN,
    );
    console.log(`[reader] article shown ${shownMs.toFixed(0)} ms after navigation start (loaded machine)`);
    await reader.setViewportSize({ width: 800, height: 700 });
    await reader.screenshot({ path: path.join(ARTIFACTS, 'ui-reader-800.png') });
    await Promise.all([reader.close(), popup.close(), target.close()]);
  });

  it('restores the reading position after a reload, and shows progress', async () => {
    const { reader, target, popup } = await openFullReader();
    await reader.setViewportSize({ width: 560, height: 500 });
    // (Pictures change the page's height as they load: measure once it has settled, or a busy
    // machine scrolls to a half that is no longer half. Not "every picture loaded": a lazy one
    // far below never loads.)
    let height = -1;
    await expect
      .poll(
        async () => {
          const now = await reader.evaluate(() => document.documentElement.scrollHeight);
          const settled = now === height;
          height = now;
          return settled;
        },
        { interval: 300, timeout: 10_000 },
      )
      .toBe(true);
    const room = await reader.evaluate(() => document.documentElement.scrollHeight - innerHeight);
    expect(room).toBeGreaterThan(400);
    await reader.evaluate((y) => window.scrollTo(0, y), Math.round(room / 2));
    await expect
      .poll(() => reader.locator('progress').evaluate((p: HTMLProgressElement) => p.value))
      .toBe(50);
    // The first paragraph in view below the sticky bar, before and after the reload.
    const firstInView = () =>
      reader.evaluate(() => {
        const top = document.querySelector('.reader-top')!.getBoundingClientRect().bottom;
        const blocks = [...document.querySelectorAll('.article-body > *')];
        return blocks.find((el) => el.getBoundingClientRect().bottom > top + 1)?.textContent ?? '';
      });
    const before = await firstInView();
    expect(before).not.toBe('');
    await reader.waitForTimeout(600); // the position is saved a moment after scrolling stops
    await reader.reload();
    await reader.locator('main[aria-busy="false"] .article-body').waitFor();
    await expect.poll(firstInView).toBe(before);
    // Not at the top any more (the exact fraction moves as images load).
    expect(await reader.locator('progress').evaluate((p: HTMLProgressElement) => p.value)).toBeGreaterThan(5);
    await Promise.all([reader.close(), popup.close(), target.close()]);
  });

  it('re-reads on a switch while the tab shows the page, and says so once it has moved on', async () => {
    const { reader, target, popup } = await openFullReader();
    await popup.close();
    const before = await visibleText(reader.locator('.article-body'));
    await reader.getByRole('button', { name: 'Filters' }).click();
    await reader.getByRole('switch', { name: 'Ads and sponsored blocks' }).uncheck();
    await expect.poll(() => visibleText(reader.locator('.article-body'))).not.toBe(before);
    await reader.locator('main[aria-busy="false"]').waitFor();

    await target.goto(`${session.server.origin}/charity-story/`);
    const now = await visibleText(reader.locator('.article-body'));
    await reader.getByRole('switch', { name: 'Ads and sponsored blocks' }).check();
    await expect.poll(() => reader.locator('.reader-notice').count()).toBe(1);
    expect(await visibleText(reader.locator('.article-body'))).toBe(now);
    await Promise.all([reader.close(), target.close()]);
  });

  it('downloads the Markdown the golden file holds, and copies text and Markdown', async () => {
    const { reader, target, popup } = await openFullReader();
    await reader.getByRole('button', { name: 'Export' }).click();
    const [download] = await Promise.all([
      reader.waitForEvent('download'),
      reader.getByRole('button', { name: 'Download .md' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(
      'nissan-open-to-building-cars-for-chinese-brands-in-sunderland-says-ceo.md',
    );
    const markdown = await readFile((await download.path())!, 'utf8');
    // The golden file was made from the same page, read at its published address (so its
    // relative links resolve there) and exported with another source URL.
    const golden = await readFile(path.join(REPO_ROOT, 'test', 'ui', 'golden', 'nissan.md'), 'utf8');
    const normalised = markdown
      .replace(target.url(), 'https://news.example/nissan-sunderland')
      .replaceAll(session.server.origin, 'https://www.independent.co.uk');
    expect(normalised).toBe(golden);

    // Read the clipboard back the way a reader would: paste it (Ctrl+V) into a text box.
    const clipboard = async () => {
      await reader.evaluate(() => {
        const box = document.createElement('textarea');
        box.id = 'paste-box';
        document.body.append(box);
        box.focus();
      });
      await reader.keyboard.press('Control+V');
      return reader.evaluate(() => {
        const box = document.getElementById('paste-box') as HTMLTextAreaElement;
        box.remove();
        return box.value;
      });
    };
    await reader.getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect.poll(() => reader.locator('.export-status').textContent()).toBe('Copied to the clipboard');
    expect((await clipboard()).replace(/\r\n/g, '\n')).toBe(markdown);
    await reader.getByRole('button', { name: 'Copy as text' }).click();
    await expect.poll(clipboard).toMatch(/^Nissan open to building cars/);
    expect(await clipboard()).not.toContain('](');
    await Promise.all([reader.close(), popup.close(), target.close()]);
  });

  it('prints the article alone: no controls, every quote in full', async () => {
    const { reader, target, popup } = await openFullReader();
    await reader.emulateMedia({ media: 'print' });
    for (const selector of ['.reader-bar', '.reader-panels', '.quote-more', '.skip-link'])
      expect(await reader.locator(selector).first().isVisible(), selector).toBe(false);
    expect(await reader.locator('.article-body').isVisible()).toBe(true);
    await reader.pdf({ path: path.join(ARTIFACTS, 'ui-reader-print.pdf') });
    await reader.emulateMedia({ media: 'screen' });
    expect(await reader.locator('.reader-bar').isVisible()).toBe(true);
    await Promise.all([reader.close(), popup.close(), target.close()]);
  });

  it('says the article has expired for an unknown id', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(
      `chrome-extension://${session.browser.extensionId}/src/reader/index.html?id=nothing-here`,
    );
    await expect(visibleText(page.locator('main h1'))).resolves.toBe('This article has expired');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('fits every width and passes axe in every theme and state', async () => {
    const { reader, target, popup } = await openFullReader();
    for (const width of WIDTHS) {
      await reader.setViewportSize({ width, height: 700 });
      await expect.poll(() => horizontalOverflow(reader), { message: `reader at ${width}` }).toEqual([]);
      if (width === 320) await reader.screenshot({ path: path.join(ARTIFACTS, 'ui-reader-320.png') });
    }
    for (const theme of ['light', 'dark', 'sepia', 'contrast']) {
      await setTheme(reader, theme);
      expect(await axeViolations(reader), `reader, ${theme}`).toEqual([]);
      await reader.locator('.typography-button').click();
      await reader.locator('.removed summary').click();
      expect(await axeViolations(reader), `reader with panels, ${theme}`).toEqual([]);
      await reader.getByRole('button', { name: 'Export' }).click();
      expect(await axeViolations(reader), `reader with export panel, ${theme}`).toEqual([]);
      await reader.getByRole('button', { name: 'Export' }).click();
      await reader.locator('.typography-button').click();
      await reader.locator('.removed summary').click();
    }
    await Promise.all([reader.close(), popup.close(), target.close()]);
  });
});
