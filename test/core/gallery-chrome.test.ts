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
    ['a bare photo count on the picture', figure('<div class="media-badge"><span>6</span></div>'), '6'],
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

  it('drops a gallery’s captions when captions are off, also where Readability dropped their class and in a caption bar', () => {
    const words = 'Unsold sports cars stand in a long row at a dealership outside the city.';
    const indent = ' '.repeat(400);
    const slide = `<li><div><img src="https://news.example/row.jpg" alt=""></div><div class="caption">${indent}<div class="caption-full"><p>${words}</p></div>${indent}<div class="caption-truncated"><p>${words}</p></div>${indent}<span class="credit">Photo: Jane Doe, Wire Agency</span>${indent}</div></li>`;
    const bar = '<div class="control-bar"><span class="credit">Photo: Jane Doe, Wire Agency</span></div>';
    const on = articleOf(pageWith(`<ul>${slide}</ul>${bar}`));
    expect(on.text).toContain(words);
    const off = articleOf(pageWith(`<ul>${slide}</ul>${bar}`), { captions: false });
    expect(off.text).not.toContain(words);
    expect(off.text).not.toContain('Jane Doe');
    expect(off.html).toContain('row.jpg');
    expect(off.text).toContain('central arch');
  });

  it('keeps a heading that is also a linked name inside a caption when captions are off', () => {
    const caption =
      '<figure><img src="https://news.example/b.jpg" alt=""><figcaption>Crowds on the <a href="/tags/old-stone-bridge">Old Stone Bridge</a> at dusk</figcaption></figure>';
    const article = articleOf(pageWith(`${caption}<h2>Old Stone Bridge</h2>`), { captions: false });
    expect(article.text).toContain('Old Stone Bridge');
    expect(article.text).not.toContain('at dusk');
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

  it('keeps the line numbers of code shown in a figure', () => {
    const code =
      '<figure><pre><code><span>1</span>\n<span>2</span></code></pre><figcaption>Listing 1</figcaption></figure>';
    const table =
      '<figure><img src="https://news.example/chart.png" alt=""><table><tr><td>2019</td><td>720</td></tr></table></figure>';
    const article = articleOf(pageWith(code + table));
    expect(article.removed.galleryChrome).toEqual([]);
    expect(article.text).toContain('720');
  });

  it('keeps "1 of 12" in prose, away from images', () => {
    const article = articleOf(pageWith('<p>1 of 12</p>'));
    expect(article.text).toContain('1 of 12');
  });

  describe('repeated captions', () => {
    const caption = 'Engineers inspect the cracked central arch of the bridge after the winter floods.';
    const count = (text: string, part: string) => text.split(part).length - 1;

    it('shows a gallery caption rendered again per slide and in a caption bar once, in the html and the text', () => {
      const slide = (n: number) =>
        `<li><div class="img-wrap"><img src="https://news.example/arch-${n}.jpg" alt=""></div><div class="caption">${caption}</div></li>`;
      const gallery = `<ul class="gallery">${slide(1)}${slide(2)}</ul><div class="caption-bar">${caption}</div>`;
      const article = articleOf(pageWith(gallery));
      expect(count(article.text, caption)).toBe(1);
      expect(count(article.html, caption)).toBe(1);
      expect(article.html).toContain('arch-2.jpg');
    });

    it('keeps two figures whose captions differ, and a short caption repeated under each picture', () => {
      const figureWith = (n: number, text: string) =>
        `<figure><img src="https://news.example/p${n}.jpg" alt=""><figcaption>${text}</figcaption></figure>`;
      // (A bare "Photo: AP" is a credit line, site chrome whatever the captions switch says: credits.test.ts.)
      const article = articleOf(
        pageWith(
          `${figureWith(1, `${caption} Jane Doe/AP`)}${figureWith(2, 'Jane Doe/AP')}${figureWith(3, 'Jane Doe/AP')}`,
        ),
      );
      expect(count(article.text, caption)).toBe(1);
      expect(count(article.text, 'Jane Doe/AP')).toBe(3);
    });

    it('keeps the name under each of several pull quotes', () => {
      const pull = (words: string) =>
        `<figure><blockquote><p>${words}</p></blockquote><figcaption>Ann Lee, chair of the heritage trust and its longest-serving member</figcaption></figure>`;
      const article = articleOf(
        pageWith(`${pull('We were never against a new bridge.')}${pull('The stones must be used again.')}`),
      );
      expect(count(article.text, 'Ann Lee, chair of the heritage trust')).toBe(2);
    });

    it('keeps the first caption whole when its words sit in nested elements', () => {
      const article = articleOf(
        pageWith(
          `<figure><img src="https://news.example/arch.jpg" alt=""><figcaption><span><em>${caption}</em></span></figcaption></figure>`,
        ),
      );
      expect(count(article.text, caption)).toBe(1);
    });

    it('keeps a paragraph the article repeats (the same meal on two days of a plan)', () => {
      const meal =
        '<p>Breakfast: two poached eggs on wholegrain toast with a handful of spinach, half an avocado and a glass of orange juice.</p>';
      const article = articleOf(pageWith(`<h2>Monday</h2>${meal}<h2>Tuesday</h2>${meal}`));
      expect(count(article.text, 'two poached eggs')).toBe(2);
    });
  });
});
