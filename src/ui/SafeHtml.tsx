import { useEffect, useMemo, useRef } from 'preact/hooks';
import { sanitizeHtml } from '../core/sanitize';

/**
 * The ONLY way extracted HTML reaches an extension page's DOM. The content script
 * already sanitized it in the page, but a page can't be trusted to have run our
 * code unmodified, so it is sanitized again here, with this page's own window.
 * (test/ui/no-raw-html.test.ts keeps raw-HTML APIs out of every other file.)
 */
export function SafeHtml({ html, class: className, lang, dir }: SafeHtmlProps) {
  const clean = useMemo(() => sanitizeHtml(html, window), [html]);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => tidyImages(ref.current), [clean]);
  // Sanitized just above; this is the one place raw HTML is allowed in.
  return (
    <div ref={ref} class={className} lang={lang} dir={dir} dangerouslySetInnerHTML={{ __html: clean }} />
  );
}

/**
 * Images load lazily, and one that fails (offline, hotlink-protected) is hidden
 * rather than leaving an empty box with its alt text in the middle of the text.
 */
function tidyImages(root: HTMLElement | null): (() => void) | undefined {
  if (!root) return undefined;
  const controller = new AbortController();
  for (const img of root.querySelectorAll('img')) {
    img.loading = 'lazy';
    img.decoding = 'async';
    const hide = () => img.closest('figure')?.classList.add('is-broken') ?? img.classList.add('is-broken');
    if (img.complete && img.naturalWidth === 0 && img.getAttribute('src')) hide();
    img.addEventListener('error', hide, { signal: controller.signal });
  }
  return () => controller.abort();
}

interface SafeHtmlProps {
  html: string;
  class?: string;
  lang?: string;
  dir?: 'ltr' | 'rtl';
}
