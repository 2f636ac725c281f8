import { describe, expect, it } from 'vitest';
import { WorkBudget } from '../../src/core/budget';
import type { CloneLimits } from '../../src/core/copy-limits';
import { leanClone as cloneWithLimits, type LeanCopy } from '../../src/core/lean-clone';
import { articleMarkers } from '../../src/core/lean-clone-skips';
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
function leanCopy(document: Document, limits: Partial<CloneLimits> = {}): LeanCopy {
  const copy = cloneWithLimits(document, { ...roomy, ...limits });
  if (typeof copy === 'string') throw new Error(`unexpected limit: ${copy}`);
  return copy;
}
function leanClone(document: Document, baseUrl?: string): Document {
  return leanCopy(document, { baseUrl }).document;
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

describe('leanClone and hover cards', () => {
  const source = parseHtml(`<html><body><main>
    <p>The bill was written by Rep. <span class="card-host"><a href="/people/ann-lee">Ann Lee</a><span class="card"><img src="lee.jpg"><a href="/people/ann-lee">Ann Lee</a><a href="/2026/story-one">Lee calls for bridge funds</a> <a href="/2026/story-two">Budget talks stall</a></span></span> and passed on Tuesday.</p>
    <p>Read <a href="/guide">the guide</a><span> (with <a href="/guide">its summary</a> and <a href="/faq">the questions</a>)</span> before you vote.</p>
    <p>See <a href="/map">the map</a><span><a href="/map/north">north</a> and <a href="/map/south">south</a></span> too.</p>
  </main></body></html>`).window.document;
  const text = (leanClone(source).body.textContent ?? '').replace(/\s+/g, ' ');

  it('leaves out a card that repeats the link it hangs on, with a picture or more links', () => {
    expect(text).toContain('The bill was written by Rep. Ann Lee and passed on Tuesday.');
    expect(text).not.toContain('Budget talks stall');
  });

  it('keeps a box after a link outside any paragraph, though it links to the same place', () => {
    const page = parseHtml(
      `<html><body><a href="/">The Gazette</a><div><img src="a.jpg"><p>The council met on <a href="/">Tuesday</a> and voted, said <a href="/people/lee">Ann Lee</a>.</p></div></body></html>`,
    ).window.document;
    expect(leanClone(page).body.textContent).toContain('The council met on Tuesday and voted');
  });

  it('keeps words after a link that go on the sentence, even when they link to it again', () => {
    expect(text).toContain('(with its summary and the questions)');
    expect(text).toContain('north and south');
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
  it('leaves out what lies deeper than the depth limit, and says so', () => {
    const copy = leanCopy(document, { maxDepth: 3 });
    expect(copy.cut).toBe('depth');
    // html > body (1) > div (2) > div (3) > div (4: left out, with the paragraph in it)
    expect(copy.document.querySelectorAll('div')).toHaveLength(2);
    expect(copy.document.querySelector('p')).toBeNull();
    expect(leanCopy(document).cut).toBeNull();
  });

  it('copies text up to the text limit, cut at a word, and stops there', () => {
    const copy = leanCopy(document, { maxTextLength: 100 });
    expect(copy.cut).toBe('text');
    const text = copy.document.body.textContent ?? '';
    expect(text.length).toBeLessThanOrEqual(100);
    expect(text.length).toBeGreaterThan(90);
    expect(
      text
        .trim()
        .split(' ')
        .every((word) => word === 'word'),
    ).toBe(true);
  });

  it("cuts the copy short at the nesting cap (the sum of the copied elements' depths)", () => {
    // head 1 + body 1 + div 2 = 4; the second div (3) would make 7.
    const copy = leanCopy(document, { maxNesting: 6 });
    expect(copy.cut).toBe('elements');
    expect(copy.document.querySelectorAll('body div')).toHaveLength(1);
    // head 1 + body 1 + divs 2, 3, 4 + p 5 = 16: the whole page.
    expect(leanCopy(document, { maxNesting: 16 }).cut).toBeNull();
    expect(leanCopy(document, { maxNesting: 15 }).cut).toBe('elements');
  });

  it('cuts the copy short at the cap on children of one parent, and only there', () => {
    const flat = parseHtml(
      `<html><body><div>${'<p>a</p>'.repeat(30)}</div><div>${'<p>b</p>'.repeat(5)}</div></body></html>`,
    ).window.document;
    const copy = leanCopy(flat, { maxChildren: 20 });
    expect(copy.cut).toBe('elements');
    expect(copy.document.querySelectorAll('body p')).toHaveLength(20);
    // Thirty children in all under one div, but never more than 30 under one parent.
    expect(leanCopy(flat, { maxChildren: 30 }).cut).toBeNull();
  });

  it('cuts the copy short at the cap on table cells, counting cells only', () => {
    const table = parseHtml(
      `<html><body><p>Intro</p><table>${'<tr><td>1</td><th>2</th></tr>'.repeat(20)}</table></body></html>`,
    ).window.document;
    const copy = leanCopy(table, { maxTableCells: 30 });
    expect(copy.cut).toBe('elements');
    expect(copy.document.querySelectorAll('td, th')).toHaveLength(30);
    expect(leanCopy(table, { maxTableCells: 40 }).cut).toBeNull();
  });

  it('cuts the copy short at the element cap, keeping the page up to there', () => {
    const copy = leanCopy(document, { maxElements: 4 });
    expect(copy.cut).toBe('elements');
    expect(copy.document.querySelectorAll('body div')).toHaveLength(2);
  });

  it('cuts the copy short when its time is up, and not before', () => {
    const many = parseHtml(`<html><body>${'<p>x</p>'.repeat(2_000)}</body></html>`).window.document;
    // Every look at the clock finds 10 ms more gone: the copy stops after a few looks.
    let ticks = 0;
    const ticking = new WorkBudget({ ms: 1_000, copyMs: 50, retryMs: 1_000 }, () => (ticks += 10));
    ticking.enter('copy');
    const copy = leanCopy(many, { budget: ticking, copyMs: 50 });
    expect(copy.cut).toBe('time');
    const copied = copy.document.querySelectorAll('p').length;
    expect(copied).toBeGreaterThan(0);
    expect(copied).toBeLessThan(2_000);
    const stopped = new WorkBudget({ ms: 1_000, copyMs: 50, retryMs: 1_000 }, () => 0);
    stopped.enter('copy');
    expect(leanCopy(many, { budget: stopped, copyMs: 50 }).cut).toBeNull();
  });
});

describe('leanClone whitespace inside inline elements', () => {
  it('keeps a blank inline element between two words (it is the space between them)', () => {
    const source = parseHtml(
      '<html><body><p>The<strong> </strong>Working <em>day </em>ends</p></body></html>',
    );
    expect(leanClone(source.window.document).querySelector('p')?.textContent).toBe('The Working day ends');
  });

  it('still drops blank text between blocks inside an inline wrapper', () => {
    const source = parseHtml(
      '<html><body><a href="/x">\n  <div>One</div>\n  <div>Two</div>\n</a></body></html>',
    );
    const link = leanClone(source.window.document).querySelector('a')!;
    const blanks = Array.from(link.childNodes).filter(
      (n) => n.nodeType === 3 && n.textContent?.trim() === '',
    );
    // Only the text at the link's two ends stays (it touches whatever is outside the link).
    expect(blanks).toHaveLength(2);
  });
});

describe('leanClone and odd documents', () => {
  it('leaves out root attributes with names the DOM refuses, keeping the valid ones', () => {
    for (const html of [
      '<html lang="en"" dir="rtl"><body><p>x</p></body></html>',
      '<html 1a lang="en" dir="rtl"><body><p>x</p></body></html>',
    ]) {
      const copy = leanClone(parseHtml(html).window.document);
      expect(copy.documentElement.getAttribute('lang')).toBe('en');
      expect(copy.documentElement.getAttribute('dir')).toBe('rtl');
    }
  });

  it('copies an element whose name createElement refuses, without its style', () => {
    // `<i` left open before `<p style=…>` makes the parser name an element `i<p`.
    const page = parseHtml('<html><body><i<p style="color:red" class="x">Odd name.</p></body></html>');
    const copied = leanClone(page.window.document).body.firstElementChild!;
    expect(copied.localName).toBe('i<p');
    expect(copied.hasAttribute('style')).toBe(false);
    expect(copied.getAttribute('class')).toBe('x');
    expect(copied.textContent).toBe('Odd name.');
  });

  it('gives a frameset filled with flow content a real body', () => {
    const page = parseHtml('<html><head></head><frameset></frameset></html>').window.document;
    const paragraph = page.createElement('p');
    paragraph.textContent = 'Flow content in a frameset.';
    page.body.append(paragraph);
    expect(page.body.tagName).toBe('FRAMESET');
    const copy = leanClone(page);
    expect(copy.body.tagName).toBe('BODY');
    expect(copy.body.textContent).toBe('Flow content in a frameset.');
  });

  it('notes the hidden element with the most text, and copies it when asked to reveal it', () => {
    const page = parseHtml(
      '<html><body><div hidden>short</div><section hidden aria-hidden="true"><p>A much longer hidden text.</p></section><p>Shown.</p></body></html>',
    ).window.document;
    const first = leanCopy(page);
    expect(first.document.body.textContent).toBe('Shown.');
    expect(first.largestHidden?.element.tagName).toBe('SECTION');
    const revealed = leanCopy(page, { reveal: first.largestHidden!.element }).document;
    expect(revealed.body.textContent).toContain('A much longer hidden text.');
    expect(revealed.querySelector('section')?.hasAttribute('hidden')).toBe(false);
    expect(revealed.body.textContent).not.toContain('short');
  });
});

describe('leanClone and nested page chrome', () => {
  it('keeps every level of a nav/aside/footer chain around the article, and drops the chains without one', () => {
    const depth = 200;
    const tags = ['nav', 'aside', 'footer'];
    const chain = (inner: string) =>
      Array.from({ length: depth }, (_, i) => tags[i % 3]!).reduceRight(
        (html, tag, i) => `<${tag}><a href="/${i}">link ${i}</a>${html}</${tag}>`,
        inner,
      );
    const page = parseHtml(
      `<html><body>${chain('<p>menu</p>')}${chain('<article><h1>T</h1><p>Body text.</p></article>')}</body></html>`,
    ).window.document;
    const copy = leanCopy(page, { maxDepth: 1_000 }).document;
    expect(copy.body.textContent).toContain('Body text.');
    expect(copy.body.textContent).not.toContain('menu');
    expect(copy.querySelectorAll('a')).toHaveLength(depth);
  });
});

describe('leanClone and long blank text', () => {
  it('copies megabytes of blank text as one space (it renders as one), but keeps it inside <pre>', () => {
    const blank = ' \n\t'.repeat(100_000);
    const page = parseHtml(`<html><body><p>One<b>${blank}</b>two</p></body></html>`);
    const copy = leanCopy(page.window.document, { maxTextLength: 100_000 });
    expect(copy.cut).toBeNull();
    expect(copy.document.querySelector('p')?.textContent).toBe('One two');
    const pre = parseHtml(`<html><body><pre>a<b>${blank}</b>b</pre></body></html>`);
    expect(
      leanCopy(pre.window.document, { maxTextLength: 1_000_000 }).document.querySelector('pre')?.textContent,
    ).toBe(`a${blank}b`);
  });
});

describe('articleMarkers', () => {
  it('lists what the selector it replaces lists, in page order, the root included', () => {
    const page = parseHtml(`<html itemprop="articleBody"><body><nav><h1>Menu</h1></nav><main><article>
      <div itemprop="articleBody"><p>x</p></div><div itemprop="articleBodyX"></div></article></main>
      <H1>Title</H1></body></html>`).window.document;
    const expected = Array.from(page.querySelectorAll('main, article, h1, [itemprop="articleBody"]'));
    expect(expected).toHaveLength(6);
    expect(articleMarkers(page)).toEqual(expected);
  });
});
