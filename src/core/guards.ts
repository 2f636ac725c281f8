import type { FailureReason } from './types';

/** Deeper than this, Readability's ancestor walks grow explosive (1,000 levels: 90 s in jsdom; 5,000: stack overflow). Real pages stay under ~100. */
export const MAX_DEPTH = 250;
/** Characters of text above which a page is refused (a 10 MB text dump is not an article to read in a popup). */
export const MAX_TEXT_LENGTH = 3_000_000;

export interface Refusal {
  reason: FailureReason;
  message: string;
}

const TOO_LARGE = 'This page is too large to read in Pith.';

/**
 * One iterative walk over the page's elements, stopping early as soon as a
 * limit is crossed: element count, nesting depth. No recursion, so a hostile
 * DOM cannot overflow the stack here.
 */
export function checkWorkload(document: Document, maxElements: number): Refusal | null {
  const root = document.documentElement;
  let count = 0;
  let depth = 0;
  let el: Element | null = root;
  while (el) {
    if (++count > maxElements) return { reason: 'too-large', message: TOO_LARGE };
    const child: Element | null = el.firstElementChild;
    if (child) {
      if (++depth > MAX_DEPTH)
        return { reason: 'too-large', message: 'This page is nested too deeply to read in Pith.' };
      el = child;
      continue;
    }
    while (el && el !== root && !el.nextElementSibling) {
      el = el.parentElement;
      depth--;
    }
    el = el && el !== root ? el.nextElementSibling : null;
  }
  if ((document.body?.textContent?.length ?? 0) > MAX_TEXT_LENGTH)
    return { reason: 'too-large', message: TOO_LARGE };
  return null;
}
