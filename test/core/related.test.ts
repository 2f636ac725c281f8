import { describe, expect, it } from 'vitest';
import { articleOf, fate, PROSE, pageWith } from './page';

const links = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => `<li><a href="/story-${i}">Another story number ${i} about the town</a></li>`,
  ).join('');

/** Four cards alike: a picture linked to `href(i)`, a kicker heading and a headline. */
const teasers = (href: (i: number) => string, picture = (i: number) => `/img/story-${i}.jpg`) =>
  `<div>${Array.from(
    { length: 4 },
    (_, i) =>
      `<div><div><a href="${href(i)}"><img src="${picture(i)}" alt=""></a></div><div><h3>KICKER ${i}</h3><p><span>Flood defences number ${i} tested by the winter storms</span></p></div></div>`,
  ).join('')}</div>`;

describe('related', () => {
  it.each([
    ['a "Related" heading and its list', `<h2>Related</h2><ul>${links(4)}</ul>`, 'Another story number 2'],
    [
      'a "Most read" box',
      `<section><h3>Most read</h3><ol>${links(5)}</ol></section>`,
      'Another story number 4',
    ],
    [
      'a "Read more:" lead-in',
      '<p>Read more: <a href="/floods">How last winter’s floods damaged the bridge</a></p>',
      'How last winter',
    ],
    [
      'a list marked as related',
      `<div class="related-articles"><ul>${links(3)}</ul></div>`,
      'Another story number 1',
    ],
    [
      'a "More great … stories" label and its list, each item only half a link',
      `<p>More Great Gazette Stories</p><ul>${Array.from({ length: 4 }, (_, i) => `<li>Flood story number ${i} asks, <a href="/flood-${i}">what the river will do next</a></li>`).join('')}</ul>`,
      'Flood story number 2',
    ],
    [
      'a bare "More:" heading and the linked headlines under it',
      `<h4>More:</h4><ul><li><h4><a href="/a">Ferry service to stop for the winter</a></h4></li></ul><ul><li><h4><a href="/b">Toll house opens as a museum</a></h4></li></ul>`,
      'Toll house opens',
    ],
    [
      'a grid of teasers for the site’s other stories, linked by their pictures only',
      teasers((i) => `/news/story-${i}/`),
      'Flood defences number 2',
    ],
  ])('removes %s, and keeps it when related is switched off', (_, block, probe) => {
    const result = fate(block, 'related', probe);
    expect(result.removedByDefault).toBe(true);
    expect(result.recorded).not.toBe('');
    expect(result.keptWhenOff).toBe(true);
    expect(result.proseIntact).toBe(true);
  });

  it('keeps a paragraph of prose with a few links in it', () => {
    const story =
      'Read more about the plans in the <a href="/report">engineers’ report</a>, which the council published in March alongside a consultation that drew more than 2,000 responses from residents.';
    const article = articleOf(pageWith(`<p>${story}</p>`));
    expect(article.text).toContain('which the council published in March');
    expect(article.removed.related).toEqual([]);
  });

  it('keeps a heading that only starts like a label, and the prose under it', () => {
    const article = articleOf(
      pageWith(
        '<h2>Related costs for the town</h2><p>The town will also pay for new lighting on both approaches, at a cost the council put at £400,000.</p>',
      ),
    );
    expect(article.text).toContain('Related costs for the town');
    expect(article.text).toContain('new lighting on both approaches');
  });

  it.each([
    ['product cards that link to shops', teasers((i) => `https://shop.example/item-${i}`)],
    ['a gallery whose pictures link to their files', teasers((i) => `/img/story-${i}.jpg`)],
    [
      'the rows of a comparison table',
      `<table><thead><tr><th>Model</th><th>Range</th></tr></thead><tbody>${Array.from({ length: 4 }, (_, i) => `<tr><td><a href="/products/model-${i}/"><img src="/p${i}.jpg" alt=""></a><h4>Flood defences number ${i}</h4></td><td>${20 + i} km</td></tr>`).join('')}</tbody></table>`,
    ],
  ])('keeps %s', (_, block) => {
    const article = articleOf(pageWith(block));
    expect(article.text).toContain('Flood defences number 2');
  });

  it('keeps a grid of the site’s stories when it is most of the article (an index of picks)', () => {
    const cards = Array.from(
      { length: 8 },
      (_, i) =>
        `<div><a href="/picks/place-${i}/"><img src="/img/place-${i}.jpg" alt=""></a><h3>Pick number ${i}</h3><p>A riverside café number ${i} with a terrace over the water, where the owners bake their own bread and serve breakfast until noon.</p></div>`,
    ).join('');
    const html = `<!doctype html><html lang="en"><head><title>Our picks</title></head><body><main><article><h1>Our picks</h1><p>${PROSE[0]}</p><div>${cards}</div></article></main></body></html>`;
    expect(articleOf(html).text).toContain('A riverside café number 5');
  });

  it('keeps a heading that says "More than …" and the story under it', () => {
    const block =
      '<h3>More than forty stories</h3><p>The archive holds more than forty stories of the ferry, told by the families who ran it, and the trust plans to publish them.</p>';
    const article = articleOf(pageWith(block));
    expect(article.text).toContain('More than forty stories');
  });
});
