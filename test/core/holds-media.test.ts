import { describe, expect, it } from 'vitest';
import { holdsMedia } from '../../src/core/clutter/signals';
import { parseHtml } from '../../src/node/load-document';

const document = parseHtml(`<!doctype html><body>
  <p id="text">Only <b>words</b> <a href="/x">here</a>.</p>
  <div id="deep"><span><b><i><IMG src="a.png"></i></b></span></div>
  <figure id="figure"><figcaption>A caption</figcaption></figure>
  <div id="video"><p>Watch:</p><video></video></div>
  <div id="picture"><picture><source srcset="a.webp"></picture></div>
  <div id="audio"><audio></audio></div>
  <div id="iframe"><iframe src="https://example.com/"></iframe></div>
</body>`).window.document;

describe('holdsMedia', () => {
  it('agrees with the selector it replaces, on the element itself and anything inside it', () => {
    const selector = 'img, picture, video, audio, figure';
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const expected = el.matches(selector) || el.querySelector(selector) !== null;
      expect(holdsMedia(el), el.outerHTML.slice(0, 40)).toBe(expected);
    }
    expect(holdsMedia(document.getElementById('deep')!)).toBe(true);
    expect(holdsMedia(document.getElementById('figure')!)).toBe(true);
    expect(holdsMedia(document.getElementById('text')!)).toBe(false);
    expect(holdsMedia(document.getElementById('iframe')!)).toBe(false);
  });
});
