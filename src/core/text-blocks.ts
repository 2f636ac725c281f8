/**
 * Turns the sanitized article element into plain-text blocks in reading order:
 * one entry per paragraph, heading, list item, quote block or caption; loose
 * text between blocks (text beside a <p> in the same <div>) becomes a block of its own.
 */
const BLOCK_SELECTOR = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption, pre, td, th, dt, dd';
/** Phrasing content: runs of these (and text) read as one block. */
const INLINE = new Set(
  'A ABBR B BDI BDO BR CITE CODE DATA DEL DFN EM FONT I IMG INS KBD MARK PICTURE Q S SAMP SMALL SOURCE SPAN STRIKE STRONG SUB SUP TIME TT U VAR WBR'.split(
    ' ',
  ),
);

/** One block's text and the nodes it was read from (an element, or the loose nodes of a run). */
export interface TextBlock {
  text: string;
  nodes: ChildNode[];
}

/** `root` is the article: sanitized, in an inert document. */
export function textBlocksOf(root: Element): string[] {
  return textBlocksWithNodes(root).map((block) => block.text);
}

export function textBlocksWithNodes(root: Element): TextBlock[] {
  // Every element that has a block somewhere below it, found in one pass up from each block.
  const holdsBlocks = new Set<Element>();
  for (const block of Array.from(root.querySelectorAll(BLOCK_SELECTOR))) {
    for (let up = block.parentElement; up && !holdsBlocks.has(up); up = up.parentElement) {
      holdsBlocks.add(up);
      if (up === root) break;
    }
  }
  const blocks: TextBlock[] = [];
  const push = (raw: string, nodes: ChildNode[]) => {
    const text = normalize(raw);
    if (text) blocks.push({ text, nodes });
  };
  const visit = (el: Element) => {
    let run = '';
    let runNodes: ChildNode[] = [];
    for (let node = el.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) {
        run += node.nodeValue ?? '';
        runNodes.push(node);
        continue;
      }
      if (node.nodeType !== 1) continue;
      const child = node as Element;
      if (INLINE.has(child.tagName) && !holdsBlocks.has(child)) {
        run += child.tagName === 'BR' ? ' ' : textOf(child);
        runNodes.push(child);
        continue;
      }
      push(run, runNodes);
      run = '';
      runNodes = [];
      if (holdsBlocks.has(child)) visit(child);
      else push(textOf(child), [child]);
    }
    push(run, runNodes);
  };
  visit(root);
  return blocks;
}

/**
 * An element's text with each <br> read as a space: `textContent` drops line breaks, so
 * "<b>Why now?</b><br>Because …" (an interview's question above its answer) or a poem's
 * lines would run together ("now?Because", "oneline two").
 */
export function textOf(el: Element): string {
  if (el.getElementsByTagName('br').length === 0) return el.textContent ?? '';
  let text = '';
  const walker = el.ownerDocument.createTreeWalker(el, SHOW_ELEMENT | SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === TEXT_NODE) text += node.nodeValue ?? '';
    else if ((node as Element).tagName === 'BR') text += ' ';
  }
  return text;
}
const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const TEXT_NODE = 3;

export function normalize(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Letters and digits only, lower case: "Cat found — in Oregon!" and "cat found in oregon" compare equal. */
export function comparable(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The last `count` blocks still in the article (all of them when it has no more). */
export function lastStanding(article: Element, blocks: readonly TextBlock[], count: number): TextBlock[] {
  const standing: TextBlock[] = [];
  for (let i = blocks.length - 1; i >= 0 && standing.length < count; i--)
    if (blocks[i]!.nodes.every((node) => article.contains(node))) standing.unshift(blocks[i]!);
  return standing;
}
