/**
 * What kind of page a tab shows, from its URL alone: pages where no extension may
 * run (browser-internal pages, the web stores), PDFs, local files, ordinary web pages.
 */
export type PageKind = 'internal' | 'store' | 'pdf' | 'file' | 'web' | 'unknown';

const INTERNAL_SCHEMES = [
  'chrome:',
  'chrome-extension:',
  'chrome-search:',
  'chrome-untrusted:',
  'devtools:',
  'edge:',
  'brave:',
  'opera:',
  'vivaldi:',
  'about:',
  'moz-extension:',
  'resource:',
  'view-source:',
  'data:',
  'javascript:',
  'blob:',
];

/** Extension galleries: browsers refuse content scripts there. */
const STORES: readonly { host: string; path?: string }[] = [
  { host: 'chromewebstore.google.com' },
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
  { host: 'addons.mozilla.org' },
];

export function pageKind(url: string | undefined): PageKind {
  if (!url) return 'unknown';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'unknown';
  }
  if (INTERNAL_SCHEMES.includes(parsed.protocol)) return 'internal';
  if (STORES.some((s) => parsed.hostname === s.host && (!s.path || parsed.pathname.startsWith(s.path)))) {
    return 'store';
  }
  if (/\.pdf$/i.test(parsed.pathname)) return 'pdf';
  if (parsed.protocol === 'file:') return 'file';
  if (parsed.protocol === 'http:' || parsed.protocol === 'https:') return 'web';
  return 'unknown';
}
