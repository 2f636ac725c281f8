import { describe, expect, it } from 'vitest';
import { articleOf, PROSE } from './page';

const LEAD = [
  'Councillors heard that the bridge, which carries some eleven thousand vehicles a day, had been inspected four times since January, and that each inspection had found the arch in a worse state.',
  'The vote, taken after a debate of almost three hours, was carried by twenty-one votes to nine, with two abstentions, and the leader of the council called it the end of a long argument.',
];
const MORE = [
  'Shops on the east bank say trade fell by a third during the last closure, and the council has promised a fund to help them through the months when the bridge is shut to traffic.',
  'The trust will keep a record of every stone taken from the old arch, so that the copy can be built from the same quarry and laid in the same pattern as the original of 1823.',
];

/** A story in sections, each a wrapper with its own subhead and a body-text block, ads between them. */
function sectionedPage({ rail = '' } = {}): string {
  const section = (head: string, paragraphs: readonly string[]) =>
    `<section class="block"><h2 class="block-head">${head}</h2>
<div class="rich-text">${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div></section>`;
  return `<!doctype html><html lang="en"><head><title>Council approves rebuild</title></head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article class="story"><h1>Council approves rebuild of the old bridge</h1>
${section('The vote', [...PROSE, ...LEAD])}
<div class="ad-slot"><span>Advertisement</span></div>
${section('What shops fear', [MORE[0]!])}
<figure><img src="/arch.jpg" alt=""><figcaption>The old arch.</figcaption></figure>
${section('The stones', [MORE[1]!])}
${rail}
</article></main>
<footer><a href="/about">About us</a></footer></body></html>`;
}

describe('an article split into segments with the same class', () => {
  it('keeps every segment, in page order, with its subhead', () => {
    const article = articleOf(sectionedPage());
    const at = (text: string) => article.text.indexOf(text);
    for (const p of [...PROSE, ...LEAD, ...MORE]) expect(article.text).toContain(p);
    expect(at(PROSE[4]!)).toBeLessThan(at(MORE[0]!));
    expect(at(MORE[0]!)).toBeLessThan(at(MORE[1]!));
    expect(article.text).toContain('What shops fear');
    expect(article.text).toContain('The stones');
  });

  it('does not take same-class boxes that are mostly links', () => {
    const teaser = (title: string) =>
      `<section class="block"><h2 class="block-head">More</h2><div class="rich-text"><p><a href="/t/${title.length}">${title}, and what the council said about it on the night</a></p></div></section>`;
    const article = articleOf(
      sectionedPage({ rail: `${teaser('Ferry returns to the river')}${teaser('Tram line plan shelved')}` }),
    );
    for (const p of [...PROSE, ...LEAD, ...MORE]) expect(article.text).toContain(p);
    expect(article.text).not.toContain('Ferry returns');
    expect(article.text).not.toContain('Tram line plan');
  });
});
