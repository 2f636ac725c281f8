import { describe, expect, it } from 'vitest';
import { BROWSERS, useBrowser } from './driver';
import { readExpected } from './harness';

/**
 * The hostile fixture carries scripts, on* handlers, javascript: links and
 * iframes that would each set `data-pwned` on the root, a `__pithPwned` global,
 * change the title or open an alert (docs/fixtures.md). In the popup, none may run.
 */
for (const { name, skip } of BROWSERS) {
  describe.skipIf(skip)(`hostile HTML executes nothing in the popup (${name})`, () => {
    const session = useBrowser(name);

    it('renders the article with no script, frame or handler, and nothing fires', async () => {
      const expected = await readExpected<{ paragraphs: string[] }>('hostile');
      const tab = await session.browser.openTab(`${session.origin}/hostile/`);
      const popup = await session.browser.openPopup(tab.tabId);
      const text = await popup.text('.article-body');
      expect(text).toContain(expected.paragraphs[0]);

      // Give anything deferred (lazy onerror, meta refresh, timers) a moment, and hover/open everything.
      await popup.hoverAll('.article-body a');
      await popup.evaluate(() => {
        for (const details of document.querySelectorAll('.article-body details'))
          details.setAttribute('open', '');
      });
      await new Promise((resolve) => setTimeout(resolve, 500));
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
      expect(popup.dialogs).toEqual([]);
    });
  });
}
