import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Locator, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { chromiumArgs } from './chromium-args';
import { withLocalHostAccess } from './extension-copy';

export { chromiumArgs };

/**
 * Shared machinery for the end-to-end tests: the built extension (dist/) in the
 * system Chromium, fixture pages served from 127.0.0.1, and the popup opened as
 * a tab pointed at the page's tab with `?tab=<id>`.
 *
 * Permissions: a popup opened as a tab gets no activeTab grant (only a click on
 * the toolbar button gives one, and headless tests can't click it). So the tests
 * load a copy of dist/ whose manifest also asks for host access to
 * http://127.0.0.1/* — the only difference from the shipped build. See test/e2e/README.md.
 */
export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DIST = path.join(REPO_ROOT, 'dist');
export const CHROMIUM = '/usr/bin/chromium';
export const ARTIFACTS = path.join(REPO_ROOT, 'test-artifacts');

/** Why the e2e suite can't run here, or null when it can. */
export const skipReason: string | null = !existsSync(path.join(DIST, 'manifest.json'))
  ? 'dist/ is missing: run `npm run build` first (npm test does).'
  : !existsSync(CHROMIUM)
    ? `${CHROMIUM} is absent: the e2e tests need the system Chromium.`
    : null;
if (skipReason) console.warn(`[e2e] skipped: ${skipReason}`);

export function fixtureSource(name: string): string {
  return path.join(REPO_ROOT, 'test', 'fixtures', name, 'source.html');
}

export async function readExpected<T>(name: string): Promise<T> {
  return JSON.parse(await readFile(path.join(REPO_ROOT, 'test', 'fixtures', name, 'expected.json'), 'utf8'));
}

/** A copy of a build (dist/ by default) with host access to the fixture server added to its manifest. */
export function testExtensionDir(source = DIST): Promise<{ dir: string; remove: () => Promise<void> }> {
  return withLocalHostAccess(source);
}

export async function newProfileDir(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'pith-profile-'));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

export interface Browser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
}

/** `lang`: the browser's interface language (e.g. 'ar'), for the right-to-left interface tests. */
export async function launch(extensionDir: string, userDataDir: string, lang?: string): Promise<Browser> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: false,
    viewport: { width: 560, height: 600 },
    ...(lang && {
      locale: lang,
      env: { ...process.env, LANGUAGE: lang, LANG: `${lang}.UTF-8`, LC_ALL: `${lang}.UTF-8` },
    }),
    args: chromiumArgs([extensionDir], lang ? [`--lang=${lang}`] : []),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, worker, extensionId: new URL(worker.url()).host };
}

/**
 * Serves test/fixtures/<name>/source.html at /<name>/, a fake PDF at /paper.pdf,
 * and /slow/<name>/ which holds the page back for `slowMs` so the tab is still loading.
 */
export async function startFixtureServer(
  slowMs = 2500,
): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/paper.pdf') {
      response.writeHead(200, { 'content-type': 'application/pdf' });
      response.end('%PDF-1.4\n%%EOF\n');
      return;
    }
    const match = /^\/(slow\/)?([a-z0-9-]+)\/$/.exec(url.pathname);
    const file = match ? fixtureSource(match[2]!) : null;
    if (!file || !existsSync(file)) {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
      return;
    }
    const html = await readFile(file, 'utf8');
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    if (match?.[1]) {
      const head = html.indexOf('<body');
      response.write(html.slice(0, head));
      await new Promise((resolve) => setTimeout(resolve, slowMs));
      response.end(html.slice(head));
    } else {
      response.end(html);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

type TabInfo = { id?: number; url?: string; pendingUrl?: string };

/** All tabs as the extension sees them (urls only where it has host access). */
function listTabs(browser: Browser): Promise<TabInfo[]> {
  return browser.worker.evaluate(async () => {
    type Tab = { id?: number; url?: string; pendingUrl?: string };
    const { chrome } = globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Tab[]> } } };
    return (await chrome.tabs.query({})).map(({ id, url, pendingUrl }) => ({ id, url, pendingUrl }));
  });
}

/** The Chrome tab id of a page whose URL the extension may see. */
export async function tabIdOf(browser: Browser, page: Page): Promise<number> {
  const url = page.url();
  const id = (await listTabs(browser)).find((tab) => tab.url === url || tab.pendingUrl === url)?.id;
  if (id === undefined) throw new Error(`No tab found for ${url}`);
  return id;
}

/**
 * Opens `url` in a new tab created by the extension itself, so its Chrome tab id
 * is known even for pages whose URL the extension may not see (chrome://version).
 */
