import { useMemo } from 'preact/hooks';
import { sanitizeHtml } from '../core/sanitize';

/**
 * The ONLY way extracted HTML reaches an extension page's DOM. The content script
 * already sanitized it in the page, but a page can't be trusted to have run our
 * code unmodified, so it is sanitized again here, with this page's own window.
 * (test/ui/no-raw-html.test.ts keeps raw-HTML APIs out of every other file.)
 */
export function SafeHtml({ html, class: className, lang, dir }: SafeHtmlProps) {
  const clean = useMemo(() => sanitizeHtml(html, window), [html]);
  // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitized just above; this is the one allowed place.
  return <div class={className} lang={lang} dir={dir} dangerouslySetInnerHTML={{ __html: clean }} />;
}

interface SafeHtmlProps {
  html: string;
  class?: string;
  lang?: string;
  dir?: 'ltr' | 'rtl';
}
