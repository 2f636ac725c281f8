import { hasSentenceBreak } from './sentences';

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
