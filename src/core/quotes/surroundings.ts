import { cueAfter } from './cues';
import { activeLanguage } from './language';
import { hasSentenceBreak } from './sentences';
import type { Draft } from './spans';

/**
 * The text around a quotation where its attribution is read: before it back to the previous
 * quote, after it up to the next, both within a fixed window so long paragraphs stay linear.
 */

/** How far before or after a quote its attribution is looked for, in characters. */
export const WINDOW = 400;

/**
 * The paragraph ends with the quote, give or take a short attribution, or an attribution that is
 * its one last sentence however long the role (“…,” said Philip Luther, Research and Advocacy
 * Director for the Middle East and North Africa at Amnesty International.).
 */
export function endsTurn(text: string, close: number): boolean {
  const rest = text.slice(close + 1);
  if (/[“"„«»]/u.test(rest)) return false;
  const words = rest.trim().split(/\s+/u).length;
  if (words <= MAX_SHORT_ATTRIBUTION) return true;
  return (
    words <= MAX_ATTRIBUTION &&
    !hasSentenceBreak(rest.trim().replace(/[.!?]$/u, '')) &&
    cueAfter(rest) !== null
  );
}
const MAX_SHORT_ATTRIBUTION = 14;
const MAX_ATTRIBUTION = 40;

/** Where the text before a quote starts: after the previous quote in the same paragraph, if any. */
export function previousClose(closes: readonly number[], part: Draft['parts'][number]): number {
  // closes are in document order: binary search for the last one before the quote.
  let lo = 0;
  let hi = closes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (closes[mid]! < part.span.open) lo = mid + 1;
    else hi = mid;
  }
  const from = lo === 0 ? 0 : closes[lo - 1]! + 1;
  // The cue sits in the last sentence or two: a bounded window keeps long paragraphs linear.
  return Math.max(from, part.span.open - WINDOW);
}

/** The text after a quote, up to the next quotation mark or the window: where "she said" is read. */
export function afterText(paragraphs: readonly string[], part: Draft['parts'][number]): string {
  const text = paragraphs[part.paragraph]!;
  if (!part.span.closed) return '';
  const rest = text.slice(part.span.close + 1, part.span.close + 1 + WINDOW);
  const nextQuote = rest.search(/[“"„«»‘「]/u);
  return nextQuote === -1 ? rest : rest.slice(0, nextQuote);
}

/** An attribution after the quote belongs to it only when the quote runs into it (“…,” she said / „…“, sagte). */
export function validAfter(text: string, part: Draft['parts'][number], after: string): boolean {
  const inner = text.slice(Math.max(part.span.open + 1, part.span.close - 8), part.span.close).trimEnd();
  if (/[,?!…—–-]$/u.test(inner)) return true;
  // "—Antes se vendía más —lamenta.": a dash that closes a turn of dialogue hands over to its attribution.
  if (/[—–]/u.test(text[part.span.close] ?? '') && /^\s*\p{Ll}/u.test(after)) return true;
  // “…and continue to see” Mayer said: no full stop inside, so the sentence goes on after the quote.
  if (!/[.。]$/u.test(inner) && /^\s+\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)*\s+\p{Ll}/u.test(after))
    return true;
  // “A bridge nobody can cross.” That is how Ana Ruiz describes it: the next sentence credits the words.
  if (/^\s+(?:That|This)(?:['’]s|\s+is|\s+was)\s+(?:how|the way)\s/u.test(after)) return true;
  // (“…”. Así ha resumido el consejero …: so in other languages, lang mannerOpeners.)
  if (activeLanguage().mannerOpening?.test(after.replace(/^[\s.]+/u, ''))) return true;
  // “…” (Ana Ruiz, mayor): a signature in brackets that closes the paragraph.
  if (/^\s*\(\p{Lu}[^()]{2,90}\)\s*\.?\s*$/u.test(after)) return true;
  // “…” Ruiz’s words came as …: whose words they were, in the next sentence.
  if (/^\s+\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3}['’]s?\s+(?:words|comments|remarks)\s/u.test(after))
    return true;
  // (“…” -- Senior engineer / “…” - Jennifer: a signature after a typed dash.)
  // (The Arabic comma and the full-width one run into an attribution as ours does: «…»، قال …)
  return /^\s*[,،，—–]|^\s+\p{Ll}|^と|^\s+--?\s+\p{Lu}/u.test(after);
}

/** A short quoted name inside a sentence: no more than this many characters between its marks. */
const MAX_EMBEDDED_TITLE = 60;

/**
 * The text before a quote where its cue is read: back to the previous quote, or, when that one is a
 * short name inside the sentence ("In einem Interview mit „Meet the Press“-Programm sagte Bennett:"),
 * back over it to the sentence's start with the name standing as "Q", so the words after the name
 * are not read as the sentence's opening (a German noun there looks like its subject).
 */
export function textBefore(text: string, closes: readonly number[], part: Draft['parts'][number]): string {
  const from = previousClose(closes, part);
  const close = from - 1;
  const before = text.slice(from, part.span.open);
  if (close < 0 || !closes.includes(close)) return before;
  if (!/^[-‑\s]*\p{Lu}/u.test(before)) return before;
  const open = Math.max(
    ...['„', '“', '"', '«', '»', '‚', '‘'].map((mark) => text.lastIndexOf(mark, close - 1)),
  );
  if (open < 0 || close - open > MAX_EMBEDDED_TITLE) return before;
  const inner = text.slice(open + 1, close).trim();
  if (inner === '' || /[,.!?…:;]$/u.test(inner)) return before;
  const lead = text.slice(Math.max(0, open - WINDOW), open);
  // (Only inside a sentence: a quote opening one is a quote, not a name.)
  if (/(?:^|[.!?:;…])\s*$/u.test(lead)) return before;
  return `${lead}Q${before}`;
}
