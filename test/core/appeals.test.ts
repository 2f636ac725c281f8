import { describe, expect, it } from 'vitest';
import { articleOf, fate, PROSE, pageWith } from './page';

describe('appeals', () => {
  it.each([
    [
      'a "your support helps" paragraph',
      '<p>Your support helps us to tell the story of what is happening in our town. <a href="/support">Read more</a></p>',
      'Your support helps',
    ],
    [
      'a support-our-journalism epic marked by its class',
      '<div class="contributions__epic"><h2>Since you’re here…</h2><p>… we have a small favour to ask. Millions turn to us for open, independent journalism.</p><a href="/contribute">Support us</a></div>',
      'small favour to ask',
    ],
    [
      'an unmarked donation box, heading and button included',
      '<div class="box"><h3>Before you go</h3><p>We are a non-profit newsroom and never put up a paywall.</p><p>If you value our reporting, please make a donation today to keep it free for everyone.</p><p><a href="/donate">Donate</a></p></div>',
      'Before you go',
    ],
    [
      "the publisher's own subscription offer",
      '<p>Independent reporting costs money. Subscribe today for just $1 a week and read every story on every device.</p>',
      'for just $1 a week',
    ],
    [
      'a subscription prompt',
      '<p>Subscribe now for unlimited access to award-winning reporting. <a href="/subscribe">See offers</a></p>',
      'unlimited access',
    ],
    [
      'a print subscription offer with its price',
      '<p>Get the Bridge Monthly delivered through your letterbox every month. 12 issues for £11.99. Click here for more information.</p>',
      '12 issues for £11.99',
    ],
    [
      'an offer of a subscription to the sister magazine',
      '<p>Want more history? Get a subscription to our sister publication, the Heritage Review, for the best stories every month.</p>',
      'sister publication',
    ],
  ])('removes %s, and keeps it when appeals are switched off', (_, block, probe) => {
    const result = fate(block, 'appeals', probe);
    expect(result.removedByDefault).toBe(true);
    expect(result.recorded).not.toBe('');
    expect(result.keptWhenOff).toBe(true);
    expect(result.proseIntact).toBe(true);
  });

  it('keeps a story about a charity appeal, quotes and all', () => {
    const story = [
      'The hospice hopes to raise £50,000 by Christmas and says every donation helps it keep a nurse on call overnight.',
      '“Your support helps us care for families at the hardest moment of their lives,” said its director, Anne Blake.',
      'Donations can be made at the shop on the high street or through the hospice website, where monthly gifts are also possible.',
    ];
    const article = articleOf(pageWith(story.map((p) => `<p>${p}</p>`).join('')));
    for (const p of [...story, ...PROSE]) expect(article.text).toContain(p);
    expect(article.removed.appeals).toEqual([]);
  });

  it('keeps advice and product descriptions that share a word with an appeal', () => {
    // "Please consider" with no support asked for; a service's price, on subscription, in a review.
    const prose = [
      'The college offers several types of web courses. Please consider the requirements and demands of each type of course before enrolling.',
      'With a rotating weekly menu that can be bought once or on subscription for a discount, you can choose two meals for as little as $12 each.',
    ];
    const article = articleOf(pageWith(prose.map((p) => `<p>${p}</p>`).join('')));
    for (const p of [...prose, ...PROSE]) expect(article.text).toContain(p);
    expect(article.removed.appeals).toEqual([]);
  });

  it('never empties a short post into "no article": its one long block stays even when it reads as an appeal', () => {
    const appeal =
      'Your support helps us to tell the story. We rely on readers like you to keep our reporting free for everyone, from the city hall to the river bank, and every gift, however small, keeps a reporter on the beat for another week. Please consider supporting our journalism today.';
    const html = `<!doctype html><html lang="en"><head><title>A note to readers</title></head><body><main><article><h1>A note to readers</h1><p>${appeal}</p><p>Thank you.</p></article></main></body></html>`;
    const article = articleOf(html);
    expect(article.text).toContain('We rely on readers like you');
    expect(article.removed.appeals).toEqual([]);
  });
});
