import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PROBLEM_MESSAGES } from '../../src/ui/problems';
import {
  type Browser,
  errorsOf,
  launch,
  newProfileDir,
  openPopupFor,
  openReader,
  openTab,
  popupUrl,
  skipReason,
  startFixtureServer,
  testExtensionDir,
  visibleText,
  waitUntilRead,
} from './harness';

const SLOW_MS = 2500;

describe.skipIf(skipReason)('pages Pith cannot read give a clear message (Chromium)', () => {
  let server: Awaited<ReturnType<typeof startFixtureServer>>;
  let extension: Awaited<ReturnType<typeof testExtensionDir>>;
  let profile: Awaited<ReturnType<typeof newProfileDir>>;
  let browser: Browser;

  beforeAll(async () => {
    [server, extension, profile] = await Promise.all([
      startFixtureServer(SLOW_MS),
      testExtensionDir(),
      newProfileDir(),
    ]);
    browser = await launch(extension.dir, profile.dir);
  });
  afterAll(async () => {
    await browser?.context.close();
    await Promise.all([server?.close(), extension?.remove(), profile?.remove()]);
  });

  // A friendly message, and nothing in the console either.
  const opened = new Set<Page>();
  afterEach(() => {
    for (const popup of opened) expect(errorsOf(popup)).toEqual([]);
    opened.clear();
  });
  const heading = (popup: Page) => {
    opened.add(popup);
    return visibleText(popup.locator('.problem h1'), 5000);
  };

  it('says a page with no article does not look like one', async () => {
    const { popup } = await openReader(browser, `${server.origin}/no-article/`);
    expect(await heading(popup)).toBe(PROBLEM_MESSAGES['no-article'].title);
    expect(await visibleText(popup.getByRole('status'))).toBe(PROBLEM_MESSAGES['no-article'].title);
  });

  it.each(['chrome://version/', 'about:blank'])('says it cannot read the browser page %s', async (url) => {
    const { popup } = await openReader(browser, url);
    // about:blank's URL is hidden from an extension without access, so it may be
    // reported as "no access" rather than "internal": both say Pith can't read it.
    expect(await heading(popup)).toBe('Pith can’t read this page');
  });

  it('says a PDF is a PDF', async () => {
    const { popup } = await openReader(browser, `${server.origin}/paper.pdf`);
    expect(await heading(popup)).toBe(PROBLEM_MESSAGES.pdf.title);
  });

  it('says a page is still loading, then reads it once it has loaded', async () => {
    // Don't wait for the load: the server holds the body back.
    const { tabId } = await openTab(browser, `${server.origin}/slow/nissan/`, 'commit');
    const popup = await browser.context.newPage();
    await popup.goto(popupUrl(browser, tabId));
    await expect.poll(() => heading(popup)).toBe(PROBLEM_MESSAGES.loading.title);
    await popup.locator('.article-body').waitFor({ timeout: SLOW_MS + 10_000 });
    await waitUntilRead(popup);
    expect(await visibleText(popup.locator('.article-body'))).toContain('Espinosa');
  });

  it('says there is no page when the tab is gone', async () => {
    const { page: target, tabId } = await openTab(browser, `${server.origin}/nissan/`);
    await target.close();
    const popup = await openPopupFor(browser, tabId);
    expect(await heading(popup)).toBe(PROBLEM_MESSAGES['no-tab'].title);
  });
});
