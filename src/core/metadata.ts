/**
 * Metadata Readability misses, read from the page's own markup: <meta> tags,
 * JSON-LD, <time>, rel=author. Read lazily, once per page, in one walk over the
 * live page that lists the four kinds of element together: on a page of 60,000
 * elements each querySelectorAll took ~200 ms under jsdom (four of them, 1.6 s
 * with the machine loaded), the walk ~80 ms. (Indexing jsdom's live
 * HTMLCollection from getElementsByTagName re-lists its named items at every
 * access, which made a page of 30,000 links take minutes: issue 12.)
 */
const PUBLISHED_KEYS = [
  'article:published_time',
  'datepublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dc.date',
  'date',
  'og:published_time',
];
const AUTHOR_KEYS = ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator'];
const SITE_KEYS = ['og:site_name', 'application-name', 'apple-mobile-web-app-title'];
const RTL_LANGS = /^(?:ar|he|iw|fa|ur|ps|yi|dv|ckb|sd|ug)\b/i;
const RTL_CHARS = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/g;
const LTR_CHARS = /[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]/g;
const URL_VALUE = /^https?:\/\//;

export interface PageMetadata {
  byline(): string | null;
  siteName(): string | null;
  publishedTime(): string | null;
}

/** The elements metadata is read from, in page order. */
interface Sources {
  metas: Element[];
  scripts: Element[];
  times: Element[];
  relLinks: Element[];
}

function sourcesOf(document: Document): Sources {
  const found: Sources = { metas: [], scripts: [], times: [], relLinks: [] };
  const root = document.documentElement;
  if (!root) return found;
  const walker = document.createTreeWalker(root, 1);
  for (let node: Node | null = root; node; node = walker.nextNode()) {
    const el = node as Element;
    const tag = el.localName;
    if (tag === 'meta') found.metas.push(el);
    else if (tag === 'script') found.scripts.push(el);
    else if (tag === 'time') found.times.push(el);
    else if (tag === 'a' && el.hasAttribute('rel')) found.relLinks.push(el);
  }
  return found;
}

export function pageMetadata(document: Document): PageMetadata {
  let metas: Map<string, string> | undefined;
  let items: Record<string, unknown>[] | undefined;
  let found: Sources | undefined;
  const sources = () => {
    found ??= sourcesOf(document);
    return found;
  };
  const meta = (keys: readonly string[]) => {
    metas ??= readMetas(sources().metas);
    for (const key of keys) {
      const value = metas.get(key);
      if (value) return value;
    }
    return null;
  };
  const jsonLd = () => {
    items ??= readJsonLd(sources().scripts);
    return items;
  };
  return {
    byline: () => meta(AUTHOR_KEYS) ?? firstName(jsonLd(), 'author') ?? authorLink(sources().relLinks),
    siteName: () => meta(SITE_KEYS) ?? firstName(jsonLd(), 'publisher'),
    publishedTime: () =>
      meta(PUBLISHED_KEYS) ?? firstString(jsonLd(), 'datePublished') ?? firstTime(sources().times),
  };
}

/** name/property/itemprop (lower-cased) → content, first one wins; URLs are not names or dates. */
function readMetas(elements: readonly Element[]): Map<string, string> {
  const metas = new Map<string, string>();
  for (const el of elements) {
    const key = (
      el.getAttribute('property') ||
      el.getAttribute('name') ||
      el.getAttribute('itemprop') ||
      ''
    ).toLowerCase();
    const value = el.getAttribute('content')?.trim();
    if (key && value && !URL_VALUE.test(value) && !metas.has(key)) metas.set(key, value);
  }
  return metas;
}

/** JSON-LD objects of the page, flattened through @graph and arrays; bad JSON is skipped. */
function readJsonLd(scripts: readonly Element[]): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) for (const item of value) visit(item);
    else if (value && typeof value === 'object') {
      found.push(value as Record<string, unknown>);
      visit((value as Record<string, unknown>)['@graph']);
    }
  };
  const texts = scripts
    .filter((script) => script.getAttribute('type')?.toLowerCase() === 'application/ld+json')
    .map((script) => script.textContent ?? '');
  for (const root of parseJsonLd(texts)) visit(root);
  return found;
}

/** The parsed JSON of each JSON-LD script's text; broken JSON, which pages ship often enough, is skipped. */
export function parseJsonLd(texts: readonly string[]): unknown[] {
  const roots: unknown[] = [];
  for (const text of texts) {
    try {
      roots.push(JSON.parse(text));
    } catch {
      // Only a fallback (metadata) or a confirmation (an author's bio): nothing to report.
    }
  }
  return roots;
}

function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => n !== null);
    return names.length ? names.join(', ') : null;
  }
  const name = value && typeof value === 'object' ? (value as { name?: unknown }).name : null;
  return typeof name === 'string' ? name.trim() || null : null;
}

function firstName(items: readonly Record<string, unknown>[], key: string): string | null {
  for (const item of items) {
    const name = nameOf(item[key]);
    if (name && !URL_VALUE.test(name)) return name;
  }
  return null;
}

function firstString(items: readonly Record<string, unknown>[], key: string): string | null {
  for (const item of items) {
    const value = item[key];
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return null;
}

function firstTime(times: readonly Element[]): string | null {
  for (const time of times) {
    const value = time.getAttribute('datetime')?.trim();
    if (value) return value;
  }
  return null;
}

function authorLink(links: readonly Element[]): string | null {
  for (const link of links) {
    if (!/(?:^|\s)author(?:\s|$)/i.test(link.getAttribute('rel') ?? '')) continue;
    const text = link.textContent?.replace(/\s+/g, ' ').trim();
    if (text && text.length <= 100) return text;
  }
  return null;
}

/** dir from markup, else from the language, else from which script dominates the text. */
export function directionOf(document: Document, lang: string | null, text: string): 'ltr' | 'rtl' {
  const marked = (
    document.documentElement.getAttribute('dir') ||
    document.body?.getAttribute('dir') ||
    ''
  ).toLowerCase();
  if (marked === 'rtl' || marked === 'ltr') return marked;
  if (lang && RTL_LANGS.test(lang)) return 'rtl';
  const sample = text.slice(0, 2000);
  const rtl = sample.match(RTL_CHARS)?.length ?? 0;
  const ltr = sample.match(LTR_CHARS)?.length ?? 0;
  return rtl > ltr ? 'rtl' : 'ltr';
}