export async function openTab(
  browser: Browser,
  url: string,
  waitUntil: 'load' | 'commit' = 'load',
): Promise<{ page: Page; tabId: number }> {
  const [page, tabId] = await Promise.all([
    browser.context.waitForEvent('page'),
    browser.worker.evaluate(async (target) => {
      type Tab = { id?: number };
      const { chrome } = globalThis as unknown as { chrome: { tabs: { create(p: object): Promise<Tab> } } };
      return (await chrome.tabs.create({ url: target })).id!;
    }, url),
  ]);
  if (waitUntil === 'load') await page.waitForLoadState('load');
  return { page, tabId };
}

export function popupUrl(browser: Browser, tabId: number): string {
  return `chrome-extension://${browser.extensionId}/src/popup/index.html?tab=${tabId}`;
}

export function optionsUrl(browser: Browser): string {
  return `chrome-extension://${browser.extensionId}/src/options/index.html`;
}

/** Opens a page, then the popup reading it; waits until the popup has finished reading. */
export async function openReader(browser: Browser, url: string): Promise<{ target: Page; popup: Page }> {
  const { page: target, tabId } = await openTab(browser, url);
  const popup = await openPopupFor(browser, tabId);
  return { target, popup };
}

const pageErrors = new WeakMap<Page, string[]>();

/** Console errors and uncaught exceptions of a page opened by `openPopupFor`. */
export function errorsOf(page: Page): string[] {
  return pageErrors.get(page) ?? [];
}

export async function openPopupFor(browser: Browser, tabId: number): Promise<Page> {
  const popup = await browser.context.newPage();
  const errors: string[] = [];
  pageErrors.set(popup, errors);
  popup.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  popup.on('pageerror', (error) => errors.push(error.message));
  await popup.goto(popupUrl(browser, tabId));
  await waitUntilRead(popup);
  return popup;
}

export async function waitUntilRead(popup: Page): Promise<void> {
  await popup.locator('main[aria-busy="false"]').waitFor({ timeout: 15_000 });
}

/** The text as rendered (Playwright's innerText: what a reader sees, with line breaks). */
export function visibleText(locator: Locator, timeout?: number): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: this is Playwright's Locator, and rendered text is the point.
  return locator.innerText({ timeout });
}

/**
 * Opens the real toolbar popup (chrome.action.openPopup, Chrome 127+) over the
 * given page, and returns a function giving the text of its <main>. Playwright
 * doesn't expose action popups as pages, so the text is read through another
 * extension page (`extension.getViews({ type: 'popup' })`, same origin).
 * Note: openPopup is not a click, so it grants no activeTab.
 */
export async function openToolbarPopup(browser: Browser, page: Page): Promise<() => Promise<string>> {
  const viewer = await browser.context.newPage();
  await viewer.goto(optionsUrl(browser));
  await page.bringToFront();
  await browser.worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as { chrome: { action: { openPopup(): Promise<void> } } };
    await chrome.action.openPopup();
  });
  return () =>
    viewer.evaluate(() => {
      const { chrome } = globalThis as unknown as {
        chrome: { extension: { getViews(q: object): Window[] } };
      };
      const [popup] = chrome.extension.getViews({ type: 'popup' });
      const main = popup?.document.querySelector('main[aria-busy="false"]');
      return main?.textContent ?? '';
    });
}

export interface ChromiumSession {
  readonly server: Awaited<ReturnType<typeof startFixtureServer>>;
  readonly browser: Browser;
  /** Closes the browser and starts it again on the same profile (settings must survive this). */
  restart(): Promise<void>;
}

/**
 * For one describe block: the fixture server, the test build of the extension and a
 * fresh profile, launched before its tests and cleaned up after them.
 */
export function useChromium(options: { slowMs?: number; lang?: string } = {}): ChromiumSession {
  let server: Awaited<ReturnType<typeof startFixtureServer>>;
  let extension: Awaited<ReturnType<typeof testExtensionDir>>;
  let profile: Awaited<ReturnType<typeof newProfileDir>>;
  let browser: Browser;
  beforeAll(async () => {
    [server, extension, profile] = await Promise.all([
      startFixtureServer(options.slowMs),
      testExtensionDir(),
      newProfileDir(),
    ]);
    browser = await launch(extension.dir, profile.dir, options.lang);
  });
  afterAll(async () => {
    await browser?.context.close();
    await Promise.all([server?.close(), extension?.remove(), profile?.remove()]);
  });
  return {
    get server() {
      return server;
    },
    get browser() {
      return browser;
    },
    async restart() {
      await browser.context.close();
      browser = await launch(extension.dir, profile.dir, options.lang);
    },
  };
}
