/**
 * Metadata Readability misses, read from the page's own markup: <meta> tags,
 * JSON-LD, <time>, rel=author. Built lazily, once per page, from
 * querySelectorAll on bare tag names: indexing jsdom's live HTMLCollection
 * (getElementsByTagName) re-lists its named items at every access, which made
 * a page of 30,000 links take minutes here (issue 12).
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

export function pageMetadata(document: Document): PageMetadata {
  let metas: Map<string, string> | undefined;
  let items: Record<string, unknown>[] | undefined;
  const meta = (keys: readonly string[]) => {
    metas ??= readMetas(document);
    for (const key of keys) {
      const value = metas.get(key);
      if (value) return value;
    }
    return null;
  };
  const jsonLd = () => {
    items ??= readJsonLd(document);
    return items;
  };
  return {
    byline: () => meta(AUTHOR_KEYS) ?? firstName(jsonLd(), 'author') ?? authorLink(document),
    siteName: () => meta(SITE_KEYS) ?? firstName(jsonLd(), 'publisher'),
    publishedTime: () =>
      meta(PUBLISHED_KEYS) ?? firstString(jsonLd(), 'datePublished') ?? firstTime(document),
  };
}

/** name/property/itemprop (lower-cased) → content, first one wins; URLs are not names or dates. */
function readMetas(document: Document): Map<string, string> {
  const metas = new Map<string, string>();
  for (const el of Array.from(document.querySelectorAll('meta'))) {
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
function readJsonLd(document: Document): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) for (const item of value) visit(item);
    else if (value && typeof value === 'object') {
      found.push(value as Record<string, unknown>);
      visit((value as Record<string, unknown>)['@graph']);
    }
  };
  for (const script of Array.from(document.querySelectorAll('script'))) {
    if (script.getAttribute('type')?.toLowerCase() !== 'application/ld+json') continue;
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // Pages ship broken JSON-LD often enough; it is only a fallback.
    }
  }
  return found;
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

function firstTime(document: Document): string | null {
  for (const time of Array.from(document.querySelectorAll('time'))) {
    const value = time.getAttribute('datetime')?.trim();
    if (value) return value;
  }
  return null;
}

function authorLink(document: Document): string | null {
  for (const link of Array.from(document.querySelectorAll('a[rel]'))) {
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
