import { describe, expect, it } from 'vitest';
import { articleOf, endingWith, fate, PROSE, pageWith } from './page';

describe('social', () => {
  it.each([
    [
      'a share bar',
      '<p>Share this article <a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a> <a href="https://twitter.com/intent/tweet?u=x">Twitter</a> <a href="mailto:?body=x">Email</a></p>',
      'Share this article',
    ],
    ['"Share full article"', '<p>Share full article</p>', 'Share full article'],
    [
      '"Share Tweet Submit"',
      '<p><a href="#">Share</a> <a href="#">Tweet</a> <a href="#">Submit</a></p>',
      'Submit',
    ],
    [
      'a follow line with network links',
      '<p><em>Follow the Bridge Gazette on <a href="https://www.instagram.com/gazette">Instagram</a> and <a href="https://bsky.app/profile/gazette">Bluesky</a>.</em></p>',
      'Follow the Bridge Gazette',
    ],
    [
      'a call to subscribe to the site’s video channel',
      '<p>Subscribe to the Bridge Gazette YouTube Channel for all of the latest videos, reviews, and more!</p>',
      'YouTube Channel',
    ],
    ['a capitalised follow label', '<p>Stay connected with me!</p>', 'Stay connected'],
    ['a follow-the-site label', '<p>Follow Bridge Gazette</p>', 'Follow Bridge Gazette'],
    [
      'a preferred-source link',
      '<p><a href="https://www.google.com/preferences/source?q=x">Add as a preferred source on Google</a></p>',
      'preferred source',
    ],
    [
      'a bar marked by its class',
      '<div class="share-tools"><span>Share this story</span></div>',
      'Share this story',
    ],
  ])('removes %s, and keeps it when social is switched off', (_, block, probe) => {
    const result = fate(block, 'social', probe);
    expect(result.removedByDefault).toBe(true);
    expect(result.recorded).not.toBe('');
    expect(result.keptWhenOff).toBe(true);
    expect(result.proseIntact).toBe(true);
  });

  it('removes a follow line closing the post that runs on into the small print', () => {
    const block =
      '<p><em>Follow <a href="https://twitter.com/gazettedeals">@GazetteDeals on Twitter</a> to keep up with the latest and greatest deals from around the web. Quantities may be limited. Prices are subject to change without notice and coupons may expire at any time. Some deals may not be available to all customers. The Gazette may receive a commission on orders.</em></p>';
    const article = articleOf(endingWith(block));
    expect(article.text).not.toContain('@GazetteDeals');
    for (const p of PROSE) expect(article.text).toContain(p);
  });

  it('keeps a data table that names the networks', () => {
    const rows = ['LinkedIn', 'Facebook', 'Twitter']
      .map((n, i) => `<tr><td>${n}</td><td>$${i + 2}.50 per click</td></tr>`)
      .join('');
    const article = articleOf(pageWith(`<table><tr><th>Platform</th><th>Cost</th></tr>${rows}</table>`));
    expect(article.text).toContain('LinkedIn');
    expect(article.text).toContain('$2.50 per click');
  });

  it('keeps an embedded post quoted in the story', () => {
    const post =
      '<blockquote class="embedded-post"><p>The bridge will reopen on Monday, the council has confirmed. <a href="https://twitter.com/council/status/1">twitter.com/council/status/1</a></p></blockquote>';
    const article = articleOf(pageWith(post));
    expect(article.text).toContain('The bridge will reopen on Monday');
  });

  it('keeps prose about sharing on social networks', () => {
    const story =
      'She shared the video on Facebook and Twitter, where it was watched more than a million times before the council asked her to take it down.';
    const article = articleOf(pageWith(`<p>${story}</p>`));
    expect(article.text).toContain(story);
    expect(article.removed.social).toEqual([]);
  });

  it('keeps the headings of an article about the networks', () => {
    // A numbered item ("1. Facebook") or a heading naming only a network titles a section, not a share bar.
    const sections = ['1. Facebook', 'Pinterest'].map((h, i) => `<h2>${h}</h2><p>${PROSE[i]}</p>`).join('');
    const article = articleOf(pageWith(sections));
    expect(article.text).toContain('1. Facebook');
    expect(article.text).toContain('Pinterest');
    expect(article.removed.social).toEqual([]);
  });

  it('still removes a heading that asks the reader to share', () => {
    const result = fate('<h3>Share on Facebook</h3>', 'social', 'Share on Facebook');
    expect(result.removedByDefault).toBe(true);
    expect(result.keptWhenOff).toBe(true);
  });
});
