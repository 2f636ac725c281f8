import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { HIDE_ATTRIBUTE, HIDING_ATTRIBUTE } from '../../src/content/hide/hide-style';
import { watchLateContent } from '../../src/content/hide/late-content';
import { createPageHider } from '../../src/content/hide/page-hider';
import { allCategories } from '../../src/core/options';
import { PAGE_CLUTTER_HTML } from '../core/page-clutter-page';

function page() {
  const dom = new JSDOM(PAGE_CLUTTER_HTML, {
    url: 'https://news.example/2026/bridge',
    pretendToBeVisual: true,
  });
  const win = dom.window as unknown as Window;
  return { win, doc: win.document, hider: createPageHider(win) };
}

const nextFrame = (win: Window) => new Promise((resolve) => win.requestAnimationFrame(() => resolve(null)));
const shown = (win: Window, selector: string) =>
  win.getComputedStyle(win.document.querySelector(selector)!).display !== 'none';

describe('hiding on the page', () => {
  it('hides by a style sheet keyed on marks, and a switch turned off shows its blocks again at once', () => {
    const { win, doc, hider } = page();
    const withoutMarks = doc.body.cloneNode(true) as HTMLElement;
    const status = hider.apply(true, allCategories(true));
    expect(status.on).toBe(true);
    expect(status.hidden.ads).toBeGreaterThanOrEqual(4);
    expect(status.hidden.appeals).toBeGreaterThanOrEqual(2);
    expect(status.hidden.newsletters).toBe(2);
    expect(shown(win, '.slot')).toBe(false);
    expect(shown(win, '[role="dialog"]')).toBe(false);
    expect(shown(win, '#subscribe-banner')).toBe(false);
    for (const p of Array.from(doc.querySelectorAll('article.story > p'))) {
      expect(win.getComputedStyle(p).display).not.toBe('none');
    }

    hider.apply(true, { ...allCategories(true), ads: false });
    expect(doc.documentElement.getAttribute(HIDING_ATTRIBUTE)?.split(' ')).not.toContain('ads');
    expect(shown(win, '.slot')).toBe(true);
    expect(shown(win, '[role="dialog"]')).toBe(false);

    expect(hider.apply(false, allCategories(true)).on).toBe(false);
    expect(doc.documentElement.hasAttribute(HIDING_ATTRIBUTE)).toBe(false);
    expect(shown(win, '[role="dialog"]')).toBe(true);
    // Nothing was removed or moved: the page differs only by Pith's marks.
    for (const el of Array.from(doc.body.querySelectorAll(`[${HIDE_ATTRIBUTE}]`)))
      el.removeAttribute(HIDE_ATTRIBUTE);
    expect(doc.body.outerHTML).toBe(withoutMarks.outerHTML);
  });

  it('leaves a page where hiding never went on untouched', () => {
    const { doc, hider } = page();
    const before = doc.documentElement.outerHTML;
    expect(hider.apply(false, allCategories(true)).on).toBe(false);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('catches ad slots inserted later, in the next animation frame', async () => {
    const { win, doc, hider } = page();
    hider.apply(true, allCategories(true));
    const late = doc.createElement('div');
    late.className = 'ad-slot';
    late.innerHTML = '<iframe src="about:blank"></iframe>';
    doc.querySelector('.feed')!.append(late);
    await nextFrame(win);
    await nextFrame(win);
    expect(late.getAttribute(HIDE_ATTRIBUTE)).toBe('ads');
    expect(shown(win, '.feed .ad-slot')).toBe(false);
  });

  it('tells its listener (the badge) each new total, late finds included, and 0 when hiding goes off', async () => {
    const dom = new JSDOM(PAGE_CLUTTER_HTML, {
      url: 'https://news.example/2026/bridge',
      pretendToBeVisual: true,
    });
    const win = dom.window as unknown as Window;
    const totals: number[] = [];
    const hider = createPageHider(win, (status) =>
      totals.push(status.on ? Object.values(status.hidden).reduce((a, b) => a + b, 0) : 0),
    );
    hider.apply(true, allCategories(true));
    const first = totals.at(-1)!;
    expect(first).toBe(win.document.querySelectorAll(`[${HIDE_ATTRIBUTE}]`).length);
    const late = win.document.createElement('div');
    late.className = 'ad-slot';
    late.innerHTML = '<iframe src="about:blank"></iframe>';
    win.document.querySelector('.feed')!.append(late);
    await nextFrame(win);
    await nextFrame(win);
    expect(totals.at(-1)).toBe(first + 1);
    hider.apply(false, allCategories(true));
    expect(totals.at(-1)).toBe(0);
  });

  it('spends at most its budget per frame and leaves the rest for the next ones', async () => {
    const dom = new JSDOM('<!doctype html><body><main></main></body>', { pretendToBeVisual: true });
    const win = dom.window as unknown as Window;
    const perPass: number[] = [];
    let current = 0;
    const watcher = watchLateContent(win, {
      budget: 10,
      scan: (root, budget) => {
        budget.elements -= 1 + root.querySelectorAll('*').length;
        current++;
      },
    });
    const passes: number[] = [];
    for (let i = 0; i < 25; i++)
      win.document.querySelector('main')!.append(win.document.createElement('div'));
    for (let frame = 0; frame < 5; frame++) {
      await nextFrame(win);
      perPass.push(current);
      passes.push(watcher.passTimes.length);
    }
    watcher.stop();
    // Ten one-element roots per frame: 10, 20, 25.
    expect(perPass.slice(0, 3)).toEqual([10, 20, 25]);
    expect(passes[2]).toBe(3);
  });
});
