import { describe, expect, it } from 'vitest';
import {
  openTab,
  popupUrl,
  readExpected,
  skipReason,
  useChromium,
  visibleText,
  waitUntilRead,
} from './harness';

/**
 * The hostile fixture carries scripts, on* handlers, javascript: links and
 * iframes that would each set `data-pwned` on the root, a `__pithPwned` global,
 * change the title or open an alert (docs/fixtures.md). In the popup, none may run.
 */
describe.skipIf(skipReason)('hostile HTML executes nothing in the popup (Chromium)', () => {
  const session = useChromium();

  it('renders the article with no script, frame or handler, and nothing fires', async () => {
    const expected = await readExpected<{ paragraphs: string[] }>('hostile');
    const { tabId } = await openTab(session.browser, `${session.server.origin}/hostile/`);
    const popup = await session.browser.context.newPage();
    const dialogs: string[] = [];
    popup.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await popup.goto(popupUrl(session.browser, tabId));
    await waitUntilRead(popup);
    const text = await visibleText(popup.locator('.article-body'));
    expect(text).toContain(expected.paragraphs[0]);

    // Give anything deferred (lazy onerror, meta refresh, timers) a moment, and hover/open everything.
    for (const link of await popup.locator('.article-body a').all()) await link.hover().catch(() => {});
    for (const details of await popup.locator('.article-body details').all()) {
      await details.evaluate((d) => d.setAttribute('open', '')).catch(() => {});
    }
    await popup.waitForTimeout(500);

    const state = await popup.evaluate(() => {
      const body = document.querySelector('.article-body')!;
      const handlers = [...body.querySelectorAll('*')].flatMap((el) =>
        [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName}[${a.name}]`),
      );
      const urls = [
        ...body.querySelectorAll('[href], [src], [action], [formaction], [xlink\\:href]'),
      ].flatMap((el) =>
        ['href', 'src', 'action', 'formaction', 'xlink:href']
          .map((name) => el.getAttribute(name) ?? '')
          .filter((v) => /^\s*(javascript|data:text\/html|vbscript)/i.test(v)),
      );
      return {
        pwned: document.documentElement.dataset.pwned ?? null,
        flag: (window as unknown as { __pithPwned?: boolean }).__pithPwned ?? null,
        title: document.title,
        scripts: body.querySelectorAll('script').length,
        frames: body.querySelectorAll('iframe, frame, object, embed').length,
        forms: body.querySelectorAll('form, input, button, textarea').length,
        styles: body.querySelectorAll('style, [style]').length,
        handlers,
        urls,
        location: location.pathname,
      };
    });
    expect(state).toEqual({
      pwned: null,
      flag: null,
      title: 'Pith',
      scripts: 0,
      frames: 0,
      forms: 0,
      styles: 0,
      handlers: [],
      urls: [],
      location: '/src/popup/index.html',
    });
    expect(dialogs).toEqual([]);
  });
});
