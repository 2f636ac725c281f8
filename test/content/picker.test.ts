import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { pickElement } from '../../src/content/hide/picker';
import { articleOf, pageWith } from '../core/page';

function page() {
  const dom = new JSDOM(
    '<!doctype html><body><div class="promo-box"><p class="promo-text">Buy <b>now</b></p></div><p>Story</p></body>',
    { url: 'https://news.example/a' },
  );
  return dom.window as unknown as Window & typeof globalThis;
}
const key = (win: Window & typeof globalThis, k: string) =>
  win.dispatchEvent(new win.KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
const move = (win: Window & typeof globalThis, el: Element) =>
  el.dispatchEvent(new win.MouseEvent('mousemove', { bubbles: true }));

describe('the element picker', () => {
  it('follows the pointer, widens with ArrowUp, narrows with ArrowDown, and picks with Enter', async () => {
    const win = page();
    const picked = pickElement(win);
    expect(win.document.getElementById('pith-picker-outline')).not.toBeNull();
    move(win, win.document.querySelector('b')!);
    key(win, 'ArrowUp');
    key(win, 'ArrowUp');
    key(win, 'ArrowDown');
    key(win, 'ArrowUp');
    key(win, 'Enter');
    expect((await picked)?.className).toBe('promo-box');
    expect(win.document.getElementById('pith-picker-outline')).toBeNull();
  });

  it('picks what is clicked, and the click never reaches the page', async () => {
    const win = page();
    let pageSawClick = false;
    win.document.body.addEventListener('click', () => {
      pageSawClick = true;
    });
    const picked = pickElement(win);
    win.document
      .querySelector('.promo-text')!
      .dispatchEvent(new win.MouseEvent('click', { bubbles: true, cancelable: true }));
    expect((await picked)?.className).toBe('promo-text');
    expect(pageSawClick).toBe(false);
  });

  it('cancels with Escape', async () => {
    const win = page();
    const picked = pickElement(win);
    move(win, win.document.querySelector('b')!);
    key(win, 'Escape');
    expect(await picked).toBeNull();
  });
});

describe('picked rules in the reader view', () => {
  it('leave the picked blocks out of the article, and skip a selector that does not parse', () => {
    const html = pageWith(
      '<div class="reader-poll"><p>Which bridge design do you like best? Vote in our reader poll today.</p></div>',
    );
    expect(articleOf(html).text).toContain('reader poll');
    const article = articleOf(html, { hideSelectors: ['div.reader-poll', '[[nonsense'] });
    expect(article.text).not.toContain('reader poll');
    expect(article.text).toContain('The council voted');
  });
});
