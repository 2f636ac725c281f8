/**
 * What can be told about a saved page from its raw text, before jsdom sees it.
 */

/** jsdom parses anything; this refuses what is plainly not a web page (binary data, plain text). */
export function notHtmlReason(text: string): string | null {
  if (text.trim().length === 0) return 'The file is empty.';
  const head = text.slice(0, 4096);
  if (head.includes('\u0000')) return 'The file is binary, not HTML.';
  if (!/<[a-z!?/]/i.test(head)) return 'The file does not look like HTML (no tags near the start).';
  return null;
}

/** The page's own idea of where it lives: `<link rel="canonical">`, else `og:url`. Absolute http(s) only. */
export function declaredUrl(html: string): string | null {
  const head = html.slice(0, 200_000);
  for (const tag of head.match(/<(?:link|meta)\b[^>]*>/gi) ?? []) {
    const isCanonical = /\brel\s*=\s*["']?canonical\b/i.test(tag);
    const isOgUrl = /\bproperty\s*=\s*["']?og:url\b/i.test(tag);
    if (!isCanonical && !isOgUrl) continue;
    const value = tag.match(
      isCanonical ? /\bhref\s*=\s*(["'])(.*?)\1/i : /\bcontent\s*=\s*(["'])(.*?)\1/i,
    )?.[2];
    if (value && /^https?:\/\//i.test(value) && URL.canParse(value)) return value;
  }
  return null;
}
