import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { trimArticleTail } from '../../src/core/article-tail';
import { articleOf, PROSE, without } from './page';

const STORY = PROSE.map((p) => `<p>${p}</p>`).join('');
const OFFER =
  'Reserve your date at the most enchanting event space in town, with tables, chairs and a neighbourhood feel included in every booking we take this season.';

/** A page whose wrapper holds the `<article>` and, after it, `tail`. */
function wrapped(tail: string): string {
  return `<!doctype html><html lang="en"><head><title>Council approves rebuild</title></head><body>
<header><nav><a href="/">Home</a></nav></header>
<main><div class="wrap"><article><h1>Council approves rebuild</h1>${STORY}</article>${tail}</div></main>
<footer><a href="/about">About</a></footer></body></html>`;
}

/** Readability's chosen box, as trimArticleTail receives it. */
function box(html: string): Element {
  return new JSDOM(`<body><div id="box">${html}</div></body>`).window.document.getElementById('box')!;
}

function textOf(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ');
}

describe('what follows the page’s own <article> element', () => {
  it('goes from the extracted article: the page has said where its story ends', () => {
    const article = articleOf(wrapped(`<div class="box"><p>${OFFER}</p></div>`));
    expect(article.text).not.toContain('Reserve your date');
    for (const p of PROSE) expect(article.text).toContain(p);
  });

  it('stays when the reader has switched a category off or shown a block: the tail may hold it', () => {
    const page = wrapped(`<div class="box"><p>${OFFER}</p></div>`);
    expect(articleOf(page, without('related')).text).toContain('Reserve your date');
    expect(articleOf(page, { keep: ['ads:0000'] }).text).toContain('Reserve your date');
  });

  it('is reported to a trace as site chrome, with its text', () => {
    const content = box(`<article>${STORY}</article><div><p>Para comentar debes registrarte.</p></div>`);
    const seen: string[] = [];
    trimArticleTail(content, {
      removed: (text, category, reason) => seen.push(`${category}|${reason}|${text}`),
    });
    expect(seen).toEqual(['chrome|after the article element|Para comentar debes registrarte.']);
    expect(textOf(content)).toContain(PROSE[4]!);
  });

  it('leaves what comes before the element: a standfirst printed above it', () => {
    const content = box(
      `<p>A decade of argument ends.</p><div><article>${STORY}</article><p>Tagged: bridges, council</p></div>`,
    );
    trimArticleTail(content);
    expect(textOf(content)).toContain('A decade of argument ends.');
    expect(textOf(content)).not.toContain('Tagged');
  });

  it('takes teaser cards (short <article> links) but not a live blog’s next entry', () => {
    const card = '<article><a href="/a">Yellow weather warning issued</a> 2 Feb 2025</article>';
    const cards = box(`<article>${STORY}</article><section>${card}${card}</section>`);
    trimArticleTail(cards);
    expect(textOf(cards)).not.toContain('Yellow weather');

    const entry = `<article><p>${PROSE[0]} ${PROSE[1]}</p></article>`;
    const blog = box(`<article>${STORY}</article>${entry}`);
    trimArticleTail(blog);
    expect(textOf(blog)).toContain(PROSE[1]!.slice(0, 40));
    expect(textOf(blog).split(PROSE[0]!.slice(0, 40)).length).toBe(3);
  });

  it('leaves a paywall cut after the element for the clutter pass to flag', () => {
    const content = box(
      `<article>${STORY}</article><div><p>Subscribe to continue reading this story.</p></div>`,
    );
    trimArticleTail(content);
    expect(textOf(content)).toContain('Subscribe to continue reading');
  });

  it('so a story cut off after its element is still flagged as truncated', () => {
    const article = articleOf(
      wrapped('<div class="box"><p>Subscribe today to read the rest of this story.</p></div>'),
    );
    expect(article.truncated).not.toBeNull();
  });

  it('does nothing when the element holds too little of the text to be the story', () => {
    const content = box(`<article><p>${PROSE[0]}</p></article><div>${STORY}</div>`);
    trimArticleTail(content);
    expect(textOf(content)).toContain(PROSE[4]!);
  });
});
