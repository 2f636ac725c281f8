import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core';
import { MAX_DEPTH } from '../../src/core/guards';
import { parseHtml } from '../../src/node/load-document';
import { PROSE, pageWith } from './page';

const CLUTTERED = pageWith(
  '<div class="ad-slot"><p>Advertisement</p></div><h2>Related</h2><ul><li><a href="/a">Another story about the town</a></li><li><a href="/b">Yet another story about the town</a></li></ul><p>Your support helps us to tell the story. <a href="/support">Read more</a></p>',
);

describe('extract never touches the live page', () => {
  it('leaves the document exactly as it was, clutter and all', () => {
    const dom = parseHtml(CLUTTERED, 'https://news.example/a');
    const before = dom.serialize();
    const result = extract(dom.window.document);
    expect(result.ok).toBe(true);
    if (result.ok) expect(Object.values(result.article.removed).flat().length).toBeGreaterThan(0);
    expect(dom.serialize()).toBe(before);
  });

  it('gives the same article when run twice on the same page', () => {
    const dom = parseHtml(CLUTTERED, 'https://news.example/a');
    expect(extract(dom.window.document)).toEqual(extract(dom.window.document));
  });
});

describe('extract never throws', () => {
  it('refuses an empty document as no-article', () => {
    expect(extract(parseHtml('').window.document)).toMatchObject({ ok: false, reason: 'no-article' });
  });

  it('refuses a frameset', () => {
    const dom = parseHtml('<html><frameset><frame src="a.html"><frame src="b.html"></frameset></html>');
    const result = extract(dom.window.document);
    expect(result.ok).toBe(false);
  });

  it('refuses an SVG document as not-html', () => {
    const dom = new JSDOM('<svg xmlns="http://www.w3.org/2000/svg"><text>Hello</text></svg>', {
      contentType: 'image/svg+xml',
    });
    expect(extract(dom.window.document)).toMatchObject({ ok: false, reason: 'not-html' });
  });

  it('refuses an XML document as not-html', () => {
    const dom = new JSDOM('<?xml version="1.0"?><feed><entry><title>Hi</title></entry></feed>', {
      contentType: 'application/xml',
    });
    expect(extract(dom.window.document)).toMatchObject({ ok: false, reason: 'not-html' });
  });

  it('answers with a reason, not an exception, for a missing document', () => {
    const result = extract(null as unknown as Document);
    expect(result.ok).toBe(false);
  });

  it('refuses a pathologically deep DOM quickly instead of overflowing the stack', () => {
    const dom = parseHtml(pageWith(''));
    const { document } = dom.window;
    let parent: Element = document.body;
    for (let i = 0; i < MAX_DEPTH * 4; i++) {
      const div = document.createElement('div');
      parent.append(div);
      parent = div;
    }
    parent.textContent = PROSE.join(' ');
    const started = performance.now();
    expect(extract(document)).toMatchObject({ ok: false, reason: 'too-large' });
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('refuses pages over the element cap', () => {
    const dom = parseHtml(pageWith(''));
    expect(extract(dom.window.document, { maxElements: 10 })).toMatchObject({
      ok: false,
      reason: 'too-large',
    });
  });

  it('refuses a 10 MB page of text as too-large', () => {
    const paragraph = `<p>${'All work and no play makes a very long page indeed. '.repeat(10)}</p>`;
    const html = `<html><body><article>${paragraph.repeat(20_000)}</article></body></html>`;
    expect(html.length).toBeGreaterThan(10_000_000);
    const dom = parseHtml(html);
    expect(extract(dom.window.document)).toMatchObject({ ok: false, reason: 'too-large' });
    dom.window.close();
  });

  it('survives hostile markup: broken nesting, huge attributes, odd encodings', () => {
    const hostile = `<html><body><article><h1>Title</h1><p>${PROSE.join('</p><p>')}<div class="${'x '.repeat(50_000)}" data-ad="${'y'.repeat(100_000)}"><table><tr><td><p>cell<td>another</table><p>\u0000\uFFFD\uD800 stray surrogates</p></div></b></i></article>`;
    const result = extract(parseHtml(hostile).window.document);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.article.text).toContain(PROSE[4]);
  });
});
