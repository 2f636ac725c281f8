import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core';
import { DEFAULT_LIMITS, STAGES, type Stage, WorkBudget } from '../../src/core/budget';
import { extractWithin } from '../../src/core/extract';
import {
  MAX_CHILDREN,
  MAX_DEPTH,
  MAX_TABLE_CELLS,
  MAX_TEXT_LENGTH,
  MAX_TEXT_NODE,
} from '../../src/core/guards';
import { parseHtml } from '../../src/node/load-document';
import { PROSE, pageWith } from './page';

/** extract() on a page parsed from HTML, its window released before the result is checked. */
function extractAndRelease(html: string) {
  const dom = parseHtml(html);
  const result = extract(dom.window.document);
  dom.window.close();
  return result;
}

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
    const dom = parseHtml('<html><body></body></html>');
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
    // A hang guard, not a speed test (speed is measured by `npm run fuzz`): ten times the work budget.
    expect(performance.now() - started).toBeLessThan(10 * DEFAULT_LIMITS.ms);
  });

  it('reads the article beside a pathologically deep subtree, leaving that subtree out', () => {
    const dom = parseHtml(pageWith(''));
    const { document } = dom.window;
    let parent: Element = document.body;
    for (let i = 0; i < MAX_DEPTH * 4; i++) parent = parent.appendChild(document.createElement('div'));
    parent.textContent = 'Deep down here lies a sentence no reader will see in the article.';
    const result = extract(document);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.article.text).toContain(PROSE[4]);
      expect(result.article.text).not.toContain('Deep down');
      expect(result.article.limits?.map((l) => l.stage)).toEqual(['copy']);
    }
  });

  it('reads the part of a page before the element cap, and says only part was read', () => {
    const html = pageWith('');
    const partial = extract(parseHtml(html).window.document, { maxElements: 10 });
    expect(partial.ok).toBe(true);
    if (partial.ok) {
      expect(partial.article.text).toContain(PROSE[0]);
      expect(partial.article.text).not.toContain(PROSE[4]);
      expect(partial.article.limits?.map((l) => l.stage)).toEqual(['copy']);
    }
    const whole = extract(parseHtml(html).window.document);
    expect(whole.ok && whole.article.limits).toBeUndefined();
  });

  it('reads a page of thousands of sibling blocks up to the cap on children of one parent', () => {
    const line = (i: number) =>
      `<div>Line ${i} of a page that is one very long flat list of short blocks.</div>`;
    const html = `<html><body><article><h1>Flat</h1>${Array.from({ length: MAX_CHILDREN * 2 }, (_, i) => line(i)).join('')}</article></body></html>`;
    const result = extractAndRelease(html);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.article.text).toContain('Line 0 of a page');
      expect(result.article.text).not.toContain(`Line ${MAX_CHILDREN + 1} of a page`);
      expect(result.article.limits?.map((l) => l.stage)).toEqual(['copy']);
    }
  });

  it('reads a paragraph longer than the text-node cap up to it, cut at a word, and says only part was read', () => {
    const html = `<html><body><article><h1>Dump</h1><p>${PROSE[0]}</p><p>${'word '.repeat(MAX_TEXT_NODE / 2)}</p></article></body></html>`;
    const result = extractAndRelease(html);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.article.text).toContain(PROSE[0]);
      const longest = Math.max(...result.article.paragraphs.map((p) => p.length));
      expect(longest).toBeLessThanOrEqual(MAX_TEXT_NODE);
      expect(result.article.text).not.toMatch(/\bwor\b|\bw\b/u);
      expect(result.article.limits?.map((l) => l.stage)).toEqual(['copy']);
    }
  });

  it('reads a page with a huge data table up to the cap on table cells, and says only part was read', () => {
    // 20% more cells than the cap, in fewer elements than the element cap and rows than the children cap.
    const rows = Array.from(
      { length: (MAX_TABLE_CELLS * 1.2) / 4 },
      (_, i) => `<tr><td>${i}</td><td>a</td><td>b</td><td>c</td></tr>`,
    );
    const html = `<html><body><article><h1>Results</h1><p>${PROSE[0]}</p><p>${PROSE[1]}</p><table>${rows.join('')}</table></article></body></html>`;
    const result = extractAndRelease(html);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.article.text).toContain(PROSE[0]);
      expect(result.article.limits?.map((l) => l.stage)).toEqual(['copy']);
    }
  });

  it('refuses as too-large a page whose part before the element cap holds no article', () => {
    const dom = parseHtml(pageWith(''));
    expect(extract(dom.window.document, { maxElements: 6 })).toMatchObject({
      ok: false,
      reason: 'too-large',
    });
  });

  it('reads a 10 MB page of text up to the text cap instead of hanging on it', () => {
    const paragraph = (i: number) =>
      `<p>Paragraph ${i}. ${'All work and no play makes a very long page indeed. '.repeat(10)}</p>`;
    const html = `<html><body><article><h1>Long</h1>${Array.from({ length: 20_000 }, (_, i) => paragraph(i)).join('')}</article></body></html>`;
    expect(html.length).toBeGreaterThan(10_000_000);
    const result = extractAndRelease(html);
    expect(result.ok).toBe(true);
    if (result.ok) {
      // Each paragraph holds ~530 characters: the text cap stops the copy after about 1,900 of them.
      expect(result.article.paragraphs.length).toBeLessThan((MAX_TEXT_LENGTH / 500) * 1.1);
      expect(result.article.paragraphs[1]).toMatch(/^Paragraph 0\./);
      expect(result.article.limits?.[0]?.stage).toBe('copy');
    }
  });

  it('survives hostile markup: broken nesting, huge attributes, odd encodings', () => {
    const hostile = `<html><body><article><h1>Title</h1><p>${PROSE.join('</p><p>')}<div class="${'x '.repeat(50_000)}" data-ad="${'y'.repeat(100_000)}"><table><tr><td><p>cell<td>another</table><p>\u0000\uFFFD\uD800 stray surrogates</p></div></b></i></article>`;
    const result = extract(parseHtml(hostile).window.document);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.article.text).toContain(PROSE[4]);
  });
});

