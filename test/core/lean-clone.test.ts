import { describe, expect, it } from 'vitest';
import { type CloneLimits, leanClone as cloneWithLimits } from '../../src/core/lean-clone';
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

const roomy: CloneLimits = { maxElements: 10_000, maxDepth: 100, maxTextLength: 1_000_000 };
function leanClone(document: Document, baseUrl?: string): Document {
  const copy = cloneWithLimits(document, { ...roomy, baseUrl });
  if (typeof copy === 'string') throw new Error(`unexpected limit: ${copy}`);
  return copy;
}

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

describe('leanClone leaves out what Readability would drop anyway', () => {
  const source = parseHtml(`<html><body>
    <nav><a href="/">Home</a></nav><div role="navigation"><a href="/a">A</a></div>
    <main><p>Kept text.</p>
      <p hidden>Hidden.</p><p aria-hidden="true">Aria hidden.</p><p style="display: none">Styled away.</p>
      <p style="color: red">Visible <span style="visibility:hidden">ghost</span></p>
      <img class="lazy" src="placeholder.gif"><noscript><img src="real.jpg"></noscript>
      <noscript><p>Please enable JavaScript</p></noscript>
      <form><input value="x"><button>Go</button><select><option>1</option></select></form>
    </main>
    <aside>Sidebar</aside><footer>Footer</footer>
  </body></html>`).window.document;
  const copy = leanClone(source);
  const text = copy.body.textContent ?? '';

  it('drops navigation, hidden nodes, footers, asides, buttons and selects', () => {
    for (const gone of ['Home', 'Hidden.', 'Aria hidden.', 'Styled away.', 'ghost', 'Sidebar', 'Footer']) {
      expect(text).not.toContain(gone);
    }
    expect(copy.querySelector('button, select, nav')).toBeNull();
    expect(text).toContain('Kept text.');
    expect(text).toContain('Visible');
  });

  it('strips inline styles but keeps a <noscript> that holds the real image', () => {
    expect(copy.querySelector('[style]')).toBeNull();
    expect(copy.querySelectorAll('noscript')).toHaveLength(1);
    expect(copy.querySelector('noscript img')?.getAttribute('src')).toBe('real.jpg');
    expect(text).not.toContain('Please enable JavaScript');
  });
});

describe('leanClone base URL', () => {
  it('resolves relative links against the page, also when the page has a relative <base>', () => {
    const withBase = parseHtml(
      '<html><head><base href="/news/"></head><body><a href="story">s</a></body></html>',
      'https://site.example/a/b',
    );
    const copy = leanClone(withBase.window.document, withBase.window.document.baseURI);
    expect((copy.querySelector('a') as HTMLAnchorElement).href).toBe('https://site.example/news/story');
    const plain = parseHtml(
      '<html><head></head><body><a href="story">s</a></body></html>',
      'https://site.example/a/b',
    );
    const copy2 = leanClone(plain.window.document, 'https://site.example/a/b');
    expect((copy2.querySelector('a') as HTMLAnchorElement).href).toBe('https://site.example/a/story');
  });
});

describe('leanClone limits', () => {
  const page = parseHtml(
    `<html><body><div><div><div><p>${'word '.repeat(50)}</p></div></div></div></body></html>`,
  );
  const document = page.window.document;
  it('stops at the first limit crossed and says which', () => {
    expect(cloneWithLimits(document, { ...roomy, maxElements: 3 })).toBe('elements');
    expect(cloneWithLimits(document, { ...roomy, maxDepth: 3 })).toBe('depth');
    expect(cloneWithLimits(document, { ...roomy, maxTextLength: 100 })).toBe('text');
    expect(typeof cloneWithLimits(document, roomy)).toBe('object');
  });
});

describe('leanClone and broken markup', () => {
  it('keeps a sidebar or footer that (through an unclosed tag) holds the article', () => {
    const page = parseHtml(
      '<html><body><aside class="banner"><p>Banner</p><main><article><h1>T</h1><p>Body text.</p></article></main></aside><footer>F</footer></body></html>',
    );
    const copy = leanClone(page.window.document);
    expect(copy.body.textContent).toContain('Body text.');
    expect(copy.body.textContent).not.toContain('F');
  });
});
