import { activeLanguage } from './language';
import { isRoleWord } from './role-words';

/**
 * German writes every noun with a capital, so a run of capitals there is as often a noun phrase
 * as a name: "Freilassung Maduros", "Angehörigen der Opfer", "Seine Augen", "Erfüllung der Pflicht".
 * Left as names they became the people a later "er" or "sie" stood for. Only for languages that
 * capitalise their nouns (those with lang notNameStarts); every other run passes untouched.
 */

/** German and Dutch endings of common nouns (Aufmerksamkeit, Zeiten, Regierung, Gemeinschaft). */
export const COMMON_NOUN_ENDING = /(?:ung|heit|keit|schaft|tät|tion|sion|nis|tum|ismus|zeit|heid)(?:en)?$/u;

/** Particles before which an article belongs to a name ("von der Leyen", "van der Bellen"). */
const NAME_PARTICLE = /^(?:von|van|vom|zu|zur|de)$/u;

/**
 * The part of a capitalised run that can be a name: the run itself, or the text after the noun
 * phrase it opens with, or before the article that joins a noun to its genitive. Returns the
 * characters dropped at the start and the text kept.
 */
export function nameablePart(run: string): { skipped: number; kept: string } {
  const language = activeLanguage();
  if (language.notNameStarts.size === 0) return { skipped: 0, kept: run };
  const words = [...run.matchAll(/\S+/gu)];
  const tokens = words.map((w) => w[0]);
  const roleBefore = (i: number) => tokens.slice(0, i).some((t) => isRoleWord(t));
  let first = 0;
  for (let i = 0; i < tokens.length - 1; i++) {
    const lower = tokens[i]!.toLowerCase();
    // "Seine Augen", "Diese Woche": a determiner opens a noun phrase.
    if (i === first && language.notNameStarts.has(lower)) first = i + 1;
    // "Freilassung Maduros": a common noun is no part of a name; a name may follow it.
    // ("die Aufmerksamkeit von Jeanmaire Fischer": and so is the "von" after it.)
    // (Not a body's own word: "Stiftung Warentest".)
    else if (lower.length > 5 && COMMON_NOUN_ENDING.test(lower) && !bodyWord(lower) && !roleBefore(i))
      first = /^(?:von|vom|van)$/u.test(tokens[i + 1] ?? '') ? i + 2 : i + 1;
  }
  let last = tokens.length;
  for (let i = first + 1; i < tokens.length; i++) {
    // "Angehörigen der Opfer": an article inside the run joins a noun to its genitive.
    if (
      /^(?:der|des|die)$/u.test(tokens[i]!) &&
      !NAME_PARTICLE.test(tokens[i - 1]!.toLowerCase()) &&
      !roleBefore(i)
    ) {
      last = i;
      break;
    }
  }
  if (first >= last) return { skipped: run.length, kept: '' };
  const from = words[first]!.index ?? 0;
  const to = (words[last - 1]!.index ?? 0) + tokens[last - 1]!.length;
  return { skipped: from, kept: run.slice(from, to) };
}

/** A body's word, or a compound ending in one ("Bundesregierung", "Staatsanwaltschaft"). */
function bodyWord(lower: string): boolean {
  for (const word of activeLanguage().orgNouns) if (lower.endsWith(word)) return true;
  return false;
}
