/**
 * Seeded mutations of real pages, for the fuzz test and `npm run fuzz`: the
 * families that once made extraction throw, hang or end in reason `error`
 * (issue 12). String mutations run on the HTML before parsing; DOM mutations on
 * the parsed document. Every choice comes from the seeded generator, so a case
 * is reproduced by its seed.
 */
import { EXTREMES, type ExtremeShape } from './extremes';

/** mulberry32: small, fast, good enough to pick mutations. */
export function randomFrom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    size: (min, max) => Math.min(max, Math.floor(min * (max / min) ** next())),
    pick: (items) => items[Math.floor(next() * items.length)]!,
    chance: (p) => next() < p,
  };
}

export interface Random {
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  /**
   * A size in [min, max] (min > 0), log-uniform: each order of magnitude is drawn as
   * often, so the largest sizes still come up but most cases cost no more than a real page.
   */
  size(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
}

/** How large the grown shapes may get: `suite` keeps the test quick, `long` reaches the sizes that hurt. */
export type Scale = 'suite' | 'long';

type StringMutation = (html: string, random: Random, scale: Scale) => { html: string; label: string };
type DomMutation = (document: Document, random: Random, scale: Scale) => string;

const STRING_MUTATIONS: Record<string, StringMutation> = {
  truncate: (html, r) => {
    const at = r.int(0, html.length);
    return { html: html.slice(0, at), label: `truncate@${at}` };
  },
  nulBytes: (html, r) => {
    let out = html;
    const count = r.int(1, 20);
    for (let i = 0; i < count; i++) {
      const at = r.int(0, out.length);
      out = `${out.slice(0, at)}\u0000${out.slice(at)}`;
    }
    return { html: out, label: `nul×${count}` };
  },
  boms: (html, r) => {
    const at = r.chance(0.5) ? 0 : r.int(0, html.length);
    const count = r.int(1, 3);
    return {
      html: `${html.slice(0, at)}${'\uFEFF'.repeat(count)}${html.slice(at)}`,
      label: `bom×${count}@${at}`,
    };
  },
  misnest: (html, r) => {
    const tags = [
      '</div>',
      '<div>',
      '</p>',
      '<p>',
      '<table>',
      '</table>',
      '<td>',
      '</b><i>',
      '<b><p>',
      '</body>',
      '<body>',
      '</html>',
      '<frameset>',
      '<html 1a>',
      '<html lang="en"">',
      '<li>',
      '</ul></ul>',
      '<select>',
      '<template>',
      '<noscript>',
      '<svg>',
      '<math>',
      '<!--',
      '-->',
      '<plaintext>',
      '<xmp>',
      '<textarea>',
    ];
    let out = html;
    const count = r.int(1, 12);
    for (let i = 0; i < count; i++) {
      const at = r.int(0, out.length);
      out = `${out.slice(0, at)}${r.pick(tags)}${out.slice(at)}`;
    }
    return { html: out, label: `misnest×${count}` };
  },
  attributeGarbage: (html, r) => {
    const garbage = [
      'x"=y',
      '1a',
      '"',
      "'",
      '=',
      'on click=alert(1)',
      'onload="alert(1)"',
      'style="display:none"',
      'hidden',
      'aria-hidden="true"',
      'class="ad-slot newsletter share"',
      `data-x="${'y'.repeat(1000)}"`,
      'role="navigation"',
      'href="javascript:alert(1)"',
      'src="javascript:alert(1)"',
      'xmlns:foo="bar"',
      ':a',
      'a:b:c',
      '\u0000=1',
    ];
    const opens = [...html.matchAll(/<([a-z][a-z0-9]*)(?=[\s>])/gi)].map((m) => m.index! + m[0].length);
    if (opens.length === 0) return { html, label: 'attrs×0' };
    let out = html;
    const count = r.int(1, 30);
    const chosen = Array.from({ length: count }, () => r.pick(opens)).sort((a, b) => b - a);
    for (const at of chosen) out = `${out.slice(0, at)} ${r.pick(garbage)}${out.slice(at)}`;
    return { html: out, label: `attrs×${count}` };
  },
  activeContent: (html, r) => {
    const snippets = [
      '<script>alert(1)</script>',
      '<img src=x onerror="alert(1)">',
      '<a href="javascript:alert(1)">x</a>',
      '<iframe src="https://evil.example/"></iframe>',
      '<svg onload="alert(1)"><script>alert(1)</script></svg>',
      '<object data="x.swf"></object>',
      '<embed src="x.swf">',
      '<form action="https://evil.example/"><input></form>',
      '<p style="background:url(javascript:alert(1))" onclick="alert(1)">click</p>',
      '<a href=" jav&#x09;ascript:alert(1)">y</a>',
      '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
      '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
      '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    ];
    let out = html;
    const count = r.int(1, 8);
    for (let i = 0; i < count; i++) {
      const at = r.int(0, out.length);
      out = `${out.slice(0, at)}${r.pick(snippets)}${out.slice(at)}`;
    }
    return { html: out, label: `active×${count}` };
  },
};

const DOM_MUTATIONS: Record<string, DomMutation> = {
  deleteSubtree: (d, r) => {
    const count = r.int(1, 10);
    const all = elementsOf(d);
    for (let i = 0; i < count; i++) randomElement(d, r, all)?.remove();
    return `delete×${count}`;
  },
  duplicateSubtree: (d, r) => {
    const count = r.int(1, 5);
    const all = elementsOf(d);
    for (let i = 0; i < count; i++) {
      const el = randomElement(d, r, all);
      if (el?.parentNode) el.after(el.cloneNode(true));
    }
    return `duplicate×${count}`;
  },
  moveSubtree: (d, r) => {
    const count = r.int(1, 10);
    const all = elementsOf(d);
    for (let i = 0; i < count; i++) {
      const el = randomElement(d, r, all);
      const target = randomElement(d, r, all);
      if (el && target && !el.contains(target)) target.append(el);
    }
    return `move×${count}`;
  },
  deepNesting: (d, r, scale) => {
    const depth = r.size(50, scale === 'long' ? 5_000 : 600);
    const tag = r.pick(['div', 'span', 'nav', 'aside', 'section', 'b', 'blockquote', 'li']);
    const el = placeFor(d, r);
    let inner: Element = el;
    for (let i = 0; i < depth; i++) {
      const wrapper = d.createElement(tag);
      inner.append(wrapper);
      inner = wrapper;
    }
    inner.textContent = 'Deep text. '.repeat(r.int(1, 50));
    return `deep(${tag})×${depth}`;
  },
  hugeTextNode: (d, r, scale) => {
    const chars = r.size(10_000, scale === 'long' ? 3_000_000 : 300_000);
    const word = r.pick(['word ', 'x', 'Lorem ipsum dolor sit amet. ', '“Quote,” said he. ', ' \n\t ']);
    placeFor(d, r).append(d.createTextNode(word.repeat(Math.ceil(chars / word.length))));
    return `hugeText(${JSON.stringify(word.trim() || 'blank')})×${chars}`;
  },
  manyParagraphs: (d, r, scale) => {
    // The `manyParagraphs` shape reaches 59,000. Built node by node: the same tree as
    // `holder.innerHTML = '<p>…</p>'.repeat(count)`, but jsdom's fragment parser is
    // quadratic here (8 s for 15,000 paragraphs against 0.4 s).
    const count = r.size(500, scale === 'long' ? 20_000 : 5_000);
    const holder = d.createElement('div');
    for (let i = 0; i < count; i++) {
      const p = d.createElement('p');
      p.textContent = `Paragraph ${i} of a very long page.`;
      holder.append(p);
    }
    placeFor(d, r).append(holder);
    return `paragraphs×${count}`;
  },
  quoteChain: (d, r, scale) => {
    const bytes = r.size(5_000, scale === 'long' ? 1_200_000 : 150_000);
    const unit = r.pick([
      '“The report will be published on Tuesday,” said Jane Doe. ',
      '"It is fine," he said, "and it will stay fine," ',
      '„Das ist gut“, sagte sie. ',
      '« C’est bien », dit-il. ',
      '“Unclosed and long ',
    ]);
    const p = d.createElement('p');
    p.textContent = unit.repeat(Math.ceil(bytes / unit.length));
    placeFor(d, r).append(p);
    return `quoteChain×${bytes}`;
  },
  chromeChain: (d, r, scale) => {
    // Built node by node (jsdom's fragment parser is slow on large markup): the same tree
    // as `holder.innerHTML = '<nav><a href="/x">link</a>…<aside>…'` (each level holds its
    // links, then the level below it; level 0 is innermost).
    const depth = r.size(20, scale === 'long' ? 240 : 120);
    let inner: Element | null = null;
    for (let i = 0; i < depth; i++) {
      const level = d.createElement(['nav', 'aside', 'footer'][i % 3]!);
      const links = r.int(1, 20);
      for (let j = 0; j < links; j++) {
        const a = d.createElement('a');
        a.setAttribute('href', '/x');
        a.textContent = 'link';
        level.append(a);
      }
      if (inner) level.append(inner);
      inner = level;
    }
    const holder = d.createElement('div');
    if (inner) holder.append(inner);
    placeFor(d, r).append(holder);
    return `chromeChain×${depth}`;
  },
};

/**
 * The body's elements, listed once per mutation: listing them for every pick (up to 20 a
 * mutation) cost the runner more than extract() on large pages. Picks made after a
 * mutation changed the tree may land on a detached element; the mutations skip those.
 */
function elementsOf(d: Document): Element[] {
  return d.body ? Array.from(d.body.querySelectorAll('*')) : [];
}

/**
 * Where an inserting mutation puts its nodes: a random element, else the body, else the root. An
 * earlier mutation may have deleted the body (an empty body is its only pick): the page then has
 * none, which a browser accepts too, and the next insertion goes into the root.
 */
function placeFor(d: Document, r: Random): Element {
  return randomElement(d, r) ?? d.body ?? d.documentElement ?? d.appendChild(d.createElement('html'));
}

function randomElement(d: Document, r: Random, all: readonly Element[] = elementsOf(d)): Element | null {
  if (all.length === 0) return d.body;
  const el = all[r.int(0, all.length - 1)]!;
  return el.isConnected ? el : null;
}

export interface FuzzCase {
  /** What the case was built from and what was done to it, for the report. */
  shape: string;
  html: string;
  /** Applied to the parsed document before extraction. */
  mutateDom: (document: Document) => string[];
}

/**
 * One case: a seed page (or an extreme shape), one to three mutations. The
 * string mutations apply now; the DOM ones when the caller has parsed the page.
 */
export function buildCase(
  seed: number,
  pages: readonly { name: string; html: string }[],
  scale: Scale,
): FuzzCase {
  const r = randomFrom(seed);
  let html: string;
  let base: string;
  if (r.chance(0.15) || pages.length === 0) {
    const shape = r.pick(Object.keys(EXTREMES) as ExtremeShape[]);
    const size = extremeSize(shape, r, scale);
    html = EXTREMES[shape](size);
    base = `${shape}(${size})`;
  } else {
    const page = r.pick(pages);
    html = page.html;
    base = page.name;
  }
  const labels: string[] = [];
  const domPlan: string[] = [];
  const count = r.int(1, 3);
  const families = [...Object.keys(STRING_MUTATIONS), ...Object.keys(DOM_MUTATIONS)];
  for (let i = 0; i < count; i++) {
    const family = r.pick(families);
    const stringMutation = STRING_MUTATIONS[family];
    if (stringMutation) {
      const mutated = stringMutation(html, r, scale);
      html = mutated.html;
      labels.push(mutated.label);
    } else {
      domPlan.push(family);
    }
  }
  const domSeed = r.int(0, 2 ** 31);
  return {
    shape: [base, ...labels].join(' + '),
    html,
    mutateDom: (document) => {
      const dr = randomFrom(domSeed);
      return domPlan.map((family) => DOM_MUTATIONS[family]!(document, dr, scale));
    },
  };
}

function extremeSize(shape: ExtremeShape, r: Random, scale: Scale): number {
  const long = scale === 'long';
  switch (shape) {
    case 'quoteChain':
      return r.size(10_000, long ? 1_200_000 : 200_000);
    case 'quoteParagraphs':
      return r.size(100, long ? 10_000 : 1_000);
    case 'bigTable':
      return r.size(1_000, long ? 51_000 : 6_000);
    case 'manyParagraphs':
      return r.size(1_000, long ? 59_000 : 6_000);
    case 'chromeChain':
      return r.size(20, long ? 240 : 100);
    case 'chromeForest':
      return r.size(100, long ? 10_000 : 1_000);
    case 'deep':
      return r.size(100, long ? 5_000 : 1_000);
    case 'hugeText':
      return r.size(10_000, long ? 3_000_000 : 300_000);
    case 'manyInline':
      return r.size(1_000, long ? 100_000 : 10_000);
  }
}
