import type { CopyCut } from './lean-clone';
import type { FailureReason } from './types';

/**
 * The work caps, checked while the page is copied (lean-clone.ts), in the same
 * walk: a huge page costs no more than the part read before a cap. Past the
 * element or text cap (or the copy's time, see budget.ts) the copy stops and the
 * article is read from the part copied; a subtree deeper than the depth cap is
 * left out. The page is refused as too-large only when that part holds no article.
 */

/**
 * Elements copied for Readability. Its cost, and DOMPurify's, grows with the copy
 * (under jsdom on this 2-core machine, loaded: ~0.25 ms an element for paragraphs,
 * ~0.45 for table cells) and cannot be interrupted, so this cap is what bounds
 * them. The 892 corpus pages (../shared/bench) hold at most 4,975 elements before
 * the copy drops their chrome, so none of them comes near it.
 */
export const MAX_COPIED_ELEMENTS = 8_000;

/** Deeper than this, Readability's ancestor walks grow explosive (1,000 levels: 90 s in jsdom; 5,000: stack overflow). Real pages stay under ~100. */
export const MAX_DEPTH = 250;
/**
 * Characters of text copied (the longest corpus article is 75,000 characters):
 * a 10 MB text dump is read up to here, not to its end.
 */
export const MAX_TEXT_LENGTH = 1_000_000;

export interface Refusal {
  reason: FailureReason;
  message: string;
}

/** When the part of the page that could be copied held no article. */
export function refusalFor(limit: CopyCut): Refusal {
  return {
    reason: 'too-large',
    message:
      limit === 'depth'
        ? 'This page is nested too deeply to read in Pith.'
        : 'This page is too large to read in Pith.',
  };
}
