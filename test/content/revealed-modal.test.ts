import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { HIDE_ATTRIBUTE } from '../../src/content/hide/hide-style';
import { createPageHider } from '../../src/content/hide/page-hider';
import { allCategories } from '../../src/core/options';
import { PAGE_CLUTTER_HTML } from '../core/page-clutter-page';

/** A sign-up prompt the page reveals later by flipping an attribute, not by inserting it. */
const PROMPT =
  '<div class="prompt-shell" id="prompt"><h2>Sign up for our newsletter</h2><p>Get the morning briefing in your inbox every day.</p><button type="button">Subscribe</button></div>';
const STYLE = '<style>.prompt-shell.is-open { position: fixed; top: 10%; }</style>';

function page() {
  const html = PAGE_CLUTTER_HTML.replace('</head>', `${STYLE}</head>`).replace('</body>', `${PROMPT}</body>`);
  const dom = new JSDOM(html, { url: 'https://news.example/2026/bridge', pretendToBeVisual: true });
  const win = dom.window as unknown as Window;
  const hider = createPageHider(win);
  hider.apply(true, allCategories(true));
  return { win, doc: win.document, hider };
}
const frames = async (win: Window, n = 2) => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => win.requestAnimationFrame(() => resolve(null)));
};
const marked = (doc: Document) => doc.querySelector('#prompt')!.closest(`[${HIDE_ATTRIBUTE}]`) !== null;

describe('content revealed by an attribute change', () => {
  it('hides a prompt pinned in place by a class toggled after load', async () => {
    const { win, doc } = page();
    // In the flow, unpinned and without a dialog role, the prompt is not a modal yet.
    expect(marked(doc)).toBe(false);
    doc.querySelector('#prompt')!.classList.add('is-open');
    await frames(win);
    expect(marked(doc)).toBe(true);
    expect(doc.querySelector('#prompt')!.closest(`[${HIDE_ATTRIBUTE}]`)?.getAttribute(HIDE_ATTRIBUTE)).toBe(
      'newsletters',
    );
  });

  it('hides a dialog once the page removes its aria-hidden, and not while it is still hidden', async () => {
    const { win, doc } = page();
    const prompt = doc.querySelector('#prompt')!;
    // Not a dialog at first: the page makes it one and reveals it in two steps.
    prompt.setAttribute('aria-hidden', 'true');
    prompt.setAttribute('role', 'dialog');
    await frames(win);
    expect(marked(doc)).toBe(false);
    prompt.removeAttribute('aria-hidden');
    await frames(win);
    expect(marked(doc)).toBe(true);
  });

  it('looks at an element whose class keeps changing a bounded number of times', async () => {
    const { win, doc, hider } = page();
    const ticker = doc.createElement('p');
    ticker.textContent = 'Markets are open.';
    doc.body.append(ticker);
    await frames(win);
    const before = hider.timings().passes.length;
    for (let i = 0; i < 20; i++) {
      ticker.className = `tick-${i}`;
      await frames(win, 1);
    }
    // One pass per change for the first few, then none: the element is no longer looked at.
    const passes = hider.timings().passes.length - before;
    expect(passes).toBeGreaterThanOrEqual(1);
    expect(passes).toBeLessThanOrEqual(3);
  });
});
