import type { LimitCrossed } from './lean-clone';
import type { FailureReason } from './types';

/**
 * The work caps. They are checked while the page is copied (lean-clone.ts), in
 * the same walk, so a huge page costs no more than the part read before a cap.
 */

/** Deeper than this, Readability's ancestor walks grow explosive (1,000 levels: 90 s in jsdom; 5,000: stack overflow). Real pages stay under ~100. */
export const MAX_DEPTH = 250;
/** Characters of text above which a page is refused (a 10 MB text dump is not an article to read in a popup). */
export const MAX_TEXT_LENGTH = 3_000_000;

export interface Refusal {
  reason: FailureReason;
  message: string;
}

const TOO_LARGE = 'This page is too large to read in Pith.';

export function refusalFor(limit: LimitCrossed): Refusal {
  return {
    reason: 'too-large',
    message: limit === 'depth' ? 'This page is nested too deeply to read in Pith.' : TOO_LARGE,
  };
}
