import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from '../../src/core';
import { parseHtml } from '../../src/node/load-document';
import { articleOf, pageWith } from './page';

const HOSTILE = `
<p>Look <a href="javascript:alert(1)">here</a> and <a href="JaVaScRiPt&colon;alert(2)">there</a>
and <a href="https://news.example/ok">a real link</a>.</p>
<p><img src="x.jpg" onerror="alert(3)" alt="photo"> <span onclick="alert(4)" style="color:red">styled</span></p>
<script>alert(5)</script><iframe src="https://evil.example/"></iframe>
<form action="https://evil.example/steal"><input name="email"><button>Go</button></form>
<svg><script>alert(6)</script></svg><object data="x.swf"></object><embed src="x.swf">
<p><a href="data:text/html,<script>alert(7)</script>">data link</a></p>`;

function activeBits(html: string): string[] {
  const doc = parseHtml(`<body>${html}</body>`).window.document;
  const found: string[] = [];
  for (const el of Array.from(doc.body.querySelectorAll('*'))) {
    if (/^(SCRIPT|IFRAME|FORM|INPUT|BUTTON|OBJECT|EMBED|SVG|STYLE)$/i.test(el.tagName))
      found.push(el.tagName);
    for (const attr of Array.from(el.attributes)) {
      if (/^on/i.test(attr.name) || attr.name === 'style') found.push(`${el.tagName}@${attr.name}`);
      if (/^(href|src)$/.test(attr.name) && /^\s*(javascript|data|vbscript):/i.test(attr.value))
        found.push(attr.value);
    }
  }
  return found;
}

describe('sanitize', () => {
  it('sanitizeHtml strips scripts, handlers, javascript: URLs, forms and frames', () => {
    const clean = sanitizeHtml(HOSTILE, parseHtml('').window as unknown as Window);
    expect(activeBits(clean)).toEqual([]);
    expect(clean).toContain('https://news.example/ok');
    expect(clean).toContain('noopener');
  });

  it('the article HTML from extract carries nothing that can run', () => {
    const article = articleOf(pageWith(HOSTILE));
    expect(activeBits(article.html)).toEqual([]);
    expect(article.html).toContain('a real link');
    expect(article.html).not.toMatch(/\bclass=/);
  });
});
