import { describe, expect, it } from 'vitest';
import { articleOf, fate, pageWith } from './page';

describe('newsletters', () => {
  it.each([
    [
      'a sign-up box marked by its class',
      '<div class="newsletter-signup"><h3>The Morning Brief</h3><p>Our best stories, every weekday.</p></div>',
      'The Morning Brief',
    ],
    [
      'an unmarked sign-up pitch',
      '<p><strong>Sign up for our free daily newsletter</strong> and get the biggest stories delivered straight to your inbox.</p>',
      'Sign up for our free daily newsletter',
    ],
    [
      'a pitch for a weekly e-mail with its "Subscribe here" far from the noun',
      '<p>Want to keep up with the latest trends? The free weekly Trade Insider email is the industry’s top source for sales, marketing and industrial news you can’t find anywhere else. <a href="/insider/">Subscribe here</a></p>',
      'Trade Insider email',
    ],
    [
      'a German sign-up box',
      '<div><h2>Newsletter abonnieren</h2><p>Jeden Morgen die wichtigsten Nachrichten kostenlos per E-Mail.</p></div>',
      'Newsletter abonnieren',
    ],
    [
      'a follow-the-writer box',
      '<div><h3>Get Jane Roe’s stories in your inbox</h3><p>Join the site for free to get updates from this writer.</p></div>',
      'get updates from this writer',
    ],
    [
      'a pitch that names the inbox and the schedule',
      '<p>Let our news meet your inbox. The stories that matter, delivered weekday mornings.</p>',
      'meet your inbox',
    ],
  ])('removes %s, and keeps it when newsletters are switched off', (_, block, probe) => {
    const result = fate(block, 'newsletters', probe);
    expect(result.removedByDefault).toBe(true);
    expect(result.recorded).not.toBe('');
    expect(result.keptWhenOff).toBe(true);
    expect(result.proseIntact).toBe(true);
  });

  it('keeps prose that mentions a newsletter', () => {
    const story =
      'The company told investors in its quarterly newsletter that sales had fallen, and several subscribers wrote to the regulator in protest.';
    const article = articleOf(pageWith(`<p>${story}</p>`));
    expect(article.text).toContain(story);
    expect(article.removed.newsletters).toEqual([]);
  });

  it.each([
    'Phishing messages reach your inbox disguised as invoices, so check the sender before you open any attachment.',
    'The app gathers the council’s planning notices and delivers a digest to your inbox every morning for a small fee.',
  ])('keeps advice or a review that names the reader’s inbox: %s', (prose) => {
    const article = articleOf(pageWith(`<p>${prose}</p>`));
    expect(article.text).toContain(prose);
  });
});
