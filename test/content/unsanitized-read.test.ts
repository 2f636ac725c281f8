/**
 * The content script reads the page without DOMPurify (readPage with dropUnrendered) and the
 * extension page sanitizes what it renders (SafeHtml → sanitizeHtml). That split must show the
 * reader exactly what extract() (which sanitizes in place, step 6) makes of the page: the same
 * sanitized HTML, the same text blocks. Checked on every golden fixture, the hostile page included.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core';
import { allCategories } from '../../src/core/options';
import { readPage } from '../../src/core/read-page';
import { sanitizeHtml } from '../../src/core/sanitize';
import { dropUnrendered } from '../../src/core/unrendered';
import { parseHtml, releaseWindow } from '../../src/node/load-document';
import { loadFixtures } from '../helpers/fixtures';

const ACTIVE = /<(script|iframe|object|embed|form|svg|math|style)\b|\son\w+\s*=|javascript:/i;

describe('content script read, sanitized where rendered', () => {
  for (const fixture of loadFixtures()) {
    it(`${fixture.name}: same article as extract()`, async () => {
      const options = { remove: allCategories(true), quotes: false };
      const reference = parseHtml(fixture.html, fixture.expected.url);
      const expected = extract(reference.window.document, options);
      const live = parseHtml(fixture.html, fixture.expected.url);
      const read = readPage(live.window.document, options, dropUnrendered);
      if (expected.ok && read.ok) {
        expect(read.article.paragraphs).toEqual(expected.article.paragraphs);
        const rendered = sanitizeHtml(read.article.html, reference.window as unknown as Window);
        expect(rendered).toBe(expected.article.html);
        expect(rendered).not.toMatch(ACTIVE);
      } else {
        expect(read.ok).toBe(expected.ok);
        if (!read.ok && !expected.ok) expect(read.reason).toBe(expected.reason);
      }
      await releaseWindow(reference);
      await releaseWindow(live);
    });
  }

  it('leaves out the text the sanitizer drops with its element (math, frame fallback, template)', async () => {
    const para =
      'A sentence long enough to be part of an article rather than a clock or a counter, said twice. ';
    const html = `<!doctype html><html lang="en"><head><title>T</title></head><body><article><h1>Title</h1>
      <p>${para.repeat(3)}</p><p>Formula <math><mi>x</mi><mo>=</mo><mn>1</mn></math> here, ${para}</p>
      <p>${para.repeat(2)}<iframe>fallback words</iframe></p><template><p>template words ${para}</p></template>
      <p>${para.repeat(3)}</p></article></body></html>`;
    const reference = parseHtml(html, 'https://news.example/a');
    const expected = extract(reference.window.document, { quotes: false });
    const live = parseHtml(html, 'https://news.example/a');
    const read = readPage(live.window.document, {}, dropUnrendered);
    expect(expected.ok && read.ok).toBe(true);
    if (expected.ok && read.ok) {
      expect(read.article.paragraphs).toEqual(expected.article.paragraphs);
      expect(read.article.text).not.toMatch(/fallback words|template words|x=1/);
    }
    await releaseWindow(reference);
    await releaseWindow(live);
  });
});
