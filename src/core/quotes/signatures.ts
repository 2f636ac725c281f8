import { isCreditLine } from './credit-lines';
import { activeLanguage } from './language';
import { NOT_NAME_STARTS } from './lexicon';
import { isRoleWord } from './role-words';
import { sentenceStarts } from './sentences';

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

/**
 * "Doug McMillon, CEO of Walmart", "— Angela Hernandez | Content Creator", "— Jane Doe"; a full
 * stop in the role only after a lone capital ("South Orange, N.J.", "U.S. senator").
 */
const SIGNATURE =
  /^[—–-]*\s*(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){1,3})\s*(?:(?:,|\s[—–|-])\s*((?:[^“”"«».!?;:]|(?<=(?:^|[\s.])\p{Lu})\.){2,200}?))?\s*\.?$/u;
const MAX_SIGNATURE = 220;
/** "Donated by", "Submitted by": a participle and "by" before the name that signs. */
const GIVEN_BY = /^\p{Lu}\p{Ll}{2,}ed\s+by\s+(?=\p{Lu})/u;
const MAX_WALK = 32;
/** Credit lines passed over between a name line and its quote. */
const MAX_CREDITS = 2;
/** A paragraph that is one quotation, marks and all. */
const WHOLE_QUOTE = /^\s*[“"„«][^“”"„«»]*[”"“»][.!?]?\s*$/u;

/** The "name|role" a line signs with, or null when it is anything else (a sentence, a heading). */
export function signatureOf(line: string | undefined): string | null {
  if (line === undefined || line.length > MAX_SIGNATURE) return null;
  // ("Donated by Jane Roe, Richmond, Va.", "Submitted by …": whose object or story it is signs
  // its words, which follow; credit lines, "Photograph by …", are passed over before this.)
  const given = isCreditLine(line) ? null : GIVEN_BY.exec(line.trim());
  const m = SIGNATURE.exec(given ? line.trim().slice(given[0].length) : line.trim());
  if (!m) return null;
  const name = m[1]!;
  if (NOT_NAME_STARTS.has(name.split(/\s+/u)[0]!.toLowerCase())) return null;
  const role = m[2]?.replace(/\s*\(.*$/u, '').trim();
  // A bare "Key Quote" or "Customer Stories" is a heading: a name alone signs only after a dash.
  if (!role && !given && !/^[—–-]/u.test(line.trim())) return null;
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
  // (A picture's credit may stand between the name line and the quote: "Mark Person, Richmond, Va." /
  // "Jane Roe for The Times" / “…”.)
  let lineBefore = first - 1;
  while (lineBefore > 0 && lineBefore >= first - MAX_CREDITS && isCreditLine(paragraphs[lineBefore]!))
    lineBefore--;
  const before = signatureOf(paragraphs[lineBefore]);
  const after = signatureOf(paragraphs[last + 1]);
  if (!before && !after) return null;
  // (A bounded walk: on a page of thousands of signed quotes each quote looks back a few steps, not to the top.)
  let start = lineBefore + 1;
  for (let steps = 0; steps < MAX_WALK && start >= 2; steps++) {
    if (!isWholeQuote(paragraphs[start - 2]) || !signatureOf(paragraphs[start - 1])) break;
    start -= 2;
  }
  const namesFirst = signatureOf(paragraphs[start - 1]) !== null && !isWholeQuote(paragraphs[start - 2]);
  return namesFirst ? before : after;
}

/**
 * “…” — Angela Hernandez, Content Creator: a testimonial or epigraph signed after a dash,
 * the name (and a role after a comma) closing the paragraph.
 */
const SIGNED =
  /^\s*(?:[—–]|\s--?)\s*(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3})\s*(?:,\s*([^.;!?“”"]{2,80}?))?\s*\.?\s*$/u;

/**
 * "“…” -- Senior software engineer working in automotive systems", "-- Founder and CEO of a tools
 * company": signed by a role alone. The role runs to its last title before a preposition or a
 * participle ("working", "leading"), and "and" joins two ("Creator and maintainer of …").
 */
const SIGNED_LINE = /^\s*(?:[—–]|\s--?)\s*(\p{Lu}[^.!?“”"]*?)\s*\.?\s*$/u;
const ROLE_PART = /^(?:\p{Lu}?[\p{Ll}-]+|\p{Lu}{2,5})$/u;
const ROLE_ENDS = /^(?:of|at|in|from|for|on|to|with|who|focused|\p{Ll}+ing)$/u;
const MAX_ROLE_LEAD = 8;

function signedRole(after: string): string | null {
  const line = SIGNED_LINE.exec(after)?.[1];
  if (!line) return null;
  const words = line.split(/\s+/u);
  let end = -1;
  for (let i = 0; i < Math.min(words.length, MAX_ROLE_LEAD); i++) {
    const word = words[i]!;
    if (i > 0 && (!ROLE_PART.test(word) || (end >= 0 && ROLE_ENDS.test(word)))) break;
    // "Experienced Rust developer": a name inside the title would be read as someone's name.
    if (i > 0 && /^\p{Lu}\p{Ll}/u.test(word) && !isRoleWord(word)) return null;
    if (isRoleWord(word)) end = i;
  }
  return end >= 0 ? words.slice(0, end + 1).join(' ') : null;
}

/** “…” (Ana Ruiz, mayor of Eastport): a signature in brackets closing the paragraph. */
const BRACKET_SIGNED =
  /^\s*\((\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'.-]*){1,3})(?:,\s*([^()]{2,80}?))?\)\s*\.?\s*$/u;
/**
 * "— Ana Ruiz (@anaruiz) November 3, 2024", "– Ana Ruiz http://t.co/… pic.twitter.com/…": an
 * embedded post's signature, its handle and date or the links it carries.
 */
const POST_SIGNATURE_TAIL =
  /\s*\(@\w{1,30}\)\s*(?:\p{L}+\.?\s+\d{1,2},\s+\d{4})?\s*$|(?:\s+(?:https?:\/\/|pic\.\w+\.com\/)\S+)+\s*$/u;

/**
 * "” — Oliver Reichenstein at AI.net. Web typography is …": a full name signing the quote in a
 * sentence of its own, the paragraph going on after it; its role after a comma, "at" or "of".
 */
const SIGNED_SENTENCE =
  /^[—–]\s*(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'.-]*){1,3}?)(?:(?:,\s*|\s+(?=(?:at|of)\s))([^;!?“”"]{2,80}?))?\s*[.!?]?\s*$/u;

/** The "name|role" a dash, a bracket or a sentence of its own signs a quote with, in the words after it. */
export function signedAfter(raw: string): string | null {
  const bracketed = BRACKET_SIGNED.exec(raw);
  // ("(Via Chortle)": a source's credit, not a name.)
  if (bracketed && NOT_NAME_STARTS.has(bracketed[1]!.split(/\s+/u)[0]!.toLowerCase())) return null;
  if (bracketed) return bracketed[2] ? `${bracketed[1]}|${bracketed[2]}` : bracketed[1]!;
  // "” - Tiffany (Read all reviews.)": a link or note in brackets after the signature is not part of it.
  const after = raw
    .replace(POST_SIGNATURE_TAIL, '')
    .replace(/\s*\([^()]{1,60}\)\s*$/u, '')
    // ("” – Source: Gitnux": the source a dash signs with.)
    .replace(/^(\s*(?:[—–]|\s--?)\s*)(?:Source|Quelle|Fuente|Fonte|Источник)\s*:\s*/u, '$1');
  // "” — Oliver Reichenstein at AI.net. Web typography is …": a signature closing its sentence,
  // the paragraph going on after it.
  const trimmed = after.trim();
  const signed =
    SIGNED.exec(after) ??
    (/^[—–]/u.test(trimmed) ? SIGNED_SENTENCE.exec(trimmed.slice(0, sentenceStarts(trimmed)[1] ?? 0)) : null);
  if (!signed) return signedRole(after);
  return signed[2] ? `${signed[1]}|${signed[2]}` : signed[1]!;
}
