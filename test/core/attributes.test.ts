import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { ads } from '../../src/core/clutter/ads';
import { appeals } from '../../src/core/clutter/appeals';
import { componentToken } from '../../src/core/clutter/marks';
import { newsletters } from '../../src/core/clutter/newsletters';
import { promos } from '../../src/core/clutter/promos';
import { attributeSignature } from '../../src/core/clutter/signals';
import { articleOf, PROSE, pageWith } from './page';

const signatureOf = (html: string) => {
  const el = new JSDOM(`<body>${html}</body>`).window.document.body.firstElementChild!;
  return attributeSignature(el);
};

describe('attribute hygiene', () => {
  it('reads class, role and data-component/data-module, not ids, aria-labels or other data-*', () => {
    const signature = signatureOf(
      '<div id="best-ad-blockers" aria-label="Advertisement" data-track="newsletter" class="postBody" role="note" data-module="InlineSignup"></div>',
    );
    expect(signature).toContain('post-body');
    expect(signature).toContain('inline-signup');
    expect(signature).not.toMatch(/blockers|advertisement|track|newsletter/);
  });

  it('matches word families, not enumerated suffixes', () => {
    expect(componentToken(appeals.attributes, signatureOf('<div class="support-now-module"></div>'))).toBe(
      'support-now-module',
    );
    expect(
      componentToken(newsletters.attributes, signatureOf('<div class="footerNewsletter"></div>')),
    ).not.toBeNull();
    expect(componentToken(promos.attributes, signatureOf('<div class="bottompostcta"></div>'))).toBe(
      'bottompostcta',
    );
  });

  it('takes a short token only as the last word of a class name', () => {
    expect(componentToken(ads.attributes, signatureOf('<h2 class="adv-heading"></h2>'))).toBeNull();
    expect(
      componentToken(ads.attributes, signatureOf('<div class="wp-block adv-block-title"></div>')),
    ).toBeNull();
    expect(componentToken(ads.attributes, signatureOf('<div class="box ad"></div>'))).toBe('ad');
    expect(componentToken(ads.attributes, signatureOf('<div class="ad-2"></div>'))).toBe('ad');
    expect(componentToken(promos.attributes, signatureOf('<div class="post-cta"></div>'))).toBe('cta');
  });

  it('keeps a section heading whose plugin class holds a short ad token', () => {
    const article = articleOf(
      pageWith('<h2 class="adv-heading adv-heading-3">How the arch was measured</h2>'),
    );
    expect(article.text).toContain('How the arch was measured');
    for (const p of PROSE) expect(article.text).toContain(p);
  });
});

describe('short tokens inside longer component names', () => {
  it('still finds the longer name ("ad-slot", not its "ad")', () => {
    expect(componentToken(ads.attributes, 'x ad-slot-top')).toBe('ad-slot');
  });
});
