import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, openTab, optionsUrl, skipReason, useChromium, visibleText } from './harness';

/**
 * The shortcut and the context menu item. Headless Chromium neither delivers extension
 * keyboard shortcuts pressed in a page nor shows context menus, so the tests check what the
 * browser registered (commands, their keys) and then call the one function both listeners
 * call, from the background, on a real tab.
 */
describe.skipIf(skipReason)('shortcuts and "Read with Pith" (Chromium)', () => {
  const session = useChromium();

  it('registers Alt+Shift+K for the popup (Chromium 156 refuses Alt+Shift+R and P) and a second shortcut for the reader', async () => {
    const manifest = JSON.parse(await readFile(path.join(DIST, 'manifest.json'), 'utf8'));
    expect(manifest.permissions).toEqual(['activeTab', 'scripting', 'storage', 'contextMenus']);
    const commands = await session.browser.worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as {
        chrome: { commands: { getAll(): Promise<{ name: string; shortcut: string }[]> } };
      };
      return (await chrome.commands.getAll()).map(({ name, shortcut }) => ({ name, shortcut }));
    });
    expect(commands).toEqual(
      expect.arrayContaining([
        { name: '_execute_action', shortcut: 'Alt+Shift+K' },
        { name: 'open-reader', shortcut: 'Alt+Shift+L' },
      ]),
    );
    // The options page lists them.
    const options = await session.browser.context.newPage();
    await options.goto(optionsUrl(session.browser));
    await expect
      .poll(() => options.locator('.shortcut kbd').allInnerTexts())
      .toEqual(['Alt+Shift+K', 'Alt+Shift+L']);
    await options.close();
  });

  it('opens the reader on the tab, as the reader shortcut and the menu item do', async () => {
    const { page, tabId } = await openTab(session.browser, `${session.server.origin}/nissan/`);
    const [reader] = await Promise.all([
      session.browser.context.waitForEvent('page'),
      session.browser.worker.evaluate(
        (id) =>
          (globalThis as unknown as { pithOpenReaderForTab(id: number): Promise<void> }).pithOpenReaderForTab(
            id,
          ),
        tabId,
      ),
    ]);
    await reader.locator('main[aria-busy="false"] .article-body').waitFor();
    expect(reader.url()).toContain('/src/reader/index.html?id=');
    await expect(visibleText(reader.locator('.article-header h1'))).resolves.toMatch(
      /^Nissan open to building cars/,
    );
    await Promise.all([reader.close(), page.close()]);
  });

  it('opens the popup page, which explains, on a tab it cannot read', async () => {
    const { page, tabId } = await openTab(session.browser, `${session.server.origin}/no-article/`);
    const [explainer] = await Promise.all([
      session.browser.context.waitForEvent('page'),
      session.browser.worker.evaluate(
        (id) =>
          (globalThis as unknown as { pithOpenReaderForTab(id: number): Promise<void> }).pithOpenReaderForTab(
            id,
          ),
        tabId,
      ),
    ]);
    await explainer.locator('main[aria-busy="false"]').waitFor();
    await expect(visibleText(explainer.locator('.problem h1'))).resolves.toBe(
      'This page doesn’t look like an article',
    );
    await Promise.all([explainer.close(), page.close()]);
  });
});
