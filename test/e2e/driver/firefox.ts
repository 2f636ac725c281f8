// biome-ignore-all lint/performance/useDomNodeTextContent: rendered text (innerText) is what a reader sees, and the point here.
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { activateAndOpenPopup, findControl, toolbarPopupText } from './dom';
import type { Target, TestBrowser, TestPage } from './types';

/**
 * Firefox ESR through puppeteer-core over WebDriver BiDi (Firefox's own remote
 * agent: no geckodriver, no downloaded browser).
 *
 * How it differs from Chromium, and what the driver does about it:
 * - The extension is installed as a temporary add-on (`installExtension`), which
 *   Firefox removes at shutdown. A restart therefore installs it again on the same
 *   profile, with the prefs that keep its uuid and storage across that reinstall,
 *   which is what a restart with a permanently installed add-on keeps anyway.
 * - Firefox MV3 runs the background as an event page, not a service worker, and
 *   BiDi exposes no handle on it: `inExtension` runs in an extension page (the
 *   options page, kept open in its own tab) instead.
 * - The extension's origin is moz-extension://<uuid>/, random per profile unless
 *   fixed: the `extensions.webextensions.uuids` pref fixes it.
 * - `page.goto` to a moz-extension:// page may never resolve; BiDi's own
 *   navigate(url, 'complete') does. `--remote-allow-system-access` lets a tab load them.
 * - Tab ids: BiDi's browsing contexts are not the extension's tab ids; the driver
 *   takes the one id that `tabs.query` gains when it opens a tab.
 */
export const FIREFOX = '/usr/bin/firefox-esr';

/** The moz-extension:// uuid to give the add-on; keep it for every launch on one profile. */
export const newExtensionUuid = (): string => randomUUID();

export async function launchFirefox(extensionDir: string, profileDir: string, uuid: string) {
  const manifest = JSON.parse(await readFile(path.join(extensionDir, 'manifest.json'), 'utf8'));
  const geckoId: string = manifest.browser_specific_settings.gecko.id;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profileDir,
    defaultViewport: { width: 560, height: 600 },
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
      'extensions.webextensions.keepUuidOnUninstall': true,
      'extensions.webextensions.keepStorageOnUninstall': true,
      // The tests keep several pages open at once, most in background tabs, where Firefox
      // clamps timers and frames (Preact applies effects after a frame or a timer); a reader's
      // popup is always in front, so don't slow the tests by it.
      'dom.min_background_timeout_value': 4,
      'dom.timeout.enable_budget_throttling': false,
      'layout.throttled_frame_rate': 60,
    },
  });
  await browser.installExtension(extensionDir);
  const control = await openExtensionPage(browser, `moz-extension://${uuid}/src/options/index.html`);
  return {
    driver: firefoxDriver(browser, control, `moz-extension://${uuid}`),
    close: () => browser.close(),
  };
}

async function openExtensionPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  await navigate(page, url, 'complete');
  return page;
}

/** BiDi's browsingContext.navigate, which (unlike page.goto) also settles for moz-extension:// pages. */
function navigate(page: Page, url: string, wait: 'none' | 'complete'): Promise<unknown> {
  const frame = page.mainFrame() as unknown as {
    browsingContext: { navigate(url: string, wait: string): Promise<unknown> };
  };
  return frame.browsingContext.navigate(url, wait);
}

function firefoxDriver(browser: Browser, control: Page, base: string): TestBrowser {
  const tabIds = () =>
    control.evaluate(async () => {
      const { chrome } = globalThis as unknown as {
        chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } };
      };
      return (await chrome.tabs.query({})).map((tab) => tab.id!);
    });
  /** The id of the one tab that `open` adds (tab ids are hidden from BiDi; URLs may be hidden from the extension). */
  const newTabId = async (open: () => Promise<Page>): Promise<{ page: Page; tabId: number }> => {
    const before = new Set(await tabIds());
    const page = await open();
    for (let attempt = 0; attempt < 50; attempt++) {
      const added = (await tabIds()).filter((id) => !before.has(id));
      if (added.length === 1) return { page, tabId: added[0]! };
      if (added.length > 1) throw new Error(`Expected one new tab, found ${added.length}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('The new tab never showed up in tabs.query');
  };
  const newPage = async (url: string) => {
    const page = await browser.newPage();
    const wrapped = wrapPage(page);
    await navigate(page, url, 'complete');
    return wrapped;
  };
  return {
    name: 'firefox',
    async openTab(url, waitUntil = 'load') {
      const { page, tabId } = await newTabId(() => browser.newPage());
      await navigate(page, url, waitUntil === 'load' ? 'complete' : 'none');
      return {
        tabId,
        evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
        async waitFor(selector, timeout) {
          await page.waitForSelector(selector, { timeout });
        },
        async reload() {
          await page.reload({ waitUntil: 'load' });
        },
        hover: (selector) => page.hover(selector),
        click: (selector) => page.click(selector),
        press: (key) => page.keyboard.press(key),
        bringToFront: () => page.bringToFront(),
        close: () => page.close(),
      };
    },
    async openPopup(tabId, { wait = true } = {}) {
      const popup = await newPage(`${base}/src/popup/index.html?tab=${tabId}`);
      if (wait) await popup.waitUntilRead();
      return popup;
    },
    async openOptions() {
      const options = await newPage(`${base}/src/options/index.html`);
      await options.waitFor('[role="switch"]');
      return options;
    },
    async openToolbarPopup(tabId) {
      await control.evaluate(activateAndOpenPopup, tabId);
      return () => control.evaluate(toolbarPopupText);
    },
    inExtension: (fn, arg) => control.evaluate(fn as never, arg) as never,
  };
}

function wrapPage(page: Page): TestPage {
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error instanceof Error ? error.message : String(error)));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const element = async (target: Target): Promise<ElementHandle<Element>> => {
    if (typeof target === 'string') return (await page.waitForSelector(target))!;
    const handle = (await page.evaluateHandle(findControl, target)).asElement();
    if (!handle) throw new Error(`No ${target.role} named "${target.name}"`);
    return handle as ElementHandle<Element>;
  };
  return {
    errors,
    dialogs,
    async text(selector, timeout) {
      const handle = await page.waitForSelector(selector, { timeout });
      return handle!.evaluate((el) => (el as HTMLElement).innerText);
    },
    texts: (selector) => page.$$eval(selector, (els) => els.map((el) => (el as HTMLElement).innerText)),
    async waitFor(selector, timeout) {
      await page.waitForSelector(selector, { timeout });
    },
    async waitUntilRead() {
      await page.waitForSelector('main[aria-busy="false"]', { timeout: 15_000 });
    },
    async isChecked(control) {
      return (await element(control)).evaluate((el) => (el as HTMLInputElement).checked);
    },
    async click(target) {
      await (await element(target)).click();
    },
    async focus(target) {
      await (await element(target)).evaluate((el) => (el as HTMLElement).focus());
    },
    async hoverAll(selector) {
      for (const link of await page.$$(selector)) await link.hover().catch(() => {});
    },
    // BiDi names keys by the character they type: Space is ' '.
    press: (key) => page.keyboard.press(key === 'Space' ? ' ' : key),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}
