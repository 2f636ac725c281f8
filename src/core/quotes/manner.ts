import { activeLanguage } from './language';
import { hasSentenceBreak } from './sentences';
import { subjectAfterVerb, subjectBeforeVerb } from './subjects';

/**
 * “…”. Así ha resumido el consejero …, “…”. Con esas palabras ha descrito Moreno …, « … ». C’est
 * ainsi que le ministre a résumé …: a sentence that opens by pointing back to the quote (lang
 * mannerOpeners) names its speaker as the verb's subject, after the verb or, failing that, before
 * it. Undefined when the text opens otherwise.
 */
export function mannerSubject(s: string): string | null | undefined {
  const language = activeLanguage();
  const manner = language.mannerOpening?.exec(s);
  if (!manner) return undefined;
  const rest = s.slice(manner[0].length);
  const verb = language.verb.exec(rest);
  if (!verb || hasSentenceBreak(rest.slice(0, verb.index))) return undefined;
  const between = rest.slice(0, verb.index).trim();
  // ("ha descrito Moreno un incendio": an article after the name opens the verb's object.)
  if (between.split(/\s+/u).every((w) => /^\p{Ll}{1,3}$/u.test(w)))
    return subjectAfterVerb(
      rest
        .slice(verb.index + verb[0].length)
        .replace(/(?<=\p{Lu}[\p{L}-]*)\s+(?:un|una|el|la|los|las|le|les|il|lo|um|uma)\s.*$/su, ''),
    );
  return subjectBeforeVerb(between);
}
