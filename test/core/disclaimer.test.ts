import { describe, expect, it } from 'vitest';
import { articleOf, endingWith, PROSE } from './page';

const ADVICE =
  '<p>Fairway Planning and its affiliates do not provide tax, legal or accounting advice. This material has been prepared for informational purposes only, and should not be relied on for any decision. You should consult your own tax and legal advisors before engaging in any transaction.</p>';
const PERFORMANCE =
  '<p>Fairway Planning is a registered investment adviser. Past performance is no guarantee of future returns, and investing involves risk.</p>';

describe('the disclaimer closing a post', () => {
  it('goes, as the run of small print that ends the article', () => {
    const article = articleOf(endingWith(`${PERFORMANCE}${ADVICE}`));
    expect(article.text).not.toContain('registered investment adviser');
    expect(article.text).not.toContain('informational purposes');
    for (const p of PROSE) expect(article.text).toContain(p);
  });

  it('stays when the story goes on after it', () => {
    const after =
      '<p>The bridge reopens to walkers in May, and the council has promised to publish the engineers’ full report on the arch before then, with every load test it ran.</p>';
    const article = articleOf(endingWith(`${ADVICE}${after}`));
    expect(article.text).toContain('informational purposes');
  });

  it('stays when only one kind of small print is there: a story may tell readers to consult a doctor', () => {
    const advice =
      '<p>Anyone who walked the old bridge often and now feels pain in the knees should consult a doctor before walking the new route across the river.</p>';
    const article = articleOf(endingWith(advice));
    expect(article.text).toContain('consult a doctor');
  });
});
