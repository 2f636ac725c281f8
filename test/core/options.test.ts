import { describe, expect, it } from 'vitest';
import { allCategories } from '../../src/core/options';
import { CLUTTER_CATEGORIES } from '../../src/core/types';
import { articleOf, PROSE, pageWith } from './page';

/** One block of each category, each of which Readability alone keeps. */
const EVERY_KIND = [
  '<div><p>Advertisement</p></div>',
  '<p>Your support helps us to tell the story of our town. <a href="/support">Read more</a></p>',
  '<p><strong>Sign up for our free daily newsletter</strong> and get the biggest stories delivered straight to your inbox.</p>',
  '<p>Read more: <a href="/floods">How last winter’s floods damaged the bridge</a></p>',
  '<p>Share full article</p>',
  '<figure><img src="https://news.example/b.jpg" alt="Bridge"><span>Open image in gallery</span><figcaption>The bridge at dawn</figcaption></figure>',
].join('');

describe('options', () => {
  it('with every category on, removes one block of each and reports it under its category', () => {
    const article = articleOf(pageWith(EVERY_KIND));
    for (const category of CLUTTER_CATEGORIES) expect(article.removed[category], category).toHaveLength(1);
    for (const p of PROSE) expect(article.text).toContain(p);
  });

  it('with every category off, removes nothing and reports nothing', () => {
    const article = articleOf(pageWith(EVERY_KIND), { remove: allCategories(false) });
    for (const category of CLUTTER_CATEGORIES) expect(article.removed[category]).toEqual([]);
    for (const probe of [
      'Advertisement',
      'Your support helps',
      'Sign up for our',
      'Read more:',
      'Share full article',
      'Open image in gallery',
    ]) {
      expect(article.text).toContain(probe);
    }
  });

  it('switching one category off keeps only that category’s block', () => {
    const article = articleOf(pageWith(EVERY_KIND), { remove: { ...allCategories(true), social: false } });
    expect(article.text).toContain('Share full article');
    expect(article.text).not.toContain('Advertisement');
    expect(article.removed.social).toEqual([]);
  });

  it('reports each removal with a preview of its words and a reason', () => {
    const article = articleOf(pageWith(EVERY_KIND));
    for (const block of Object.values(article.removed).flat()) {
      expect(block.preview.length).toBeGreaterThan(0);
      expect(block.reason.length).toBeGreaterThan(0);
    }
  });

  it('keeps captions by default and drops them when captions are off', () => {
    expect(articleOf(pageWith(EVERY_KIND)).text).toContain('The bridge at dawn');
    expect(articleOf(pageWith(EVERY_KIND), { captions: false }).text).not.toContain('The bridge at dawn');
  });
});
