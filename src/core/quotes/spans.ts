import { cueAfter, hasSpeechCue } from './cues';
import { activeLanguage } from './language';
import { SPEECH_VERBS } from './lexicon';
import { escapeWord } from './regex-words';
import { type RawSpan, scanParagraph, spanText } from './scan';
import { hasSentenceBreak } from './sentences';
import { words } from './text';

/** One piece of a quotation: a quoted span in one paragraph. */
export interface Part {
  paragraph: number;
  span: RawSpan;
}

/** A quotation before attribution: its pieces in order and their joined text. */
export interface Draft {
  parts: Part[];
  text: string;
}

/** Join for a quotation interrupted by its attribution ("…,” he said, “…"). */
export const INTERRUPTION_JOIN = ' … ';
/** Join for a quotation that runs on into the next paragraph. */
export const PARAGRAPH_JOIN = ' ';

const MAX_ATTRIBUTION_WORDS = 32;
const MAX_ATTRIBUTION_CHARS = 240;
/** A quotation interrupted more often than this is a run of separate quotes ("…,” said A. “…,” said A. …), not one. */
const MAX_PARTS = 8;
/** A "quotation" longer than this is text between two stray marks (the longest in the quote corpus is under 900). */
const MAX_SPAN_CHARS = 5_000;

/**
 * Turns the quoted spans of all paragraphs into whole quotations:
 * spans separated only by an attribution become one quotation, and a
 * quotation left open at the end of a paragraph continues into the next
 * paragraph when that paragraph opens with a quote mark (the classic convention).
 */
export function assembleDrafts(
  paragraphs: readonly string[],
  maxDrafts: number = Number.POSITIVE_INFINITY,
): Draft[] {
  const drafts: Draft[] = [];
  let open: Draft | null = null;
  paragraphs.forEach((text, p) => {
    // Past maxDrafts the caller gives up on the article's quotes: assembling the rest is wasted work.
    if (drafts.length > maxDrafts) return;
    const spans = scanParagraph(text).filter((span) => span.close - span.open <= MAX_SPAN_CHARS);
    const groups = groupInterruptions(text, spans, maxDrafts - drafts.length + 1);
    groups.forEach((group, g) => {
      const parts = group.map((span) => ({ paragraph: p, span }));
      const continues = open !== null && g === 0 && group[0]!.open === leadingSpace(text);
      if (continues && open) {
        open.parts.push(...parts);
      } else {
        open = null;
        drafts.push({ parts, text: '' });
      }
      const current = drafts[drafts.length - 1]!;
      open = group[group.length - 1]!.closed ? null : current;
    });
    if (groups.length === 0) open = null;
  });
  // The comma of “…,” he said belongs to the sentence around the quote, not to the quote.
  const kept = drafts.filter((draft) => !isStrayMark(paragraphs, draft));
  for (const draft of kept) draft.text = trimTrailing(joinParts(paragraphs, draft.parts));
  return kept;
}

/**
 * A quote that never closes is only believed when it looks like one whose closing
 * mark went missing at the end of a paragraph: opened by a double mark at the start
 * of the paragraph or after a colon or comma. Otherwise it is a stray mark ("isn 't").
 */
function isStrayMark(paragraphs: readonly string[], draft: Draft): boolean {
  const last = draft.parts[draft.parts.length - 1]!;
  if (last.span.closed) return false;
  if (SINGLE_MARKS.includes(last.span.opener)) return true;
  const first = draft.parts[0]!;
  const before = paragraphs[first.paragraph]!.slice(0, first.span.open);
  return !/(?:^|[:,]|said|says)\s*$/u.test(before);
}

const SINGLE_MARKS = ["'", '‘', '‚'];

function leadingSpace(text: string): number {
  return text.length - text.trimStart().length;
}

/** Spans in one paragraph, grouped when only an attribution stands between them (at most maxGroups groups). */
function groupInterruptions(text: string, spans: RawSpan[], maxGroups: number): RawSpan[][] {
  const groups: RawSpan[][] = [];
  for (const span of spans) {
    const group = groups[groups.length - 1];
    const previous = group?.[group.length - 1];
    if (
      group &&
      group.length < MAX_PARTS &&
      previous?.closed &&
      runsOn(text, previous) &&
      span.open - previous.close < MAX_ATTRIBUTION_CHARS &&
      isAttributionOnly(text.slice(previous.close + 1, span.open)) &&
      !fragmentOfNarrative(text, previous, span) &&
      !startsOwnQuote(text, previous, span) &&
      !(group.length === 1 && introducedByCue(text, previous))
    ) {
      group.push(span);
    } else {
      if (groups.length >= maxGroups) break;
      groups.push([span]);
    }
  }
  return groups;
}

