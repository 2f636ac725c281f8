// biome-ignore-all lint/performance/useDomNodeTextContent: rendered text (innerText) is what a reader sees, and the point here.
import type { ElementHandle, Page } from 'playwright-core';
import {
  type Browser,
  launch,
  openTab as openChromeTab,
  optionsUrl,
  popupUrl,
  waitUntilRead,
} from '../harness';
import { activateAndOpenPopup, findControl, toolbarPopupText } from './dom';
import type { Target, TestBrowser, TestPage } from './types';

/**
 * Chromium through playwright-core (see harness.ts for the launch): the service
 * worker is the extension context, and the extension's own `tabs.create` gives tab ids.
 */
export async function launchChromium(extensionDir: string, profileDir: string) {
  const browser = await launch(extensionDir, profileDir);
  return { driver: chromiumDriver(browser), close: () => browser.context.close() };
}

export function chromiumDriver(browser: Browser): TestBrowser {
  const newPage = async (url: string) => {
    const page = await browser.context.newPage();
    const wrapped = wrapPage(page);
    await page.goto(url);
    return wrapped;
  };
  return {
    name: 'chromium',
    async openTab(url, waitUntil = 'load') {
      const { page, tabId } = await openChromeTab(browser, url, waitUntil);
      return {
        tabId,
        evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
        async waitFor(selector, timeout) {
          await page.locator(selector).first().waitFor({ state: 'attached', timeout });
        },
        async reload() {
          await page.reload({ waitUntil: 'load' });
        },
        hover: (selector) => page.locator(selector).first().hover(),
        click: (selector) => page.locator(selector).first().click(),
        press: (key) => page.keyboard.press(key),
        bringToFront: () => page.bringToFront(),
        close: () => page.close(),
      };
    },
    async openPopup(tabId, { wait = true } = {}) {
      const popup = await newPage(popupUrl(browser, tabId));
      if (wait) await popup.waitUntilRead();
      return popup;
    },
    async openOptions() {
      const options = await newPage(optionsUrl(browser));
      await options.waitFor('[role="switch"]');
      return options;
    },
    async openToolbarPopup(tabId) {
      // The service worker has no extension.getViews: read the popup from an extension page.
      const viewer = await browser.context.newPage();
      await viewer.goto(optionsUrl(browser));
      await browser.worker.evaluate(activateAndOpenPopup, tabId);
      return () => viewer.evaluate(toolbarPopupText);
    },
    inExtension: (fn, arg) => browser.worker.evaluate(fn as never, arg) as never,
  };
}

function wrapPage(page: Page): TestPage {
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const element = async (target: Target): Promise<ElementHandle<Element>> => {
    if (typeof target === 'string') {
      await page.locator(target).first().waitFor({ state: 'attached' });
      return (await page.$(target))!;
    }
    const handle = (await page.evaluateHandle(findControl, target)).asElement();
    if (!handle) throw new Error(`No ${target.role} named "${target.name}"`);
    return handle as ElementHandle<Element>;
  };
  return {
    errors,
    dialogs,
    async text(selector, timeout) {
      await page.locator(selector).first().waitFor({ state: 'attached', timeout });
      return page
        .locator(selector)
        .first()
        .evaluate((el) => (el as HTMLElement).innerText);
    },
    texts: (selector) =>
      page.locator(selector).evaluateAll((els) => els.map((el) => (el as HTMLElement).innerText)),
    async waitFor(selector, timeout) {
      await page.locator(selector).first().waitFor({ state: 'attached', timeout });
    },
    waitUntilRead: () => waitUntilRead(page),
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
      for (const link of await page.locator(selector).all()) await link.hover().catch(() => {});
    },
    press: (key) => page.keyboard.press(key),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}
