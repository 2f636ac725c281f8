import { describe, expect, it } from 'vitest';
import { allCategories } from '../../src/core/options';
import { findPageClutter, scanForClutter } from '../../src/core/page-clutter';
import type { ClutterCategory } from '../../src/core/types';
import { parseHtml } from '../../src/node/load-document';
import { PROSE, pageWith } from './page';
import { ARTICLE_PARAGRAPHS, PAGE_CLUTTER_HTML } from './page-clutter-page';

function load(html = PAGE_CLUTTER_HTML) {
  return parseHtml(html, 'https://news.example/2026/bridge').window.document;
}

function only(category: ClutterCategory, on = true) {
  return { ...allCategories(!on), [category]: on };
}

/** Which of the page's elements end up hidden (themselves or inside a hidden block). */
function hiddenBy(document: Document, options = {}) {
  const { blocks } = findPageClutter(document, options);
  const isHidden = (el: Element | null) => !!el && blocks.some((b) => b.element.contains(el));
  return { blocks, isHidden };
}

describe('findPageClutter', () => {
  it('hides each kind of clutter on the page and none of the article', () => {
    const document = load();
    const { blocks, isHidden } = hiddenBy(document);
    const q = (selector: string) => document.querySelector(selector);
    expect(isHidden(q('#ad-top')), 'leaderboard with its label and frame').toBe(true);
    expect(isHidden(q('.slot')), 'in-article ad slot').toBe(true);
    expect(isHidden(q('.rail iframe')), 'sidebar ad frame').toBe(true);
    expect(isHidden(q('#subscribe-banner')), 'sticky subscription banner').toBe(true);
    expect(isHidden(q('[role="dialog"]')), 'newsletter modal').toBe(true);
    expect(isHidden(q('.modal-backdrop')), 'its backdrop').toBe(true);
    expect(isHidden(q('.contributions-epic')), 'appeal module in the article').toBe(true);
    expect(isHidden(q('.card.sponsored')), 'sponsored in-feed card').toBe(true);

    const paragraphs = Array.from(document.querySelectorAll('article.story p')).filter((p) =>
      ARTICLE_PARAGRAPHS.some((text) => p.textContent?.includes(text)),
    );
    expect(paragraphs).toHaveLength(ARTICLE_PARAGRAPHS.length);
    for (const p of paragraphs) expect(isHidden(p)).toBe(false);
    expect(isHidden(q('h1'))).toBe(false);
    for (const card of Array.from(document.querySelectorAll('.card:not(.sponsored)')))
      expect(isHidden(card)).toBe(false);
    // Outermost only: no block inside another.
    for (const a of blocks)
      for (const b of blocks) if (a !== b) expect(a.element.contains(b.element)).toBe(false);
  });

  it('gives each block the category of its switch, and hides only what the enabled switches cover', () => {
    const document = load();
    const category = (selector: string) =>
      findPageClutter(document).blocks.find((b) => b.element.contains(document.querySelector(selector)))
        ?.category;
    expect(category('.slot')).toBe('ads');
    expect(category('[role="dialog"]')).toBe('newsletters');
    expect(category('#subscribe-banner')).toBe('appeals');
    expect(category('.contributions-epic')).toBe('appeals');

    const adsOnly = hiddenBy(document, { remove: only('ads') });
    expect(adsOnly.blocks.every((b) => b.category === 'ads')).toBe(true);
    expect(adsOnly.isHidden(document.querySelector('.slot'))).toBe(true);
    expect(adsOnly.isHidden(document.querySelector('[role="dialog"]'))).toBe(false);
    expect(
      adsOnly.isHidden(document.querySelector('.modal-backdrop')),
      'no backdrop without its dialog',
    ).toBe(false);

    expect(findPageClutter(document, { remove: allCategories(false) }).blocks).toEqual([]);
  });

  it("maps blocks the article's clutter pass removes by wording alone back to the live page", () => {
    // No attribute gives these away: only the clutter pass over Readability's article finds them.
    const label = '<div><p>Advertisement</p></div>';
    const appeal =
      '<div class="box"><h3>Before you go</h3><p>We are a non-profit newsroom and never put up a paywall.</p>' +
      '<p>If you value our reporting, please make a donation today to keep it free for everyone.</p><p><a href="/donate">Donate</a></p></div>';
    const document = load(pageWith(label + appeal));
    const { blocks, isHidden } = hiddenBy(document);
    const box = document.querySelector('.box')!;
    const labelBlock = Array.from(document.querySelectorAll('p')).find(
      (p) => p.textContent === 'Advertisement',
    )!;
    expect(blocks.find((b) => b.element === box)?.category).toBe('appeals');
    expect(isHidden(labelBlock)).toBe(true);
    expect(blocks.find((b) => b.element.contains(labelBlock))?.category).toBe('ads');
    for (const p of Array.from(document.querySelectorAll('article > p'))) {
      expect(PROSE.includes(p.textContent ?? '')).toBe(true);
      expect(isHidden(p)).toBe(false);
    }
    // With appeals off, the appeal stays on the page.
    expect(hiddenBy(document, { remove: only('appeals', false) }).isHidden(box)).toBe(false);
  });

  it('never changes the page', () => {
    const document = load();
    const before = document.documentElement.outerHTML;
    findPageClutter(document);
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('never hides a wrapper that holds the article, whatever its class says', () => {
    const html = PAGE_CLUTTER_HTML.replace(
      '<article class="story">',
      '<article class="story has-ads ad-wrapper">',
    );
    const document = load(html);
    const { isHidden } = hiddenBy(document);
    for (const p of Array.from(document.querySelectorAll('article.story > p')))
      expect(isHidden(p)).toBe(false);
  });

  it('uses pinned boxes the browser reports (position fixed or sticky) as dialog-like', () => {
    // A banner with no telling attributes: only its wording and its pinning give it away.
    const html = PAGE_CLUTTER_HTML.replace(
      '<header class="masthead">',
      '<div class="bar-x1"><p>Support independent journalism. Become a member today.</p><a href="/join">Join</a></div><header class="masthead">',
    );
    const document = load(html);
    const bar = document.querySelector('.bar-x1');
    expect(hiddenBy(document).isHidden(bar)).toBe(false);
    expect(hiddenBy(document, { isPinned: (el: Element) => el === bar }).isHidden(bar)).toBe(true);
  });

  it('finds late-inserted ad slots with the context of the first pass, keeping the article guard', () => {
    const document = load();
    const { context } = findPageClutter(document);
    const late = document.createElement('div');
    late.innerHTML =
      '<div class="ad-slot" data-slot="feed-3"><iframe src="about:blank"></iframe></div>' +
      `<p>${ARTICLE_PARAGRAPHS[0]}</p>`;
    document.querySelector('.feed')!.append(late);
    const found = scanForClutter(late, context);
    expect(found.map((b) => b.element.className)).toEqual(['ad-slot']);
    expect(found[0]!.category).toBe('ads');
    // A late box holding a copy of the article's text is never hidden, even when named like an ad.
    const copy = document.createElement('div');
    copy.className = 'ad-container';
    copy.innerHTML = `<p>${ARTICLE_PARAGRAPHS[1]}</p>`;
    document.body.append(copy);
    expect(scanForClutter(copy, context)).toEqual([]);
  });

  it('copes with pages without a body or without an article', () => {
    const empty = load('<!doctype html><html><body></body></html>');
    expect(findPageClutter(empty).blocks).toEqual([]);
    const noArticle = load(
      '<!doctype html><html><body><div class="ad-slot"><iframe></iframe></div><p>Hi</p></body></html>',
    );
    expect(findPageClutter(noArticle).blocks.map((b) => b.category)).toEqual(['ads']);
  });
});
