/**
 * The content script's stand-in for step 6 (read-page.ts): it leaves out of the article the
 * elements whose content the sanitizer drops with them (sanitize.ts: forbidden tags that are also
 * in DOMPurify's FORBID_CONTENTS), so the text blocks it counts are the text the reader will be
 * shown. It is not a sanitizer and makes nothing safe: the HTML the content script sends is
 * untrusted (it runs in a page Pith doesn't control) and is sanitized, once, where an extension
 * page renders it (src/ui/SafeHtml.tsx). This keeps DOMPurify (~11 KB gzip) out of the script
 * injected into every page read. Other forbidden tags (form, button, object …) keep their text
 * under the sanitizer, so they stay here too.
 */
export const DROPPED_WITH_CONTENT = ['script', 'style', 'iframe', 'svg', 'math', 'template', 'noscript'];
const SELECTOR = DROPPED_WITH_CONTENT.join(',');

export function dropUnrendered<T extends Element>(article: T): T {
  for (const element of Array.from(article.querySelectorAll(SELECTOR))) element.remove();
  return article;
}
