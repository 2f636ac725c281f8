import type { Shape } from '.';
import type { Block, ClutterRule } from './rule';
import { blockText, linkDensity } from './signals';

/** A box around clutter is at most this long, and never more than this share of the article. */
const MAX_BOX_TEXT = 2500;
const MAX_BOX_SHARE = 0.3;
/** Other blocks in a clutter box are this short (a heading, a button, a line of small print) or clutter themselves. */
const MAX_COMPANION_TEXT = 250;
const MAX_LIST_SIBLINGS = 4;
const HEADING = /^H[1-6]$/;
const TABLE_PARTS = /^(?:TABLE|THEAD|TBODY|TFOOT|TR|TD|TH)$/;
const LEAF_BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, dd, dt';

/** How much goes when `el` is found to be clutter by its label or wording. */
export function extentOf(
  rule: ClutterRule,
  el: Element,
  root: Element,
  shapes: Map<Element, Shape>,
): Element[] {
  if (rule.category === 'galleryChrome' || rule.takesSelf) return [el];
  if (rule.takesList) return relatedExtent(el, root, shapes);
  if (rule.takesFollowing) return withFollowing(el);
  return [boxAround(el, root, rule, shapes)];
}

/**
 * An "About the author" heading takes the bio after it: one block of at most
 * this many characters, or two when the first is a name or role line.
 */
const MAX_BIO_TEXT = 600;
const MAX_NAME_LINE = 60;

function withFollowing(label: Element): Element[] {
  const taken = [label];
  for (
    let sibling = label.nextElementSibling;
    sibling && taken.length <= 2;
    sibling = sibling.nextElementSibling
  ) {
    if (HEADING.test(sibling.tagName)) break;
    const text = blockText(sibling);
    if (!text || text.length > MAX_BIO_TEXT) break;
    taken.push(sibling);
    if (text.length > MAX_NAME_LINE) break;
  }
  return taken;
}

/** The next element after `el` in document order, skipping its subtree; null past the end of `root`. */
export function nextAfter(el: Element, root: Element): Element | null {
  for (let node: Element | null = el; node && node !== root; node = node.parentElement) {
    if (node.nextElementSibling) return node.nextElementSibling;
  }
  return null;
}

/**
 * An appeal or sign-up paragraph usually sits in a box with a heading, a
 * button and small print. Take the largest box around it that is small (in
 * absolute terms and against the whole article) and holds nothing but short
 * lines or more of the same clutter.
 */
function boxAround(el: Element, root: Element, rule: ClutterRule, shapes: Map<Element, Shape>): Element {
  const articleChars = shapes.get(root)?.chars ?? 0;
  let box = el;
  for (let parent = el.parentElement; parent && parent !== root; parent = parent.parentElement) {
    // A table is data: a short cell never takes its row or table with it.
    if (TABLE_PARTS.test(parent.tagName)) break;
    const chars = shapes.get(parent)?.chars ?? Number.POSITIVE_INFINITY;
    if (chars > MAX_BOX_TEXT || chars > articleChars * MAX_BOX_SHARE) break;
    if (!onlyCompanions(parent, rule)) break;
    box = parent;
  }
  return box;
}

function onlyCompanions(box: Element, rule: ClutterRule): boolean {
  for (const leaf of Array.from(box.querySelectorAll(LEAF_BLOCKS))) {
    const text = blockText(leaf);
    if (text.length <= MAX_COMPANION_TEXT) continue;
    let density: number | undefined;
    const block: Block = { el: leaf, text, linkDensity: () => (density ??= linkDensity(leaf, text.length)) };
    if (!rule.prose?.(block) && !rule.label(block)) return false;
  }
  return true;
}

/**
 * A "Related" label takes its list with it: either the largest box around it
 * that is mostly links, or the link-dense blocks right after it.
 */
function relatedExtent(label: Element, root: Element, shapes: Map<Element, Shape>): Element[] {
  const articleChars = shapes.get(root)?.chars ?? 0;
  let box = label;
  for (let parent = box.parentElement; parent && parent !== root; parent = parent.parentElement) {
    if ((shapes.get(parent)?.chars ?? 0) > articleChars * MAX_BOX_SHARE) break;
    const text = blockText(parent);
    if (text.length > 4000 || linkDensity(parent, text.length) < 0.5) break;
    box = parent;
  }
  if (box !== label) return [box];
  const taken = [label];
  for (
    let sibling = label.nextElementSibling;
    sibling && taken.length <= MAX_LIST_SIBLINGS;
    sibling = sibling.nextElementSibling
  ) {
    if (HEADING.test(sibling.tagName)) break;
    const text = blockText(sibling);
    if (!text || text.length > 4000 || linkDensity(sibling, text.length) < 0.5) break;
    taken.push(sibling);
  }
  return taken;
}
