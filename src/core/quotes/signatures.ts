import { activeLanguage } from './language';
import { NOT_NAME_STARTS } from './lexicon';

/**
 * Quotes set apart in a paragraph of their own and signed by a line that only names someone:
 *
 *   “We’re finding tangible ways to leverage GenAI …”
 *   Doug McMillon, CEO of Walmart (during Walmart’s Q2 2025 earnings call)
 *
 * Pages that sign quotes this way (key-quote boxes, testimonials, epigraphs) do it for every
 * quote, either after each quote or before it. Which side signs is read from the start of
 * the run of alternating quotes and name lines: a name line opening the run signs the quote
 * after it; otherwise each quote is signed by the line after it.
 */

/** "Doug McMillon, CEO of Walmart", "— Angela Hernandez | Content Creator", "— Jane Doe". */
const SIGNATURE =
  /^[—–-]*\s*(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){1,3})\s*(?:(?:,|\s[—–|-])\s*([^“”"«».!?;:]{2,200}?))?\s*\.?$/u;
const MAX_SIGNATURE = 220;
const MAX_WALK = 32;
/** A paragraph that is one quotation, marks and all. */
const WHOLE_QUOTE = /^\s*[“"„«][^“”"„«»]*[”"“»][.!?]?\s*$/u;

/** The "name|role" a line signs with, or null when it is anything else (a sentence, a heading). */
export function signatureOf(line: string | undefined): string | null {
  if (line === undefined || line.length > MAX_SIGNATURE) return null;
  const m = SIGNATURE.exec(line.trim());
  if (!m) return null;
  const name = m[1]!;
  if (NOT_NAME_STARTS.has(name.split(/\s+/u)[0]!.toLowerCase())) return null;
  const role = m[2]?.replace(/\s*\(.*$/u, '').trim();
  // A bare "Key Quote" or "Customer Stories" is a heading: a name alone signs only after a dash.
  if (!role && !/^[—–-]/u.test(line.trim())) return null;
  // "Jane Doe said" is a sentence, not a signature.
  if (activeLanguage().verb.test(` ${line} `)) return null;
  return role ? `${name}|${role}` : name;
}

function isWholeQuote(paragraph: string | undefined): boolean {
  return paragraph !== undefined && WHOLE_QUOTE.test(paragraph);
}

/**
 * The signature of a quote that fills paragraphs `first`..`last`, or null. Its own run of
 * quotes and name lines tells whether names come before the quotes or after them.
 */
export function signatureFor(paragraphs: readonly string[], first: number, last: number): string | null {
  const before = signatureOf(paragraphs[first - 1]);
  const after = signatureOf(paragraphs[last + 1]);
  if (!before && !after) return null;
  // (A bounded walk: on a page of thousands of signed quotes each quote looks back a few steps, not to the top.)
  let start = first;
  for (let steps = 0; steps < MAX_WALK && start >= 2; steps++) {
    if (!isWholeQuote(paragraphs[start - 2]) || !signatureOf(paragraphs[start - 1])) break;
    start -= 2;
  }
  const namesFirst = signatureOf(paragraphs[start - 1]) !== null && !isWholeQuote(paragraphs[start - 2]);
  return namesFirst ? before : after;
}
