import type { CopyCut } from './copy-limits';
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

/**
 * Elements copied into one parent. Readability replaces elements in place (a text-only div
 * becomes a paragraph), and jsdom finds a child's place among its siblings by counting them, so
 * those replacements cost the square of the number of siblings: 4,900 sibling divs kept
 * Readability 2.1 s under jsdom, 2,000 of them 0.4–0.7 s, 1,000 of them 0.2–0.3 s. No corpus page's copy has more than 850
 * children under one element (a gallery's figures); past this cap the copy stops, as at the
 * element cap, and the article is read from the part copied.
 */
export const MAX_CHILDREN = 1_500;

/**
 * Table cells copied. A data table is the costliest shape per element: Readability weighs every
 * cell's text and links, the clutter pass and DOMPurify visit each, and a 5,000-cell copy took
 * 2.6 s under jsdom on this machine with a load near 3 (Readability 0.8–1.1 s of it). No corpus
 * page's copy holds more than 938 cells; past this cap the copy stops, as at the element cap.
 */
export const MAX_TABLE_CELLS = 2_000;

/**
 * Deeper than this, Readability's ancestor walks grow explosive (1,000 levels: 90 s in
 * jsdom; 5,000: stack overflow; 245 nested divs still 3.5 s, 100 about 0.4 s, with the
 * machine loaded). The corpus pages nest at most 50 deep (the copy); twice that is allowed.
 */
export const MAX_DEPTH = 100;
/**
 * The copy's nesting work: the sum, over the elements copied, of each one's depth.
 * Readability's costly steps read each candidate's whole subtree (its text, its
 * links, and on a retry the copy parsed again from HTML), so its time grows with
 * elements times depth: 4,800 links in a chain of nested nav/aside/footer 240 deep
 * kept Readability 5–9 s under jsdom, with fewer elements than the element cap
 * (at 120 levels, 2.1 s, and 0.4 s at 100, with the machine loaded).
 * The corpus pages reach 60,112 (the largest also has the most elements); half as
 * much again is allowed. Past it the copy stops, as at the element cap.
 */
export const MAX_NESTING = 90_000;

/**
 * Characters of text copied. The corpus pages copy at most 142,951 characters (the
 * longest article is 75,000); a 10 MB text dump is read up to here, not to its end.
 * Readability reads a block's text once for every ancestor, and the quote finder and
 * the clutter pass read it again: a 900 KB quote chain in a corpus page kept
 * Readability 3.4 s under jsdom at the old cap (1,000,000).
 */
export const MAX_TEXT_LENGTH = 300_000;

/**
 * Characters of one text node. A paragraph of hundreds of thousands of characters is a dump,
 * not prose, and it is the costliest text there is: DOMPurify serializes an element's HTML to
 * check it, character by character under jsdom (a 1.3 MB single paragraph cut to the text cap
 * spent 1.1–1.5 s there, 2.7–3.1 s in all). The longest text node of the corpus copies holds
 * 22,880 characters; past this cap the node is cut at a word and the copy stops, as at the text cap.
 */
export const MAX_TEXT_NODE = 50_000;

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
