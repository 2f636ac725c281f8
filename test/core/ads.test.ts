import { describe, expect, it } from 'vitest';
import { articleOf, fate, PROSE, pageWith } from './page';

describe('ads', () => {
  it.each([
    ['an English label', '<div><p>Advertisement</p></div>', 'Advertisement'],
    ['a German label', '<div><p>Anzeige</p></div>', 'Anzeige'],
    ['a French label', '<div><p>Publicité</p></div>', 'Publicité'],
    ['an Arabic label', '<div><p>إعلان</p></div>', 'إعلان'],
    ['a "story continues" label', '<p>Story continues below advertisement</p>', 'Story continues'],
    [
      'a site-named affiliate note',
      '<p>Editorial Note: Bridge Gazette may contain affiliate links on some articles.</p>',
      'may contain affiliate links',
    ],
    [
      'a block marked as an ad slot',
      '<div class="ad-slot" data-ad-unit="mid"><p>Great deals on garden furniture this week only</p></div>',
      'garden furniture',
    ],
    [
      'a native promo with small print',
      '<p><a href="https://shop.example/offer">Try Amazon Prime free for 30 days</a>. New subscribers only. T&amp;Cs apply.</p>',
      'Prime free',
    ],
  ])('removes %s, and keeps it when ads are switched off', (_, block, probe) => {
    const result = fate(block, 'ads', probe);
    expect(result.removedByDefault).toBe(true);
    expect(result.recorded).toContain(probe);
    expect(result.keptWhenOff).toBe(true);
    expect(result.proseIntact).toBe(true);
  });

  it('removes a first-person affiliate disclosure but keeps a story about affiliate marketing', () => {
    const disclosure = fate(
      '<p><em>This post contains affiliate links. If you buy through them, we may earn a small commission.</em></p>',
      'ads',
      'contains affiliate links',
    );
    expect(disclosure.removedByDefault).toBe(true);
    expect(disclosure.keptWhenOff).toBe(true);
    const story =
      'Bloggers who use affiliate links may earn a commission on each sale, the regulator said, and must say so clearly.';
    expect(articleOf(pageWith(`<p>${story}</p>`)).text).toContain(story);
  });

  it('keeps prose that talks about advertising', () => {
    const story =
      'The advertisement, which ran during the final, was sponsored by a local brewery and drew more complaints than any other this year, the regulator said.';
    const article = articleOf(pageWith(`<p>${story}</p>`));
    expect(article.text).toContain(story);
    expect(article.removed.ads).toEqual([]);
  });

  it('keeps an article whose wrapper is named after its ad slots', () => {
    const html = pageWith('').replace('<article>', '<article class="story has-ads" data-ad-layout="inline">');
    const article = articleOf(html);
    for (const p of PROSE) expect(article.text).toContain(p);
  });
});
