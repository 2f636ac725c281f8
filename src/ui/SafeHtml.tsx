import { useEffect, useMemo, useRef } from 'preact/hooks';
import { sanitizeHtml } from '../core/sanitize';

/**
 * The ONLY way extracted HTML reaches an extension page's DOM, and the one place it
 * is sanitized on its way there (DOMPurify, core/sanitize.ts), with this page's own
 * window. The content script doesn't sanitize (it runs in a page Pith doesn't control,
 * and leaving DOMPurify out keeps it small): what it sends is untrusted until here.
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
