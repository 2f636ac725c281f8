/**
 * Turns sanitized article HTML into plain-text blocks in reading order:
 * one entry per paragraph, heading, list item, quote block or caption.
 * The HTML is parsed into an inert template document (nothing loads, nothing runs).
 */
const BLOCK_SELECTOR = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption, pre, td, th, dt, dd';

export function textBlocks(html: string, ownerDocument: Document): string[] {
  const inert = ownerDocument.implementation.createHTMLDocument('');
  const root = inert.createElement('div');
  // Parsing into a detached document of its own: scripts don't run, images don't load.
  const range = inert.createRange();
  root.append(range.createContextualFragment(html));
  return textBlocksOf(root);
}

/** The same, for article HTML that is already a (sanitized, inert) element. */
export function textBlocksOf(root: Element): string[] {
  const blocks: string[] = [];
  const visit = (el: Element) => {
    for (const child of Array.from(el.children)) {
      if (child.matches(BLOCK_SELECTOR) && !child.querySelector(BLOCK_SELECTOR)) {
        const text = normalize(child.textContent ?? '');
        if (text) blocks.push(text);
      } else if (child.matches(BLOCK_SELECTOR)) {
        // A block holding blocks (a blockquote of paragraphs): its own loose text, then its children.
        visit(child);
      } else if (child.children.length === 0 || !child.querySelector(BLOCK_SELECTOR)) {
        const text = normalize(child.textContent ?? '');
        if (text) blocks.push(text);
      } else {
        visit(child);
      }
    }
  };
  visit(root);
  return blocks;
}

export function normalize(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}
