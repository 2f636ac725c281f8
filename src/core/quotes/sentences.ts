import { TITLE_ABBREVIATIONS } from './lexicon';

/** Sentence boundaries that survive the abbreviations news copy is full of (Mr. Reed, U.S., a.m.). */

const ABBREVIATION = new RegExp(
  `(?:(?<!\\p{L})(?:dr|prof|mgr|inż|hab|ks|płk|mjr)|\\b(?:${TITLE_ABBREVIATIONS.join('|')}|No|Mt|Inc|Corp|Ltd|Co|Bros|vs|etc|approx|U\\.S|U\\.K|a\\.m|p\\.m|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec)|\\b\\p{Lu})\\.$`,
  'u',
);
/** "am 18. November": a German ordinal before a month, no sentence's end. */
const ORDINAL_DATE =
  /(?<!\d)\d{1,2}\.\s+(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b/u;
// (German closes with “ and ‘: „Das geht.“ Er lachte.)
const BOUNDARY = /[.!?…]["”’»“‘]?\s+(?=["“‘„«»(\p{Lu}\p{N}])/gu;

/** Start offsets of the sentences in `text` (always includes 0). */
export function sentenceStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(BOUNDARY)) {
    const end = (m.index ?? 0) + 1;
    if (ABBREVIATION.test(text.slice(Math.max(0, end - 6), end))) continue;
    if (ORDINAL_DATE.test(text.slice(Math.max(0, end - 4), end + 12))) continue;
    starts.push((m.index ?? 0) + m[0].length);
  }
  return starts;
}

/** The last sentence of `text` (possibly empty when the text ends with a full stop and space). */
export function lastSentence(text: string): string {
  const starts = sentenceStarts(text);
  return text.slice(starts[starts.length - 1]!);
}

/** The sentences of `text`, trimmed, without empties. */
export function splitSentences(text: string): string[] {
  const starts = sentenceStarts(text);
  return starts.map((s, i) => text.slice(s, starts[i + 1] ?? text.length).trim()).filter(Boolean);
}

/** Whether the text holds more than one sentence (an attribution holds one). */
export function hasSentenceBreak(text: string): boolean {
  return sentenceStarts(text.trim()).length > 1;
}

const ENDS_SENTENCE = /[.!?…]["”’»“‘]?\s+$/u;

/** Whether the text ends a sentence ("… encolhe os ombros. " before a quote that opens the next one). */
export function endsSentence(text: string): boolean {
  return ENDS_SENTENCE.test(text) && !ABBREVIATION.test(text.trimEnd().replace(/["”’»“‘]$/u, ''));
}
