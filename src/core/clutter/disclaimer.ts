import { lastStanding, type TextBlock } from '../text-blocks';
import type { ClutterTrace } from '../types';
import { REPORTED_SPEECH } from './rule';

/**
 * The site's disclaimer closing a post: "This material has been prepared for informational purposes
 * only, and is not intended to provide tax, legal or accounting advice. You should consult your own
 * advisors …", "Past performance is no guarantee of future returns.", "X owns the certification
 * marks CFP® …". No one phrase decides (a story may well tell its readers to consult a doctor):
 * two kinds of small print must meet in one block, and the blocks go only as the run that ends
 * the article, read back from its last block.
 */
const SIGNALS: readonly RegExp[] = [
  /\bfor (?:general )?(?:informational|information|educational|illustrative) purposes(?: only)?\b/iu,
  /\b(?:not|never) (?:be )?(?:intended|meant|construed|relied (?:on|upon))\b/iu,
  /\b(?:does not|do not|doesn[’']t|don[’']t|should not|shall not) (?:provide|constitute|offer|give|replace)\b[^.]{0,60}\badvice\b/iu,
  /\bconsult (?:with )?(?:your|a|an) (?:own )?(?:[\p{L}-]+,? (?:and )?){0,3}(?:advis[eo]rs?|professionals?|physician|doctor|attorney|lawyer|accountant)\b/iu,
  /\bpast performance\b/iu,
  /\bregistered (?:investment )?advis[eo]r\b/iu,
  /\b(?:trade|service|certification) ?marks?\b/iu,
  /[®™]/u,
  /\bno (?:guarantee|warranty|warranties|representation)s?\b/iu,
];
const MIN_SIGNALS = 2;
const MAX_DISCLAIMER = 1200;
/** Of the article's last blocks, this many may be small print. */
const TAIL_BLOCKS = 4;

function isDisclaimer(text: string): boolean {
  if (text.length > MAX_DISCLAIMER || REPORTED_SPEECH.test(text)) return false;
  let signals = 0;
  for (const signal of SIGNALS) if (signal.test(text) && ++signals >= MIN_SIGNALS) return true;
  return false;
}

/** Removes the run of disclaimers that ends the article. */
export function removeDisclaimers(article: Element, all: readonly TextBlock[], trace?: ClutterTrace): void {
  const blocks = lastStanding(article, all, TAIL_BLOCKS + 1);
  // (Never the article's first block: a page of small print alone is what the reader opened.)
  for (let i = blocks.length - 1; i >= Math.max(1, blocks.length - TAIL_BLOCKS); i--) {
    const block = blocks[i]!;
    if (!isDisclaimer(block.text)) return;
    trace?.removed?.(block.text, 'chrome', 'disclaimer');
    for (const node of block.nodes) node.parentNode?.removeChild(node);
  }
}
