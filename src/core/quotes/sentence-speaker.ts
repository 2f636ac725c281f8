import type { Speaker } from '../types';
import { cueInSentence } from './cues';
import { namedInQuote } from './gender';
import { activeLanguage } from './language';
import { NOT_NAME_STARTS } from './lexicon';
import type { People } from './people';
import { sentenceStarts } from './sentences';
import { subjectAfterVerb } from './subjects';

/**
 * Who speaks a quote that has no verb of saying of its own, read from the sentence around it: a
 * transcript's label, the person the sentence opens with, the cue that closes the sentence, or the
 * speaker of the sentence before. Split from attribute.ts, which asks these in turn.
 */

/** "Dan Roe: " opening a paragraph: a speaker's label, with a name of two or three words and nothing else. */
const TURN_LABEL = /^\s*(\p{Lu}[\p{L}’'.-]+(?:\s+\p{Lu}[\p{L}’'.-]+){1,2}):\s*/u;

/**
 * A transcript: "Amy Lowe: What made you leave? / Dan Roe: “The noise, mostly.”" — a name label
 * opening the quote's paragraph is its speaker when a paragraph beside it opens with another
 * person's label (one label alone may be a heading: "Debunked Myth: “…”").
 */
export function transcriptTurn(
  paragraphs: readonly string[],
  paragraph: number,
  before: string,
): string | null {
  const name = TURN_LABEL.exec(before)?.[0].length === before.length ? turnLabel(before) : null;
  if (!name) return null;
  const other = (p: number) => {
    const label = turnLabel(paragraphs[p]);
    return label !== null && label !== name;
  };
  return other(paragraph - 1) || other(paragraph + 1) ? name : null;
}

/** The name a paragraph's label gives, when it opens with one. */
function turnLabel(text: string | undefined): string | null {
  const name = TURN_LABEL.exec(text ?? '')?.[1];
  return name && !NOT_NAME_STARTS.has(name.split(/\s+/u)[0]!.toLowerCase()) ? name : null;
}

/** A sentence that neither credits the quote itself nor speaks in the first or second person, around words that are not a title. */
export function borrowsSpeaker(intro: string, quote: string): boolean {
  const language = activeLanguage();
  if (language.verb.test(intro) || language.source.test(intro) || language.firstPerson.test(intro))
    return false;
  if (/(?<!\p{L})(?:you|your)(?!\p{L})/iu.test(intro)) return false;
  const opener = /^[\s“"‘(]*(\p{L}+)/u.exec(intro)?.[1]?.toLowerCase();
  if (opener && language.pronouns.has(opener)) return false;
  const weighty = quote.split(/\s+/u).filter((w) => /\p{L}{4}/u.test(w));
  return !(weighty.length >= 1 && weighty.every((w) => /^\P{L}*\p{Lu}/u.test(w)));
}

/**
 * A passive or a naming verb before the quote: someone else's words ("was described as", "known
 * as"); or an example of a kind ("queries like “…”", "such as “…”", "e.g. “…”"): no one's words.
 */
const NOT_OWN_WORDS =
  /\b(?:was|were|been|being|is|are|be)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en|wn)\b|\b(?:called|dubbed|named|known|labelled|labeled|branded|titled|entitled)\s+(?:as\s+)?$|(?:\b(?:like|such as|for example|for instance)|\be\.g\.),?\s*\(?$/u;

/**
 * The person who opens the sentence (its subject), when the quote sits in the rest of it and no
 * one else is named between: a strong name, not a possessive, not named in the quote itself.
 */
export function sentenceSubject(
  intro: string,
  paragraph: number,
  from: number,
  people: People,
  quote: string,
): Speaker | null {
  if (NOT_OWN_WORDS.test(intro)) return null;
  const lead = /^[\s“"‘(]*/u.exec(intro)![0].length;
  const named = people.firstNamedIn(paragraph, from, from + intro.length);
  if (!named) return null;
  const opening = intro.slice(lead, lead + named.name.length + 12);
  const short = named.name.split(' ').pop()!;
  if (!opening.startsWith(named.name) && !opening.startsWith(short)) return null;
  if (namedInQuote(quote, named.name)) return null;
  return people.toSpeaker(named);
}

/**
 * The attribution at the end of the sentence a quote sits in: "…” and affects every
 * community, Noem said in …" / "…” with the best brands, said Jan Liphardt, a professor".
 * Only a clause after a comma counts, so the sentence's own verb is not taken for one.
 */
export function trailingCue(after: string): string | null {
  const end = sentenceStarts(after)[1] ?? after.length;
  const clauses = after.slice(0, end).split(/\s*,\s*/u);
  for (let i = clauses.length - 1; i >= 1; i--) {
    const verb = activeLanguage().verb.exec(clauses[i]!);
    // ("… habe die Schweiz „das Momentum“ gehabt, so Yakin, …": a clause a source word opens.)
    const source = activeLanguage().clauseSource?.exec(clauses[i]!);
    if (!verb && source) return subjectAfterVerb(clauses[i]!.slice(source[0].length));
    if (!verb) continue;
    // "… and leading Japan to be called a “…”": a passive names something, no one speaks.
    if (NOT_OWN_WORDS.test(clauses[i]!.slice(0, (verb.index ?? 0) + verb[0].length))) continue;
    return cueInSentence(clauses[i]!);
  }
  return null;
}

/** ", she replied" / ", he answered": a pronoun's reply, after a sentence in which someone asked someone. */
const REPLY_AFTER = /^[\s,]*(?:he|she|they)\s+(?:replied|answered|responded|retorted|shot back)\b/iu;
const ASKED = /\basked\s+((?:\p{Lu}[\p{L}’'.-]*\s+){0,2}\p{Lu}[\p{L}’'-]*)/gu;

/**
 * "Tom Reed asked Ann Lee about the budget. “…,” she replied.": the one asked replies, not the one
 * asking, when the sentence before names both and the pronoun has no other way to choose.
 */
export function replyTo(after: string, before: string, people: People): Speaker | null {
  if (!REPLY_AFTER.test(after)) return null;
  const asked = [...before.slice(-300).matchAll(ASKED)].pop()?.[1];
  const person = asked ? people.find(asked) : undefined;
  return person ? people.toSpeaker(person) : null;
}
