import { hasSentenceBreak } from './sentences';

// Speakers who are not the subject of the sentence's verb of saying.

/**
 * "local newspapers quote Salinas as saying", "the agency quoted him as saying: “…”": whom the
 * words are quoted from speaks, not the paper quoting them. Only within the sentence at hand.
 */
export function quotedAs(text: string): string | null {
  const m = QUOTED_AS.exec(text);
  if (!m || hasSentenceBreak(text.slice(0, m.index))) return null;
  const who = m[1]!;
  return OBJECT_TO_SUBJECT[who.toLowerCase()] ?? who;
}

const QUOTED_AS =
  /\bquot(?:e|es|ed|ing)\s+((?:[\p{L}’'.-]+\s+){0,5}?[\p{L}’'.-]+)\s+as\s+(?:saying|telling|writing|adding)\b/u;
/** The object pronoun quoted, as the subject pronoun the resolver reads. */
const OBJECT_TO_SUBJECT: Readonly<Record<string, string>> = { him: 'he', her: 'she', them: 'they' };

/** "Rodriguez heard an officer yell: “…”": the one heard speaks, not the one who heard. */
export function heardSaying(text: string): string | null {
  return HEARD_SAYING.exec(text)?.[1] ?? null;
}

/** "The ministry condemned what it calls a “…”": the one who calls it that. */
export function whoCallsIt(text: string): string | null {
  return WHAT_X_CALLS.exec(text)?.[1] ?? null;
}

/**
 * "Carlson … secretly recorded him saying …": what comes right before a participle of saying, a
 * verb of hearing or recording and its object, who then spoke (a pronoun as its subject form).
 */
export function heardBefore(head: string): string | null {
  const who = HEARD_BEFORE.exec(head)?.[1];
  return who ? (OBJECT_TO_SUBJECT[who.toLowerCase()] ?? who) : null;
}

/** Verbs of hearing or seeing someone speak; of recording too, before a participle (heardBefore). */
const HEARING = 'heard|hear|hears|overheard|saw|watched';
const HEARD_SAYING = new RegExp(
  String.raw`\b(?:${HEARING})\s+((?:an?|the|one|his|her|their)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?|\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2})\s+(?:say|yell|shout|scream|tell|ask|cry|whisper|mutter|call)\b[^“”"«»:]{0,40}[:,]\s*$`,
  'u',
);
const WHAT_X_CALLS =
  /\bwhat\s+(it|he|she|they|\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?)\s+(?:calls|called|describes|described|terms|termed|dubs|dubbed)(?:\s+as)?\s+(?:(?:a|an|the)\s+)?$/u;
const HEARD_BEFORE = new RegExp(
  String.raw`\b(?:${HEARING}|recorded|records|taped|filmed|caught)\s+(him|her|them|\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2})\s+$`,
  'u',
);
