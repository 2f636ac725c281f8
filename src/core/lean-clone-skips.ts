import { INLINE_TAGS } from './clutter/signals';

/**
 * What the lean copy (lean-clone.ts) leaves out or looks at twice, element by element:
 * invisible elements, dead <noscript>, JSON-LD it keeps, and site chrome that holds no article.
 */

/**
 * Every ancestor of the given elements. Each climb stops at an ancestor already
 * seen, so this costs one visit per element however the chrome nests (asking each
 * nested <nav> for an article inside searched its subtree again at every level).
 */
export function ancestorsOf(elements: Iterable<Element>): Set<Element> {
  const seen = new Set<Element>();
  for (const element of elements) {
    for (let up = element.parentElement; up && !seen.has(up); up = up.parentElement) seen.add(up);
  }
  return seen;
}

/**
 * What Readability would remove as invisible before scoring anything (its
 * `_isProbablyVisible`): the `hidden` attribute, aria-hidden (bar its
 * "fallback-image" exception), and inline display:none / visibility:hidden.
 */
export function isHidden(element: Element): boolean {
  if (!element.hasAttributes()) return false;
  if (element.hasAttribute('hidden')) return true;
  if (
    element.getAttribute('aria-hidden') === 'true' &&
    !(element.getAttribute('class') ?? '').includes('fallback-image')
  ) {
    return true;
  }
  const style = element.getAttribute('style');
  return style !== null && INVISIBLE_STYLE.test(style);
}
const INVISIBLE_STYLE =
  /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!\s*important\s*)?(?:;|$)/i;

export const CHROME_TAGS = new Set(['NAV', 'FOOTER', 'ASIDE']);
export const NAVIGATION_ROLES = new Set(['navigation', 'menu', 'menubar']);
/** What marks an article: `main, article, h1, [itemprop="articleBody"]`. */
const ARTICLE_TAGS = new Set(['main', 'article', 'h1']);

/**
 * The page's elements that mark an article, in one TreeWalker pass: the selector took
 * ~300 ms on a page of 40,000 elements under jsdom (listed once per copy, when the
 * first chrome element is met), the walk a fifth of that.
 */
export function articleMarkers(document: Document): Element[] {
  const found: Element[] = [];
  const root = document.documentElement;
  if (!root) return found;
  const walker = document.createTreeWalker(root, 1);
  for (let node: Node | null = root; node; node = walker.nextNode()) {
    const el = node as Element;
    if (ARTICLE_TAGS.has(el.localName) || el.getAttribute('itemprop') === 'articleBody') found.push(el);
  }
  return found;
}

/**
 * Readability uses a <noscript> only to swap a lazy-loading placeholder for the
 * single image inside it, then deletes every <noscript>; any other is dead weight.
 */
export function isUselessNoscript(element: Element): boolean {
  if (element.tagName !== 'NOSCRIPT') return false;
  // With scripting on (a real browser tab) its content is markup held as text.
  if (element.children.length === 0) return !/<img\b/i.test(element.textContent ?? '');
  return !isSingleImage(element);
}
function isSingleImage(element: Element): boolean {
  if (element.tagName === 'IMG') return true;
  if (element.children.length !== 1 || (element.textContent ?? '').trim() !== '') return false;
  return isSingleImage(element.children[0]!);
}

export function isJsonLd(element: Element): boolean {
  return (
    element.tagName === 'SCRIPT' && (element.getAttribute('type') ?? '').trim() === 'application/ld+json'
  );
}

/**
 * A hover card: an inline box right after a link, inside the text, that repeats that link
 * with a picture or more links ("Ilhan Omar" → her photo, her name, her latest stories).
 * The site shows it on hover; in the article's text it runs the card's words into the
 * sentence ("Rep. Ilhan OmarIlhan OmarHillicon Valley: …"), so the copy leaves it out.
 */
export function isHoverCard(element: Element): boolean {
  if (element.tagName !== 'SPAN') return false;
  const anchor = element.previousElementSibling;
  if (anchor?.tagName !== 'A' || !inProse(element)) return false;
  const href = anchor.getAttribute('href');
  if (!href || href.startsWith('#')) return false;
  const links = element.getElementsByTagName('a');
  if (links.length < 2) return false;
  let repeats = false;
  for (const link of Array.from(links)) if (link.getAttribute('href') === href) repeats = true;
  return repeats && (links.length >= 3 || element.getElementsByTagName('img').length > 0);
}

/** Inside a paragraph's text: only inline elements between it and a paragraph, list item or heading. */
function inProse(element: Element): boolean {
  for (let up = element.parentElement; up; up = up.parentElement) {
    if (PROSE_BLOCKS.has(up.tagName)) return true;
    if (!INLINE_TAGS.has(up.tagName)) return false;
  }
  return false;
}
const PROSE_BLOCKS = new Set(['P', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'TD']);
