import type { Verdict } from './evidence';
import type { Shape } from './measure';
import { blockText, HEADING_TAG } from './signals';

/**
 * How much goes with a single judged block. Boxes around it are judged as
 * modules (modules.ts); here only what a label takes along: the link list
 * after a "Related" label, the bio after an "About the author" heading, and
 * the section a clutter heading heads.
 */
const MAX_LIST_SIBLINGS = 4;
const MAX_LIST_TEXT = 4000;
const MAX_LIST_SHARE = 0.3;
const MOSTLY_LINKS = 0.5;

export function extentOf(
  verdict: Verdict,
  el: Element,
  root: Element,
  shapes: Map<Element, Shape>,
): Element[] {
  const { rule } = verdict;
  if (rule.category === 'galleryChrome' || rule.takesSelf || (verdict.weak && !rule.takesList)) return [el];
  if (rule.takesList) return relatedExtent(el, root, shapes);
  if (rule.takesFollowing) return withFollowing(el);
  if (HEADING_TAG.test(el.tagName) && verdict.kind !== 'mark' && HEADS_SECTIONS.has(rule.category))
    return headedSection(el, shapes);
  return [el];
}

/**
 * A clutter heading in the body ("Support our journalism", "Get our newsletter")
 * takes the short blocks it heads, up to the next heading, when they end the
 * article or hold a link or a form (the button, the sign-up field).
 */
const MAX_SECTION_TEXT = 1500;
const MAX_SECTION_BLOCKS = 6;
/** Each block under such a heading is pitch-sized; a long paragraph is the story going on. */
const MAX_SECTION_BLOCK = 500;
const HEADS_SECTIONS = new Set(['appeals', 'newsletters', 'ads']);
function headedSection(heading: Element, shapes: Map<Element, Shape>): Element[] {
  const taken = [heading];
  let chars = 0;
  let actionable = false;
  let sibling = heading.nextElementSibling;
  for (; sibling && taken.length <= MAX_SECTION_BLOCKS; sibling = sibling.nextElementSibling) {
    if (HEADING_TAG.test(sibling.tagName)) break;
    const shape = shapes.get(sibling);
    if (!shape) break;
    chars += shape.chars;
    if (chars > MAX_SECTION_TEXT || shape.chars > MAX_SECTION_BLOCK) return [heading];
    actionable ||= shape.controls > 0 || shape.linkChars > 0;
    taken.push(sibling);
  }
  const endsArticle = sibling === null && heading.parentElement?.nextElementSibling == null;
  return actionable || endsArticle ? taken : [heading];
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
    if (HEADING_TAG.test(sibling.tagName)) break;
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
 * A list whose every item is a short line with a link in it ("YouTubers must unionize,
 * <a>no matter what …</a>"): a list of stories even where the links cover only half the words.
 */
const MAX_LINKED_ITEM = 200;
function itemsLinked(list: Element, shapes: Map<Element, Shape>): boolean {
  if (list.tagName !== 'UL' && list.tagName !== 'OL') return false;
  const items = Array.from(list.children);
  return (
    items.length >= 2 &&
    items.every(
      (item) =>
        item.tagName === 'LI' &&
        (shapes.get(item)?.chars ?? 0) <= MAX_LINKED_ITEM &&
        (shapes.get(item)?.linkChars ?? 0) > 0,
    )
  );
}

function mostlyLinks(shape: Shape | undefined): boolean {
  return (
    !!shape &&
    shape.chars > 0 &&
    shape.chars <= MAX_LIST_TEXT &&
    shape.linkChars >= shape.chars * MOSTLY_LINKS
  );
}

/**
 * A "Related" label takes its list with it: either the largest box around it
 * that is mostly links, or the link-dense blocks right after it.
 */
function relatedExtent(label: Element, root: Element, shapes: Map<Element, Shape>): Element[] {
  const articleChars = shapes.get(root)?.chars ?? 0;
  let box = label;
  for (let parent = box.parentElement; parent && parent !== root; parent = parent.parentElement) {
    const shape = shapes.get(parent);
    if ((shape?.chars ?? 0) > articleChars * MAX_LIST_SHARE || !mostlyLinks(shape)) break;
    box = parent;
  }
  if (box !== label) return [box];
  const taken = [label];
  for (
    let sibling = label.nextElementSibling;
    sibling && taken.length <= MAX_LIST_SIBLINGS;
    sibling = sibling.nextElementSibling
  ) {
    if (
      HEADING_TAG.test(sibling.tagName) ||
      !(mostlyLinks(shapes.get(sibling)) || itemsLinked(sibling, shapes))
    )
      break;
    taken.push(sibling);
  }
  return taken;
}
