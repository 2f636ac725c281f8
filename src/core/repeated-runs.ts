import type { TextBlock } from './text-blocks';

/**
 * Some pages print the article, or a long stretch of it, more than once (a copy per
 * screen size or per tab, all but one hidden by style sheets the copy never sees).
 * A stretch of blocks that repeats, in the same order, blocks already shown is such a
 * copy when it is long: a paragraph or two repeated is the article's own (a meal plan
 * with the same breakfast on three days, a refrain), so only runs of this much text go.
 */
const MIN_RUN_CHARS = 1200;
/**
 * A copy reaches its length within this many blocks (a copied article's paragraphs run to
 * dozens of characters each); a page of thousands of one-letter blocks would otherwise cost
 * a long comparison at every block.
 */
const MAX_BLOCKS_TO_LENGTH = 200;

/** Removes every long repeated run from the article's DOM and returns the blocks kept. */
export function dropRepeatedRuns(blocks: readonly TextBlock[]): TextBlock[] {
  const firstAt = new Map<string, number>();
  const kept: TextBlock[] = [];
  for (let i = 0; i < blocks.length; ) {
    const text = blocks[i]!.text;
    const earlier = firstAt.get(text);
    if (earlier === undefined) firstAt.set(text, i);
    else {
      const length = runLength(blocks, earlier, i);
      if (length > 0) {
        for (const block of blocks.slice(i, i + length)) removeBlock(block);
        i += length;
        continue;
      }
    }
    kept.push(blocks[i]!);
    i++;
  }
  return kept;
}

/** How many blocks from `at` repeat those from `earlier` (never overlapping the copy itself), if they make a long run; else 0. */
function runLength(blocks: readonly TextBlock[], earlier: number, at: number): number {
  let length = 0;
  let chars = 0;
  while (
    at + length < blocks.length &&
    earlier + length < at &&
    blocks[at + length]!.text === blocks[earlier + length]!.text
  ) {
    chars += blocks[at + length]!.text.length;
    length++;
    if (chars < MIN_RUN_CHARS && length >= MAX_BLOCKS_TO_LENGTH) return 0;
  }
  return chars >= MIN_RUN_CHARS ? length : 0;
}

/** Takes the block's nodes out (a wrapper they leave empty shows nothing). */
function removeBlock(block: TextBlock): void {
  for (const node of block.nodes) node.remove();
}