/**
 * because “no one else was brave enough,” and explained that white people “already are …”: a
 * quote opening in lower case straight after narrative words (no comma or colon handing over to
 * it) is a fragment of that sentence, not the rest of the quote before it. (“We remain open,” he
 * said, “and we will …” hands over with its comma.)
 */
function fragmentOfNarrative(text: string, previous: RawSpan, span: RawSpan): boolean {
  const opening = text.slice(span.open + 1, span.open + 3);
  if (!/^\p{Ll}/u.test(opening)) return false;
  return /[\p{L}\p{N}]$/u.test(text.slice(previous.close + 1, span.open).trimEnd());
}

/**
 * “…,” he said. “Work-life balance is …,” stated Steinhauser. — after an attribution that
 * ends its sentence, a quote with an attribution of its own naming someone else is a new
 * quotation, not the second half of the first.
 */
function startsOwnQuote(text: string, previous: RawSpan, span: RawSpan): boolean {
  if (!/[.!?]\s*$/u.test(text.slice(previous.close + 1, span.open)) || !span.closed) return false;
  if (!runsOn(text, span)) return false;
  const after = text.slice(span.close + 1, span.close + 1 + MAX_ATTRIBUTION_CHARS);
  const next = after.search(/[“"„«»‘]/u);
  const clause = next === -1 ? after : after.slice(0, next);
  const second = cueAfter(clause.split(/[.!?](?:\s|$)/u)[0] ?? '');
  // “…,” he said. “…,” he added. is one speaker going on; only a different name opens a new quote.
  if (!second || !/^\p{Lu}/u.test(second) || activeLanguage().pronouns.has(second.toLowerCase()))
    return false;
  const first = cueAfter(text.slice(previous.close + 1, span.open));
  if (first === null || first.toLowerCase() === second.toLowerCase()) return false;
  // “…,” he said. “…,” McDowell laughed. — "he" is the McDowell this paragraph has just named.
  return !(
    activeLanguage().pronouns.has(first.toLowerCase()) && namedBefore(text.slice(0, previous.open), second)
  );
}

/** The name (or its last word, a surname) stands in the text as a word of its own. */
function namedBefore(before: string, name: string): boolean {
  const surname = name.split(/\s+/u).pop()!;
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeWord(surname)}(?![\\p{L}\\p{N}])`, 'u').test(before);
}

/**
 * Aslam berkata, “Bagaimana itu?” Umar berkata, “Jika …”: a quote already introduced by its own
 * cue ("X said, “…”") is whole; the attribution after it introduces the next speaker's words.
 */
function introducedByCue(text: string, first: RawSpan): boolean {
  return endsInCue(text.slice(Math.max(0, first.open - 120), first.open));
}

/** "Umar berkata, ", "X told reporters: ": text that hands over to a quotation with its own verb of saying. */
export function endsInCue(before: string): boolean {
  if (!/[,:]\s*$/u.test(before)) return false;
  // The verb closes the clause ("X said,", "X told reporters:"), not one of a clause before it
  // ("When one mathematician announced his proof of …, “…,” she writes").
  // (A colon may follow the verb's object: "X answered that rhetorical question: “…”".)
  const reach = /:\s*$/u.test(before) ? 6 : 3;
  const tail = (before.split(/[.!?”"»]\s/u).pop() ?? before).trim().split(/\s+/u).slice(-reach).join(' ');
  return activeLanguage().verb.test(tail);
}

/** “We’re always open,” said … / „…“, so … — the first part hands over to an attribution, not a full stop. */
export function runsOn(text: string, span: RawSpan): boolean {
  // (A nested quote may end with the outer one: “… ‘The end,’” Harper said.)
  const inner = text
    .slice(Math.max(span.open + 1, span.close - 8), span.close)
    .trimEnd()
    .replace(/[’'›]+$/u, '');
  if (/[,?!…—–-]$/u.test(inner)) return true;
  const after = text.slice(span.close + 1, span.close + 24);
  if (/^\s*[,—–]|^と/u.test(after)) return true;
  // “…” he said — but not “…” and said the targets would be …, nor a title inside a sentence
  // ("In einem Interview mit „Meet the Press“ sagte Bennett: „…“"): with no comma handing over, only
  // a quote that opens its sentence runs on into an attribution.
  return (
    /^\s+\p{Ll}/u.test(after) &&
    (PRONOUN_NEXT.test(after) || SPEECH_NEXT.test(after)) &&
    /(?:^|[.!?:;…—–"”“»«-])\s*$/u.test(text.slice(Math.max(0, span.open - 40), span.open))
  );
}

const PRONOUN_NEXT = /^\s+(?:he|she|they|il|elle|er|sie)\b/u;
// Not \b: it is ASCII-only, and "powiedział" ends in a letter it does not know.
const SPEECH_NEXT = new RegExp(`^\\s+(?:${SPEECH_VERBS.join('|')})(?![\\p{L}\\p{N}])`, 'iu');

/** ", said Espinosa. " / " he said, " — but not a sentence of narrative between two quotes. */
export function isAttributionOnly(between: string): boolean {
  const core = between.replace(/^[\s,.;:!?—–-]+|[\s,.;:!?—–-]+$/gu, '');
  if (core === '' || words(core).length > MAX_ATTRIBUTION_WORDS) return false;
  // "…,” he said, adding that it can be … “slight diffuse greyness”" / "…,” which can be …, said X. “…":
  // a clause of narrative between two quotes, not an attribution.
  if (/\b\p{Ll}+ing\s+that\b|^(?:which|that|who)\b/u.test(core)) return false;
  return (
    ((hasSpeechCue(core) && !participleOnly(core)) || /^,\s*so\s/u.test(between)) && !hasSentenceBreak(core)
  );
}

/**
 * “Nashville,” X and Y came to the project … of writing character-driven chords. “It’s …”: a
 * participle is no attribution on its own; a sentence of narrative holding one is between two quotes.
 */
function participleOnly(core: string): boolean {
  const language = activeLanguage();
  const verbs = [...core.matchAll(language.verbAll)];
  return (
    verbs.length > 0 &&
    verbs.every((m) => language.participles.has(m[0].toLowerCase())) &&
    !language.source.test(core) &&
    !language.lead.test(core.replace(/^[\s,]+/u, '')) &&
    !language.subjectLead.test(core.replace(/^[\s,]+/u, ''))
  );
}

/**
 * Joins the pieces; before an interruption the text so far loses its trailing
 * punctuation. Only the tail is trimmed, piece by piece, so a long chain costs
 * its length once (trimming the whole joined string at every part was quadratic).
 */
function joinParts(paragraphs: readonly string[], parts: readonly Part[]): string {
  const pieces: string[] = [];
  parts.forEach((part, i) => {
    const piece = spanText(paragraphs[part.paragraph]!, part.span);
    if (i > 0) {
      const join = parts[i - 1]!.paragraph === part.paragraph ? INTERRUPTION_JOIN : PARAGRAPH_JOIN;
      if (join === INTERRUPTION_JOIN) trimTail(pieces);
      pieces.push(join);
    }
    pieces.push(piece);
  });
  return pieces.join('');
}

/** Drops trailing spaces and clause punctuation from the pieces' joined text, touching only the tail. */
function trimTail(pieces: string[]): void {
  while (pieces.length > 0) {
    const last = pieces.pop()!;
    const trimmed = trimTrailing(last);
    if (trimmed !== '') {
      pieces.push(trimmed);
      return;
    }
  }
}

// (Also the full-width comma and colon: “每天能多睡半个小时，”她说.)
const TRAILING = new Set([',', ';', ':', '—', '–', '-', '，', '、', '：', '；']);
/** `text` without trailing whitespace and clause punctuation (a scan from the end, not a backtracking regex). */
function trimTrailing(text: string): string {
  let end = text.length;
  while (end > 0 && (TRAILING.has(text[end - 1]!) || /\s/u.test(text[end - 1]!))) end--;
  return end === text.length ? text : text.slice(0, end);
}
