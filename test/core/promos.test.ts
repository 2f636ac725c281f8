import { describe, expect, it } from 'vitest';
import { articleOf, endingWith, fate, PROSE, pageWith } from './page';

describe('promos (reported as ads)', () => {
  it.each([
    [
      'a call-to-action box by class',
      '<div class="post-cta"><h4>Want to win more jobs with less effort?</h4><p>Grow your business with our software.</p><a href="/demo">Try it</a></div>',
      'Want to win more jobs',
    ],
    ['a lone "Book a demo" link', '<p><a href="/demo">Book a demo</a></p>', 'Book a demo'],
    [
      'a lone button-styled link',
      '<p><a class="btn btn-primary" href="/shop/poster">Buy Poster</a></p>',
      'Buy Poster',
    ],
  ])('removes %s, and keeps it when ads are switched off', (_, block, probe) => {
    const result = fate(block, 'ads', probe);
    expect(result.removedByDefault).toBe(true);
    expect(result.recorded).not.toBe('');
    expect(result.keptWhenOff).toBe(true);
    expect(result.proseIntact).toBe(true);
  });

  it('keeps a sentence that mentions booking a demo', () => {
    const block =
      '<p>The contractor said the council had asked it to book a demo of the new crane before the tender closed, and it did so in March.</p>';
    expect(articleOf(pageWith(block)).text).toContain('book a demo of the new crane');
  });

  it('keeps a plain link that is not a button', () => {
    const block = '<p><a href="/report.pdf">The engineers’ report</a></p>';
    expect(articleOf(pageWith(block)).text).toContain('The engineers’ report');
  });

  it('takes a list of button-styled tags as site chrome, not as ads', () => {
    const tags = ['Earth', 'Agriculture', 'Climate Change', 'Biosphere']
      .map((t) => `<li><a class="btn btn-sm btn-secondary" href="/search?keywords=${t}">${t}</a></li>`)
      .join('');
    const article = articleOf(pageWith(`<ul class="keywords">${tags}</ul>`));
    expect(article.removed.ads).toEqual([]);
    expect(article.text).not.toContain('Climate Change');
    for (const p of PROSE) expect(article.text).toContain(p);
  });

  it('takes the card a call to action sits in: a heading, a line of pitch and the button', () => {
    const card =
      '<section class="panel"><h2>Plan every crossing with one map!</h2><p>Routes, closures and tides in one place.</p><p><a class="button" href="/demo">Book a demo</a></p></section>';
    const result = fate(card, 'ads', 'Plan every crossing');
    expect(result.removedByDefault).toBe(true);
    expect(result.keptWhenOff).toBe(true);
    expect(result.proseIntact).toBe(true);
  });

  it('leaves the story around a button that has no card of its own', () => {
    const section =
      '<div><h2>How to object</h2><p>Residents who object to the closure have until the end of the month to write to the council, which says every letter will be read by the cabinet member before the decision is made.</p><p><a class="button" href="/objections">Object now</a></p></div>';
    const article = articleOf(pageWith(section));
    expect(article.text).toContain('How to object');
    expect(article.text).toContain('every letter will be read');
  });
});

describe('the seller’s pitch closing a post', () => {
  it.each([
    [
      'an offer of the firm’s experts',
      '<p>If you need help planning a crossing of your own, reach out to Bridgeworks. We have experts to guide you from survey to opening day.</p>',
      'reach out to Bridgeworks',
    ],
    [
      'a quote to request and a number to call',
      '<p>To get started, request a quote here and the Bridgeworks team of specialists will get right back to you. You can also call directly at (555) 010-4477.</p>',
      'request a quote here',
    ],
    [
      'a "click here" pointer away',
      '<p><a href="/downloads/bridge-game">Click here to get more information or download this game.</a></p>',
      'Click here to get',
    ],
  ])('removes %s at the end, as an ad', (_, block, probe) => {
    const article = articleOf(endingWith(block));
    expect(article.text).not.toContain(probe);
    expect(article.removed.ads.length).toBe(1);
    for (const p of PROSE) expect(article.text).toContain(p);
  });

  it('keeps the story’s own advice to call someone, which offers no one of the seller’s', () => {
    const block =
      '<p>Residents with questions about the closure should contact the council’s highways team, which has promised to answer every letter before the work begins.</p>';
    expect(articleOf(endingWith(block)).text).toContain('contact the council’s highways team');
  });

  it('keeps a "click here" in the middle of a story', () => {
    const block =
      '<p>Click here to read the engineers’ full report on the arch, published by the council on Monday.</p>';
    expect(articleOf(pageWith(block)).text).toContain('Click here to read');
  });

  it('removes the pitch set apart as a bold line in the middle of a story, as an ad', () => {
    const block =
      '<p><strong>Stop searching and start building. Talk to our bridge engineering experts</strong></p>';
    const article = articleOf(pageWith(block));
    expect(article.text).not.toContain('Talk to our bridge');
    expect(article.removed.ads.length).toBe(1);
    for (const p of PROSE) expect(article.text).toContain(p);
  });

  it('keeps a bold line in the middle of a story that offers no one of the seller’s', () => {
    const block =
      '<p><strong>Talk to our reporters about the closure at the town hall on Friday</strong></p>';
    expect(articleOf(pageWith(block)).text).toContain('Talk to our reporters');
  });

  it('keeps the same words in the middle of a story', () => {
    const block =
      '<p>“If you need help, reach out to our experts,” the firm’s brochure told residents, and we called the number it gave.</p>';
    expect(articleOf(pageWith(block)).text).toContain('reach out to our experts');
  });
});
