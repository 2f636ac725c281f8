import { describe, expect, it } from 'vitest';
import { robustSelector } from '../../src/core/robust-selector';
import { parseHtml } from '../../src/node/load-document';

const doc = (body: string) => parseHtml(`<!doctype html><body>${body}</body>`).window.document;

describe('robustSelector', () => {
  it('names an element by a stable id, else by its stable classes and attributes', () => {
    const d = doc(
      '<div id="promo-box">a</div><div class="css-1x9ab2 promo-card is-open active">b</div>' +
        '<section data-component="newsletter-signup" class="sc-aXZVg">c</section>',
    );
    const [a, b, c] = Array.from(d.body.children);
    expect(robustSelector(a!)).toBe('#promo-box');
    expect(robustSelector(b!)).toBe('div.promo-card');
    expect(robustSelector(c!)).toBe('section[data-component="newsletter-signup"]');
  });

  it('skips generated ids and scopes a nameless element by its nearest named ancestor, never by position', () => {
    const d = doc(
      '<div id="ad-123456789"><aside class="rail-box"><div><p>x</p></div></aside></div>' +
        '<div class="other"><div><p>y</p></div></div>',
    );
    const inner = d.querySelector('.rail-box > div')!;
    const selector = robustSelector(inner)!;
    expect(selector).toBe('aside.rail-box div');
    expect(selector).not.toMatch(/nth|123456789/);
    expect(Array.from(d.querySelectorAll(selector))).toEqual([inner]);
  });

  it('gives up rather than return something that matches half the page or nothing stable', () => {
    const d = doc('<div><p>a</p></div>');
    expect(robustSelector(d.querySelector('p')!)).toBeNull();
    const many = doc(Array.from({ length: 40 }, () => '<p class="para">t</p>').join(''));
    expect(robustSelector(many.querySelector('p')!)).toBeNull();
  });
});
