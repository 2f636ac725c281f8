import { describe, expect, it } from 'vitest';
import { blockId } from '../../src/core/block-id';
import { findPageClutter } from '../../src/core/page-clutter';
import { parseHtml } from '../../src/node/load-document';
import { articleOf, PROSE, pageWith } from './page';

const APPEAL =
  '<div class="box"><h3>Before you go</h3><p>We are a non-profit newsroom funded by readers like you.</p><p>If you value our reporting, please make a donation today to keep it free for everyone.</p><p><a href="/donate">Donate</a></p></div>';
const AD = '<div class="ad-slot"><p>Advertisement</p></div>';
const PROBE = 'funded by readers like you';

describe('"Show" on one removed block (ExtractOptions.keep)', () => {
  it('gives each removed block an id that a second extraction repeats', () => {
    const html = pageWith(`${AD}${APPEAL}`);
    const first = articleOf(html);
    const again = articleOf(html);
    const ids = Object.values(first.removed).flatMap((blocks) => blocks.map((b) => b.id));
    expect(ids.length).toBeGreaterThanOrEqual(2);
    expect(new Set(ids).size).toBe(ids.length);
    expect(Object.values(again.removed).flatMap((blocks) => blocks.map((b) => b.id))).toEqual(ids);
  });

  it('leaves the kept block in the article, listed as kept, and still removes the others', () => {
    const html = pageWith(`${AD}${APPEAL}`);
    const appeal = articleOf(html).removed.appeals[0]!;
    expect(articleOf(html).text).not.toContain(PROBE);

    const shown = articleOf(html, { keep: [appeal.id] });
    expect(shown.text).toContain(PROBE);
    expect(shown.removed.appeals).toEqual([{ ...appeal, kept: true }]);
    expect(shown.removed.ads.length).toBeGreaterThan(0);
    expect(shown.removed.ads.every((b) => !b.kept)).toBe(true);
    expect(shown.text).not.toMatch(/^Advertisement$/m);
    for (const p of PROSE) expect(shown.text).toContain(p);
  });

  it('ignores unknown ids, and an id is bound to its category', () => {
    const html = pageWith(APPEAL);
    const appeal = articleOf(html).removed.appeals[0]!;
    expect(articleOf(html, { keep: ['zzzz'] }).text).not.toContain(PROBE);
    expect(blockId('ads', 'same text')).not.toBe(blockId('appeals', 'same text'));
    expect(blockId('ads', 'same  text ')).toBe(blockId('ads', 'same text'));
    expect(appeal.id).toMatch(/^[0-9a-z]+$/);
  });

  it('leaves the kept block visible on the page, and still hides the others', () => {
    const html = pageWith(`${AD}${APPEAL}`);
    const document = parseHtml(html, 'https://news.example/2026/bridge').window.document;
    const box = document.querySelector('.box')!;
    const slot = document.querySelector('.ad-slot')!;
    const hidden = (keep: string[], el: Element) =>
      findPageClutter(document, { keep }).blocks.some((b) => b.element.contains(el));
    expect(hidden([], box)).toBe(true);
    // The id comes from the extraction of the same page, as the popup's "Show" sends it.
    const id = articleOf(html).removed.appeals[0]!.id;
    expect(hidden([id], box)).toBe(false);
    expect(hidden([id], slot)).toBe(true);
  });
});
