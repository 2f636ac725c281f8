import { describe, expect, it } from 'vitest';
import { articleOf } from './page';

const PROSE = [
  'Spoon the jam mixture into the jars, put the lids on, and stand them in a water bath canner, bringing it slowly back to an easy boil.',
  'Boil the jars for ten minutes, adjusting the time for altitude if you live more than a thousand feet above the sea.',
  'Lift them out of the canner and leave them to cool on a towel: the jam will set within a day or two, and keeps for a year.',
  'Pears that are just ripe give the best set; very soft fruit makes a looser jam that is better stirred into yoghurt than spread.',
];
const BIO =
  'Regan is a Southeastern Connecticut native now living in Central Massachusetts with her husband, two sons, and two cats. Regan loves traveling, reading, cooking, and coffee.';

function recipePage({ jsonLd, box }: { jsonLd: string; box: string }): string {
  return `<!doctype html><html lang="en"><head><title>Spiced pear jam</title>
<script type="application/ld+json">${jsonLd}</script></head><body>
<article><h1>Spiced pear jam</h1>${PROSE.map((p) => `<p>${p}</p>`).join('')}${box}</article></body></html>`;
}
const person = (description: string) =>
  JSON.stringify({
    '@context': 'https://schema.org',
    '@graph': [{ '@type': ['Person'], name: 'Regan', description }],
  });
const authorBox = `<div class="post-author"><h5><a href="/author/regan">Regan</a></h5><p>${BIO}</p></div>`;

describe("the author's bio the page declares", () => {
  it('goes from the text with its name line, when the JSON-LD Person describes her in the same words', () => {
    const article = articleOf(recipePage({ jsonLd: person(BIO), box: authorBox }));
    expect(article.text).not.toContain('Southeastern Connecticut');
    expect(article.paragraphs).not.toContain('Regan');
    expect(article.paragraphs).toEqual(PROSE);
  });

  it('goes when the page prints it cut short', () => {
    const box = `<div class="post-author"><p>${BIO.slice(0, 110)}… Read more</p></div>`;
    const article = articleOf(recipePage({ jsonLd: person(BIO), box }));
    expect(article.text).not.toContain('Southeastern Connecticut');
  });

  it('stays when the page declares no such description, or another one', () => {
    for (const jsonLd of [
      person('Writer'),
      person('Regan writes about food, gardens and New England travel for the magazine.'),
      '{"@type": "Person", broken',
    ]) {
      const article = articleOf(recipePage({ jsonLd, box: authorBox }));
      expect(article.text).toContain('Southeastern Connecticut');
    }
  });

  it('never takes the article text that holds the same words among others', () => {
    const story = `<p>${PROSE[0]} ${BIO} ${PROSE[1]} ${PROSE[2]}</p>`;
    const article = articleOf(recipePage({ jsonLd: person(BIO), box: story }));
    expect(article.text).toContain('Southeastern Connecticut');
  });
});
