/**
 * One bottom-up pass over the article before the clutter pass judges anything:
 * per element, how much text sits below it, how much of that is link text,
 * where it starts in the article, whether blocks or controls sit below it.
 * Everything the module and model decisions read comes from here, so no
 * decision re-reads a subtree (the pass stays linear on very large pages).
 */
export interface Shape {
  /** Characters of text below the element, whitespace included. */
  chars: number;
  /** Of those, characters inside links. */
  linkChars: number;
  /** Characters of article text before the element, in document order. */
  start: number;
  /** Whether a block element (p, div, li, …) sits below it. */
  holdsBlocks: boolean;
  /** Form fields and button-styled links (or role=button) below it, itself included. */
  controls: number;
  /** Characters below it that the rules judged clutter (filled in by the evidence pass). */
  clutterChars: number;
}

const BLOCK_TAGS = new Set(
  'P DIV LI UL OL H1 H2 H3 H4 H5 H6 BLOCKQUOTE SECTION ARTICLE ASIDE TABLE FIGURE DL FORM'.split(' '),
);
const BUTTON_CLASS = /(?<![a-z0-9])(?:btn|button|cta)(?![a-z0-9])/i;

function isControl(el: Element): boolean {
  const tag = el.tagName;
  if (tag === 'INPUT' || tag === 'FORM' || tag === 'SELECT' || tag === 'TEXTAREA' || tag === 'BUTTON')
    return true;
  if (el.getAttribute('role') === 'button') return true;
  return tag === 'A' && BUTTON_CLASS.test(el.getAttribute('class') ?? '');
}

export function measure(root: Element): Map<Element, Shape> {
  const shapes = new Map<Element, Shape>();
  let offset = 0;
  const visit = (el: Element, inLink: boolean): Shape => {
    const link = inLink || el.tagName === 'A';
    const shape: Shape = {
      chars: 0,
      linkChars: 0,
      start: offset,
      holdsBlocks: false,
      controls: isControl(el) ? 1 : 0,
      clutterChars: 0,
    };
    for (let node = el.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) {
        const length = (node as Text).data.length;
        shape.chars += length;
        if (link) shape.linkChars += length;
        offset += length;
      } else if (node.nodeType === 1) {
        const child = visit(node as Element, link);
        shape.chars += child.chars;
        shape.linkChars += child.linkChars;
        shape.controls += child.controls;
        shape.holdsBlocks ||= child.holdsBlocks || BLOCK_TAGS.has((node as Element).tagName);
      }
    }
    shapes.set(el, shape);
    return shape;
  };
  visit(root, false);
  return shapes;
}
