import { activeLanguage } from './language';
import { DETERMINER, NOT_NAME_STARTS } from './lexicon';
import { isRoleWord } from './role-words';

/**
 * "Digitalminister Wildberger: „…“", "Der 24-Jährige: „…“": a sentence that is only a noun phrase
 * and a colon introduces the words of whom it names — when it names a person by a role or an age;
 * "Das Problem: „…“", "Motto: „…“" and a heading name no one.
 */
export function speakerBeforeColon(sentence: string): string | null {
  const phrase = BARE_PHRASE_COLON.exec(sentence)?.[1];
  if (!phrase || activeLanguage().verb.test(phrase)) return null;
  const words = phrase.split(/\s+/u);
  // ("From Aunt: What she said: “…”": a heading that opens with a preposition or a conjunction.)
  if (NOT_NAME_STARTS.has(words[0]!.toLowerCase()) && !DETERMINER.test(phrase)) return null;
  const person = words.some((w) => isRoleWord(w) || AGE_NOUN.test(w));
  // (A noun phrase ends in its noun, a name or an age: "Einige Anwohner riefen" is a clause.)
  const last = words.at(-1)!;
  const endsInNoun = /^\p{Lu}/u.test(last) || isRoleWord(last) || AGE_NOUN.test(last);
  return person && endsInNoun ? phrase : null;
}
const BARE_PHRASE_COLON = /^\s*((?:[\p{L}\d.’'-]+\s+){0,3}[\p{L}\d.’'-]+)\s*:\s*$/u;
/** "24-Jährige", "24-year-old": an age standing for a person. */
const AGE_NOUN = /^\d{1,3}-(?:jährige[rn]?|year-old|årige?|jarige)$/iu;
