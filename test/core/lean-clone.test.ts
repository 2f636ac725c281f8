import { describe, expect, it } from 'vitest';
import { leanClone } from '../../src/core/lean-clone';
import { parseHtml } from '../../src/node/load-document';

const page = `<!doctype html><html lang="fr" dir="ltr"><head><title>T</title>
<script>var tracker = 1;</script><script type="application/ld+json">{"@type":"NewsArticle"}</script>
<style>p{color:red}</style><link rel="stylesheet" href="a.css"><meta name="author" content="A"></head>
<body class="page">
  <!-- a comment -->
  <div id="main" data-x="1">
    <p>One <b>two</b> <i>three</i></p>
    <pre>  keep
    this  </pre>
    <svg><path d="M0 0"/></svg>
    <template><p>hidden</p></template>
  </div>
</body></html>`;

describe('leanClone', () => {
  const source = parseHtml(page).window.document;
  const before = source.documentElement.outerHTML;
  const copy = leanClone(source);

  it('leaves the source document untouched', () => {
    expect(source.documentElement.outerHTML).toBe(before);
    expect(copy).not.toBe(source);
  });

  it('keeps attributes, the title, meta tags and JSON-LD', () => {
    expect(copy.documentElement.getAttribute('lang')).toBe('fr');
    expect(copy.title).toBe('T');
    expect(copy.querySelector('meta[name=author]')?.getAttribute('content')).toBe('A');
    expect(copy.querySelector('script[type="application/ld+json"]')?.textContent).toContain('NewsArticle');
    expect(copy.getElementById('main')?.getAttribute('data-x')).toBe('1');
    expect(copy.body.className).toBe('page');
  });

  it('drops scripts, styles, stylesheet links, SVG, templates and comments', () => {
    expect(copy.querySelectorAll('script')).toHaveLength(1);
    expect(copy.querySelector('style, link, svg, template')).toBeNull();
    const walker = copy.createTreeWalker(copy.documentElement, 0x80);
    expect(walker.nextNode()).toBeNull();
  });

  it('keeps the words apart and <pre> exactly as it was', () => {
    expect(copy.querySelector('p')?.textContent).toBe('One two three');
    expect(copy.querySelector('pre')?.textContent).toBe(source.querySelector('pre')?.textContent);
  });

  it('drops whitespace that only separates blocks', () => {
    const main = copy.getElementById('main')!;
    const blank = Array.from(main.childNodes).filter((n) => n.nodeType === 3);
    expect(blank).toHaveLength(0);
  });
});
