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
 * and cannot be interrupted, so this cap is what bounds them: under jsdom on this
 * 2-core machine with a load near 14, a copy of 8,000 elements still took Readability
 * 10–25 s (it retries up to three times when it finds too little text), and the
 * popup in Chromium took 3.4–3.7 s on 50,000-element pages. The largest copy of the
 * 892 corpus pages (../shared/bench) holds 4,769 elements (4,975 in the page), so
 * every corpus page is still copied whole.
 */
export const MAX_COPIED_ELEMENTS = 5_000;

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
