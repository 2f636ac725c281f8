import { describe, expect, it } from 'vitest';
import { articleOf, fate, pageWith } from './page';

const links = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => `<li><a href="/story-${i}">Another story number ${i} about the town</a></li>`,
  ).join('');

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
});
