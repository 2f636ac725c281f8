import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PAGE_CLUTTER_HTML } from '../core/page-clutter-page';
import { BROWSERS, type TestTab, useBrowser } from './driver';
import { openPopupFor, openTab, skipReason, useChromium } from './harness';
import { usePageServer } from './page-server';

/**
 * A site whose host permission is removed gets no script: the content script registered for it is
 * unregistered, the site leaves the list, and a reload of its page shows no hiding and no injected style.
 * The permission is withdrawn as a reader does it, in the browser's extension settings (site access "On
 * click"), which fires permissions.onRemoved as permissions.remove() does.
 */
type Chrome = {
  permissions: { remove(p: object): Promise<boolean>; contains(p: object): Promise<boolean> };
  scripting: { getRegisteredContentScripts(f: object): Promise<{ id: string; matches?: string[] }[]> };
  storage: { sync: { get(k: string): Promise<Record<string, { values: { hideOnPage: object } }>> } };
};

describe.skipIf(skipReason)('a site whose permission is removed (chromium)', () => {
  const session = useChromium();
  const site = usePageServer(PAGE_CLUTTER_HTML);

  const registered = () =>
    session.browser.worker.evaluate(() =>
      (globalThis as unknown as { chrome: Chrome }).chrome.scripting.getRegisteredContentScripts({
        ids: ['pith-hide-on-page'],
      }),
    );
  const granted = () =>
    session.browser.worker.evaluate(() =>
      (globalThis as unknown as { chrome: Chrome }).chrome.permissions.contains({
        origins: ['http://127.0.0.1/*'],
      }),
    );
  const sitesOn = () =>
    session.browser.worker.evaluate(
      async () =>
        (await (globalThis as unknown as { chrome: Chrome }).chrome.storage.sync.get('settings')).settings
          ?.values.hideOnPage,
    );
  const marks = (page: Page) =>
    page.evaluate(() => ({
      hiding: document.documentElement.hasAttribute('data-pith-hiding'),
      style: document.getElementById('pith-hide-style') !== null,
      marked: document.querySelectorAll('[data-pith-hide]').length,
    }));

  it('unregisters the script and leaves the reloaded page untouched', async () => {
    const { page, tabId } = await openTab(session.browser, site.url);
    const popup = await openPopupFor(session.browser, tabId);
    await popup.getByRole('switch', { name: 'Also hide on the page' }).click();
    await page.waitForSelector('html[data-pith-hiding]', { state: 'attached' });
    await popup.close();
    await expect.poll(async () => (await registered()).length).toBe(1);
    // While the permission holds, a reload is cleaned by the registered script alone.
    await page.reload();
    await page.waitForSelector('html[data-pith-hiding]', { state: 'attached' });
    expect((await marks(page)).marked).toBeGreaterThan(0);

    // The reader withdraws the site's access in the browser's extension settings ("On click"): the
    // test build's access to 127.0.0.1 is in its manifest, which permissions.remove() may not take away.
    const settingsPage = await session.browser.context.newPage();
    await settingsPage.goto('chrome://extensions/');
    await settingsPage.evaluate(async (extensionId) => {
      const { chrome } = globalThis as unknown as {
        chrome: { developerPrivate: { updateExtensionConfiguration(u: object): Promise<void> } };
      };
      await chrome.developerPrivate.updateExtensionConfiguration({ extensionId, hostAccess: 'ON_CLICK' });
    }, session.browser.extensionId);
    await settingsPage.close();
    expect(await granted()).toBe(false);
    await expect.poll(async () => (await registered()).length).toBe(0);
    await expect.poll(sitesOn).toEqual({});

    await page.reload();
    await page.waitForLoadState('load');
    // Give a script that should not be there time to run (document_idle, then its first pass).
    await page.waitForTimeout(1500);
    expect(await marks(page)).toEqual({ hiding: false, style: false, marked: 0 });
    await page.close();
  });
});

/**
 * The same in Firefox. Firefox's MV3 host permissions may be withdrawn by the reader (about:addons,
 * the add-on's Permissions tab) and by the add-on itself; `permissions.remove()` is what that switch
 * does, and fires permissions.onRemoved the same way. Chromium's variant above goes through its own
 * settings page instead, since Chromium won't let permissions.remove() take a manifest permission.
 */
const firefox = BROWSERS.find((browser) => browser.name === 'firefox')!;
describe.skipIf(firefox.skip)('a site whose permission is removed (firefox)', () => {
  const session = useBrowser('firefox');
  const site = usePageServer(PAGE_CLUTTER_HTML);

  type Scope = { chrome: Chrome };
  const registered = () =>
    session.browser.inExtension(
      async () =>
        (await (globalThis as unknown as Scope).chrome.scripting.getRegisteredContentScripts({})).length,
    );
  const withdraw = () =>
    session.browser.inExtension(() =>
      (globalThis as unknown as Scope).chrome.permissions.remove({ origins: ['http://127.0.0.1/*'] }),
    );
  const granted = () =>
    session.browser.inExtension(() =>
      (globalThis as unknown as Scope).chrome.permissions.contains({ origins: ['http://127.0.0.1/*'] }),
    );
  const sitesOn = () =>
    session.browser.inExtension(
      async () =>
        (await (globalThis as unknown as Scope).chrome.storage.sync.get('settings')).settings?.values
          .hideOnPage,
    );
  const marks = (tab: TestTab) =>
    tab.evaluate(() => ({
      hiding: document.documentElement.hasAttribute('data-pith-hiding'),
      style: document.getElementById('pith-hide-style') !== null,
      marked: document.querySelectorAll('[data-pith-hide]').length,
    }));

  it('unregisters the script and leaves the reloaded page untouched', async () => {
    const tab = await session.browser.openTab(site.url);
    const popup = await session.browser.openPopup(tab.tabId);
    await popup.click({ role: 'switch', name: 'Also hide on the page' });
    await tab.waitFor('html[data-pith-hiding]');
    await popup.close();
    await expect.poll(registered).toBe(1);
    await tab.reload();
    await tab.waitFor('html[data-pith-hiding]');
    expect((await marks(tab)).marked).toBeGreaterThan(0);

    expect(await withdraw()).toBe(true);
    expect(await granted()).toBe(false);
    await expect.poll(registered).toBe(0);
    await expect.poll(sitesOn).toEqual({});

    await tab.reload();
    // Give a script that should not be there time to run (document_idle, then its first pass).
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await marks(tab)).toEqual({ hiding: false, style: false, marked: 0 });
    await tab.close();
  });
});
