import { activeLanguage } from './language';
import { isRoleWord } from './role-words';

/**
 * German writes every noun with a capital, so a run of capitals there is as often a noun phrase
 * as a name: "Freilassung Maduros", "Angehörigen der Opfer", "Seine Augen", "Erfüllung der Pflicht".
 * Left as names they became the people a later "er" or "sie" stood for. Only for languages that
 * capitalise their nouns (those with lang notNameStarts), but for one check that holds in any:
 * a common noun before "von"/"van" ("die Aufmerksamkeit von Jeanmaire Molina", "in Zeiten von Corona").
 */

/** German and Dutch endings of common nouns (Aufmerksamkeit, Zeiten, Regierung, Gemeinschaft). */
const COMMON_NOUN_ENDING = /(?:ung|heit|keit|schaft|tät|tion|sion|nis|tum|ismus|zeit|heid)(?:en)?$/u;

/** Particles before which an article belongs to a name ("von der Leyen", "van der Bellen"). */
const NAME_PARTICLE = /^(?:von|van|vom|zu|zur|de)$/u;

/**
 * The part of a capitalised run that can be a name: the run itself, or the text after the noun
 * phrase it opens with, or before the article that joins a noun to its genitive. Returns the
 * characters dropped at the start and the text kept.
 */
export function nameablePart(run: string): { skipped: number; kept: string } {
  const language = activeLanguage();
  // (Most runs have neither a particle nor a language that capitalises nouns: nothing to split.)
  if (language.notNameStarts.size === 0 && !/\s(?:von|van|vom)\s/u.test(run))
    return { skipped: 0, kept: run };
  const words = [...run.matchAll(/\S+/gu)];
  const tokens = words.map((w) => w[0]);
  // ("die Aufmerksamkeit von Jeanmaire Molina": a common noun before "von"/"van" is a thing of
  // someone's, not a first name; the name, if any, follows.)
  const particle = tokens.findIndex((t, i) => i > 0 && /^(?:von|van|vom)$/u.test(t));
  let first = particle > 0 && COMMON_NOUN_ENDING.test(tokens[particle - 1]!.toLowerCase()) ? particle + 1 : 0;
  if (language.notNameStarts.size === 0) return keep(run, words, first, tokens.length);
  const roleBefore = (i: number) => tokens.slice(0, i).some((t) => isRoleWord(t));
  for (let i = first; i < tokens.length - 1; i++) {
    const lower = tokens[i]!.toLowerCase();
    // "Seine Augen", "Diese Woche": a determiner opens a noun phrase.
    if (i === first && language.notNameStarts.has(lower)) first = i + 1;
    // "Freilassung Maduros": a common noun is no part of a name; a name may follow it.
    // (Not a body's own word: "Stiftung Warentest".)
    else if (lower.length > 5 && COMMON_NOUN_ENDING.test(lower) && !bodyWord(lower) && !roleBefore(i))
      first = i + 1;
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
  return keep(run, words, first, last);
}

/** The run's words from `first` up to `last`, and how many characters come before them. */
function keep(
  run: string,
  words: RegExpExecArray[],
  first: number,
  last: number,
): { skipped: number; kept: string } {
  if (first >= last) return { skipped: run.length, kept: '' };
  const from = words[first]!.index ?? 0;
  const to = (words[last - 1]!.index ?? 0) + words[last - 1]![0].length;
  return { skipped: from, kept: run.slice(from, to) };
}

/** A body's word, or a compound ending in one ("Bundesregierung", "Staatsanwaltschaft"). */
function bodyWord(lower: string): boolean {
  for (const word of activeLanguage().orgNouns) if (lower.endsWith(word)) return true;
  return false;
}