describe('extract within a work budget', () => {
  /** A budget whose clock jumps past its limit when the given stage starts. */
  function budgetRunningOutAt(stage: Stage): WorkBudget {
    let now = 0;
    const budget = new WorkBudget({ ms: 100, copyMs: 100, retryMs: 100 }, () => now);
    const enter = budget.enter.bind(budget);
    budget.enter = (next: Stage) => {
      if (next === stage) now = 1_000;
      enter(next);
    };
    return budget;
  }
  const QUOTED = pageWith(
    '<p>“We will rebuild the bridge in eighteen months,” said Ann Lee, the council’s chief engineer.</p>',
  );

  it('skips the key quotes when time runs out before them, and says so', () => {
    const full = extract(parseHtml(QUOTED).window.document);
    expect(full.ok && full.article.quotes.length).toBeGreaterThan(0);
    const result = extractWithin(parseHtml(QUOTED).window.document, {}, budgetRunningOutAt('quotes'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.quotes).toEqual([]);
    expect(result.article.limits).toEqual([
      { stage: 'quotes', kind: 'quotes', message: 'Key quotes skipped: the article is very long.' },
    ]);
    expect(result.article.text).toBe(full.ok ? full.article.text : '');
  });

  it('leaves the clutter in when time runs out before the clutter pass, and says so', () => {
    const result = extractWithin(parseHtml(CLUTTERED).window.document, {}, budgetRunningOutAt('clutter'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.text).toContain('Your support helps us');
    expect(result.article.limits?.map((l) => l.stage)).toEqual(['clutter', 'quotes']);
  });

  it('records the time of each stage it ran', () => {
    const budget = new WorkBudget();
    extractWithin(parseHtml(QUOTED).window.document, {}, budget);
    expect(Object.keys(budget.timings)).toEqual([...STAGES]);
  });

  it('skips the quotes of an article holding more quotations than any real one', () => {
    // 2,000 quotations in 200 paragraphs (one paragraph that long would be cut by the copy's text-node cap).
    const paragraph = (n: number) =>
      `<p>${Array.from({ length: 10 }, (_, i) => `“Report ${n}.${i} on the bridge will be published on Tuesday,” said Jane Doe.`).join(' ')}</p>`;
    const result = extract(
      parseHtml(pageWith(Array.from({ length: 200 }, (_, n) => paragraph(n)).join(''))).window.document,
    );
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.article.limits?.map((l) => l.stage)).toEqual(['quotes']);
  });
});

describe('extract and odd documents', () => {
  it('reads a page whose root element has attribute names the DOM refuses', () => {
    for (const root of ['<html lang="en"">', '<html 1a lang="en">']) {
      const result = extract(parseHtml(pageWith('').replace('<html lang="en">', root)).window.document);
      expect(result).toMatchObject({ ok: true, article: { lang: 'en' } });
    }
  });

  it('reads a frameset that a script filled with the article', () => {
    const { document } = parseHtml(
      '<html><head><title>Framed</title></head><frameset></frameset></html>',
    ).window;
    const article = document.createElement('article');
    for (const text of PROSE) article.appendChild(document.createElement('p')).textContent = text;
    document.body.append(article);
    const result = extract(document);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.article.text).toContain(PROSE[2]);
  });

  it('caps the excerpt when the page gives a whole long block as its description', () => {
    const long = `${PROSE.join(' ')} ${PROSE.join(' ')} ${PROSE.join(' ')}`;
    const html = pageWith('').replace('</title>', `</title><meta name="description" content="${long}">`);
    const result = extract(parseHtml(html).window.document);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.excerpt!.length).toBeLessThanOrEqual(502);
    expect(long.startsWith(result.article.excerpt!.replace(/ …$/, ''))).toBe(true);
  });
});

describe('an article rendered hidden, for a script to move into place', () => {
  const hiddenArticle = (visible: string) =>
    `<!doctype html><html lang="en"><head><title>Council approves rebuild of the old bridge</title></head><body>
<header><nav><a href="/">Home</a></nav></header><main>${visible}</main>
<div hidden id="server-rendered"><article><h1>Council approves rebuild of the old bridge</h1>${PROSE.map((p) => `<p>${p}</p>`).join('')}</article></div>
<footer><a href="/about">About us</a></footer></body></html>`;

  it('is read when the visible page holds no article', () => {
    const result = extract(parseHtml(hiddenArticle('<p>Loading…</p>')).window.document);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.article.text).toContain(PROSE[3]);
  });

  it('stays hidden when the visible page has its own article', () => {
    const visible = `<article><h1>Visible story</h1>${PROSE.slice(0, 4)
      .map((p) => `<p>${p.replace('bridge', 'tunnel')}</p>`)
      .join('')}</article>`;
    const result = extract(parseHtml(hiddenArticle(visible)).window.document);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.article.text).toContain('tunnel');
      expect(result.article.text).not.toContain(PROSE[4]);
    }
  });

  it('stays hidden when it is only a little text', () => {
    const html = pageWith('').replace('<main>', '<main><div hidden><p>Short hidden note.</p></div>');
    const page = html.replace(/<article>[\s\S]*<\/article>/, '<p>Loading…</p>');
    expect(extract(parseHtml(page).window.document)).toMatchObject({ ok: false, reason: 'no-article' });
  });
});
