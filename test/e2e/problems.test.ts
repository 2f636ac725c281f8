import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { PROBLEM_MESSAGES } from '../../src/ui/problems';
import {
  errorsOf,
  openPopupFor,
  openReader,
  openTab,
  popupUrl,
  skipReason,
  useChromium,
  visibleText,
  waitUntilRead,
} from './harness';

const SLOW_MS = 2500;

describe.skipIf(skipReason)('pages Pith cannot read give a clear message (Chromium)', () => {
  const session = useChromium({ slowMs: SLOW_MS });

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
    const { popup } = await openReader(session.browser, `${session.server.origin}/no-article/`);
    expect(await heading(popup)).toBe(PROBLEM_MESSAGES['no-article'].title);
    expect(await visibleText(popup.getByRole('status'))).toBe(PROBLEM_MESSAGES['no-article'].title);
  });

  it.each(['chrome://version/', 'about:blank'])('says it cannot read the browser page %s', async (url) => {
    const { popup } = await openReader(session.browser, url);
    // about:blank's URL is hidden from an extension without access, so it may be
    // reported as "no access" rather than "internal": both say Pith can't read it.
    expect(await heading(popup)).toBe('Pith can’t read this page');
  });

  it('says a PDF is a PDF', async () => {
    const { popup } = await openReader(session.browser, `${session.server.origin}/paper.pdf`);
    expect(await heading(popup)).toBe(PROBLEM_MESSAGES.pdf.title);
  });

  it('says a page is still loading, then reads it once it has loaded', async () => {
    // Don't wait for the load: the server holds the body back.
    const { tabId } = await openTab(session.browser, `${session.server.origin}/slow/nissan/`, 'commit');
    const popup = await session.browser.context.newPage();
    await popup.goto(popupUrl(session.browser, tabId));
    await expect.poll(() => heading(popup)).toBe(PROBLEM_MESSAGES.loading.title);
    await popup.locator('.article-body').waitFor({ timeout: SLOW_MS + 10_000 });
    await waitUntilRead(popup);
    expect(await visibleText(popup.locator('.article-body'))).toContain('Espinosa');
  });

  it('says there is no page when the tab is gone', async () => {
    const { page: target, tabId } = await openTab(session.browser, `${session.server.origin}/nissan/`);
    await target.close();
    const popup = await openPopupFor(session.browser, tabId);
    expect(await heading(popup)).toBe(PROBLEM_MESSAGES['no-tab'].title);
  });
});
