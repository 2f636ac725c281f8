import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { HIDE_ATTRIBUTE } from '../../src/content/hide/hide-style';
import { createPageHider } from '../../src/content/hide/page-hider';
import { createPageReading } from '../../src/content/page-reading';
import { recordArticle } from '../../src/core/article-on-page';
import { allCategories } from '../../src/core/options';
import { findPageClutter } from '../../src/core/page-clutter';
import { readPage } from '../../src/core/read-page';
import { dropUnrendered } from '../../src/core/unrendered';
import { PAGE_CLUTTER_HTML } from '../core/page-clutter-page';

/**
 * One reading of the page shared by the popup and hiding on the page: hiding turned on after the popup
 * has read the page uses that reading, and a popup opened on a page that hides already finds the reading
 * hiding made. What hiding finds from a shared reading is what it finds reading the page itself.
 */
const NISSAN = readFileSync(path.join(__dirname, '../fixtures/nissan/source.html'), 'utf8');

function page(html = PAGE_CLUTTER_HTML) {
  const dom = new JSDOM(html, { url: 'https://news.example/2026/bridge', pretendToBeVisual: true });
  const win = dom.window as unknown as Window;
  return { win, doc: win.document };
}

/** The popup's options with every switch on: its `quotes: false` and left-out defaults don't matter. */
const POPUP = { remove: allCategories(true), captions: true, quotes: false };
const HIDING = { remove: allCategories(true), captions: true };

/** Each hidden element, by its place in the page, with its category. */
function marks(doc: Document): string[] {
  const all = Array.from(doc.querySelectorAll('*'));
  return Array.from(doc.querySelectorAll(`[${HIDE_ATTRIBUTE}]`)).map(
    (el) => `${all.indexOf(el)}:${el.getAttribute(HIDE_ATTRIBUTE)}`,
  );
}

describe('one reading of the page for the popup and for hiding', () => {
  for (const [name, html] of [
    ['the clutter page', PAGE_CLUTTER_HTML],
    ['the Nissan fixture', NISSAN],
  ] as const) {
    it(`hides the same blocks from the popup's reading as from its own (${name})`, () => {
      const alone = page(html);
      createPageHider(alone.win).apply(true, allCategories(true));
      const expected = marks(alone.doc);
      expect(expected.length).toBeGreaterThan(0);

      const shared = page(html);
      const reading = createPageReading(shared.doc);
      expect(reading.read(POPUP).value.ok).toBe(true);
      createPageHider(shared.win, undefined, () => reading.articleOnPage(HIDING)).apply(
        true,
        allCategories(true),
      );
      expect(reading.runs).toBe(1);
      expect(marks(shared.doc)).toEqual(expected);
    });
  }

  it('reads the page for hiding when nothing fits, and the popup opened later finds that reading', () => {
    const { win, doc } = page();
    const reading = createPageReading(doc);
    // The popup read the page with ads left in: not the reading hiding needs.
    reading.read({ ...POPUP, remove: { ...allCategories(true), ads: false } });
    createPageHider(win, undefined, () => reading.articleOnPage(HIDING)).apply(true, allCategories(true));
    expect(reading.runs).toBe(2);
    expect(reading.read(POPUP).cache).toBe('hit');
    expect(reading.runs).toBe(2);
  });

  it('does not share a reading that kept other blocks ("Show")', () => {
    const { doc } = page();
    const reading = createPageReading(doc);
    reading.read(POPUP);
    const kept = reading.articleOnPage({ ...HIDING, keep: ['some-block-id'] });
    expect(kept).toBeDefined();
    expect(reading.runs).toBe(2);
  });

  it('records from readPage what findPageClutter would read for itself', () => {
    const { doc } = page(NISSAN);
    const record = recordArticle();
    readPage(doc, { remove: allCategories(true) }, dropUnrendered, record);
    const own = findPageClutter(doc, { remove: allCategories(true) });
    const shared = findPageClutter(doc, { remove: allCategories(true), article: record.result! });
    expect(shared.blocks.map((b) => [b.element, b.category])).toEqual(
      own.blocks.map((b) => [b.element, b.category]),
    );
    expect(shared.context.articleBlocks).toEqual(own.context.articleBlocks);
    expect(shared.context.articleBlocks.length).toBeGreaterThan(5);
  });
});
