import { describe, expect, it } from 'vitest';
import { articleOf, fate, pageWith } from './page';

const figure = (chrome: string) =>
  `<figure><img src="https://news.example/bridge.jpg" alt="The old bridge">${chrome}<figcaption>The old bridge at dawn. Photograph: Jane Doe</figcaption></figure>`;

describe('galleryChrome', () => {
  it.each([
    [
      'an "open image in gallery" button',
      figure('<span>Open image in gallery</span>'),
      'Open image in gallery',
    ],
    ['an "Expand image" label', figure('<div>Expand image</div>'), 'Expand image'],
    ['a "1 of 12" counter beside an image', figure('<div class="counter">1 of 12</div>'), '1 of 12'],
    ['a "View gallery" link', `${figure('')}<p><a href="/gallery">View gallery</a></p>`, 'View gallery'],
  ])('removes %s but keeps the image and its caption', (_, block, probe) => {
    const result = fate(block, 'galleryChrome', probe);
    expect(result.removedByDefault).toBe(true);
    expect(result.keptWhenOff).toBe(true);
    expect(result.proseIntact).toBe(true);
    const article = articleOf(pageWith(block));
    expect(article.html).toContain('bridge.jpg');
    expect(article.text).toContain('The old bridge at dawn');
  });

  it('drops captions, not images, when captions are off', () => {
    const article = articleOf(pageWith(figure('')), { captions: false });
    expect(article.html).toContain('bridge.jpg');
    expect(article.text).not.toContain('The old bridge at dawn');
  });

  it('removes a lightbox’s "Caption" and "Close" left together in a box of their own', () => {
    const block =
      '<div><div><span>Photo: Jane Doe, AP</span></div><div><div><p>Caption</p><p>Close</p></div></div></div>';
    const result = fate(block, 'galleryChrome', 'Close');
    expect(result.removedByDefault).toBe(true);
    expect(result.keptWhenOff).toBe(true);
    expect(articleOf(pageWith(block)).text).not.toContain('Caption');
  });

  it('keeps a lone "Next" or "Caption" line that has no other controls beside it', () => {
    const article = articleOf(
      pageWith('<div><p>Caption</p><p>The council will meet again next week to decide.</p></div>'),
    );
    expect(article.text).toContain('Caption');
  });

  it('keeps "1 of 12" in prose, away from images', () => {
    const article = articleOf(pageWith('<p>1 of 12</p>'));
    expect(article.text).toContain('1 of 12');
  });
});
