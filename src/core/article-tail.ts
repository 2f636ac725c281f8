import { blockText, linkDensity } from './clutter/signals';
import { cutReason } from './clutter/truncation';
import { normalize, textBlocksOf } from './text-blocks';
import type { ClutterTrace } from './types';

/**
 * What Readability joined after the page's own `<article>` element. When one `<article>`
 * holds most of the text Readability chose, the page has said where its story ends: what
 * follows it inside the chosen box is the site's (a comment prompt, "Weitere Beiträge zum
 * Thema", a cookie notice, a call to action for the site's services, a device-limit notice,
 * tags). Only the tail goes: a headline or byline printed before the element stays.
 *
 * It runs after the clutter pass, so what a category's rules recognise there is reported under
 * that category first; and only with every category switched on and no block kept, so a reader
 * who switches one off (or shows a block) sees those blocks where the page put them.
 */

/** The `<article>` must hold this share of the chosen text to mark the story's end. */
const MIN_SHARE = 0.6;
/** A later `<article>` with this much text of its own is another entry (a live blog), not a teaser card. */
const MAX_LATER_ARTICLE = 300;

/** Removes what follows the dominant `<article>` element inside `content`. */
export function trimArticleTail(content: Element, trace?: ClutterTrace): void {
  const total = blockText(content).length;
  if (total === 0) return;
  let main: Element | null = null;
  let mainChars = 0;
  for (const article of Array.from(content.getElementsByTagName('article'))) {
    const chars = blockText(article).length;
    if (chars > mainChars) [main, mainChars] = [article, chars];
  }
  if (!main || main === content || mainChars < MIN_SHARE * total) return;
  const tail = followingSiblingsUpTo(main, content);
  if (tail.length === 0 || !tail.every(isSiteTail)) return;
  for (const node of tail) {
    const text =
      node.nodeType === node.ELEMENT_NODE
        ? textBlocksOf(node as Element).join(' ')
        : normalize(node.textContent ?? '');
    if (text) trace?.removed?.(text, 'chrome', 'after the article element');
    node.parentNode?.removeChild(node);
  }
}

/** Every node after `el` at each level up to `root`, nearest first. */
function followingSiblingsUpTo(el: Element, root: Element): Node[] {
  const nodes: Node[] = [];
  for (let at: Element | null = el; at && at !== root; at = at.parentElement) {
    for (let next = at.nextSibling; next; next = next.nextSibling) nodes.push(next);
  }
  return nodes;
}

/**
 * Site matter rather than more of the story: not another entry of a live blog (an `<article>`
 * with text of its own), and not a paywall's cut the clutter pass left standing (the page's own
 * word that the story goes on stays beside the truncation notice).
 */
function isSiteTail(node: Node): boolean {
  if (node.nodeType !== node.ELEMENT_NODE) return true;
  const el = node as Element;
  const articles = el.tagName === 'ARTICLE' ? [el] : Array.from(el.getElementsByTagName('article'));
  if (articles.some(hasProseOfItsOwn)) return false;
  return textBlocksOf(el).every((text) => cutReason(text) === null);
}

/** Text outside links beyond a teaser card's: another entry of the page, not a link to one. */
function hasProseOfItsOwn(article: Element): boolean {
  const chars = blockText(article).length;
  return chars * (1 - linkDensity(article, chars)) > MAX_LATER_ARTICLE;
}
