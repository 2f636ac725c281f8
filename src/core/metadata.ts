/**
 * Metadata Readability misses, read from the page's own markup: <meta> tags,
 * JSON-LD, <time>, rel=author. Each reader looks at a handful of elements only.
 */
const PUBLISHED_META = [
  'meta[property="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="publish-date"]',
  'meta[name="parsely-pub-date"]',
  'meta[name="sailthru.date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="date"]',
  'meta[property="og:published_time"]',
].join(', ');

const AUTHOR_META =
  'meta[name="author"], meta[property="article:author"], meta[name="parsely-author"], meta[name="sailthru.author"]';
const SITE_META =
  'meta[property="og:site_name"], meta[name="application-name"], meta[name="apple-mobile-web-app-title"]';
const RTL_LANGS = /^(?:ar|he|iw|fa|ur|ps|yi|dv|ckb|sd|ug)\b/i;
const RTL_CHARS = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/g;
const LTR_CHARS = /[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]/g;

function metaContent(document: Document, selector: string): string | null {
  for (const meta of Array.from(document.querySelectorAll(selector))) {
    const value = meta.getAttribute('content')?.trim();
    if (value && !/^https?:\/\//.test(value)) return value;
  }
  return null;
}

/** JSON-LD objects of the page, flattened through @graph and arrays; bad JSON is skipped. */
function jsonLd(document: Document): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) for (const item of value) visit(item);
    else if (value && typeof value === 'object') {
      found.push(value as Record<string, unknown>);
      visit((value as Record<string, unknown>)['@graph']);
    }
  };
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
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
  if (value && typeof value === 'object' && typeof (value as { name?: unknown }).name === 'string') {
    return (value as { name: string }).name.trim() || null;
  }
  return null;
}

export function publishedTimeOf(document: Document): string | null {
  const fromMeta = metaContent(document, PUBLISHED_META);
  if (fromMeta) return fromMeta;
  for (const item of jsonLd(document)) {
    if (typeof item.datePublished === 'string' && item.datePublished.trim()) return item.datePublished.trim();
  }
  const time = document.querySelector('article time[datetime], time[pubdate], time[datetime]');
  return time?.getAttribute('datetime')?.trim() || null;
}

export function bylineOf(document: Document): string | null {
  const fromMeta = metaContent(document, AUTHOR_META);
  if (fromMeta) return fromMeta;
  for (const item of jsonLd(document)) {
    const name = nameOf(item.author);
    if (name) return name;
  }
  const link = document.querySelector('[rel="author"], [itemprop="author"]');
  const text = link?.textContent?.replace(/\s+/g, ' ').trim();
  return text && text.length <= 100 ? text : null;
}

export function siteNameOf(document: Document): string | null {
  const fromMeta = metaContent(document, SITE_META);
  if (fromMeta) return fromMeta;
  for (const item of jsonLd(document)) {
    const name = nameOf(item.publisher);
    if (name) return name;
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
