import { activeLanguage } from './language';
import { isSentenceOpener } from './openers';
import { NAMED_SUBJECT } from './subject-shapes';
import { subjectAfterVerb } from './subjects';

/**
 * What stands before a verb of saying and is not its subject. In a verb-second language (German,
 * Dutch: lang frontedOpeners) a fronted phrase or clause puts the subject after the finite verb;
 * in a language that leaves subjects out, a linking adverb may be all there is before the verb.
 * Split from cues.ts, which asks these before reading the words before the verb as the subject.
 */

/** Subject pronouns of the verb-second languages, right after the verb ("sie" is an object too, rarely there). */
const SUBJECT_PRONOUNS = new Set(['er', 'sie', 'wir', 'ich', 'hij', 'zij', 'ze', 'wij', 'ik']);

/**
 * "Über seine Freilassung sagte er: „…“", "Auch im Ramstein-Fall betonte es": a phrase or clause
 * fronted in a verb-second language is no subject; the subject follows the finite verb — the verb
 * of saying, or ("Weshalb es dazu kam, konnte er nicht sagen") the one right after the clause.
 * Undefined when nothing is fronted.
 */
export function subjectAfterFronted(before: string, afterVerb: string): string | null | undefined {
  const language = activeLanguage();
  // ("Zyniker:innen, die … nur schwer akzeptieren können, entgegnet sie:": whatever phrase or clause
  // is fronted, a subject pronoun right after the verb is the subject.)
  const pronoun = /^\s*(\p{Ll}+)\b/u.exec(afterVerb)?.[1];
  if (language.verbSecondVerb && /,\s*$/u.test(before) && pronoun && SUBJECT_PRONOUNS.has(pronoun))
    return pronoun;
  const words = before.trim().split(/\s+/u);
  let first = 0;
  while (first < words.length - 1 && language.frontedAdverbs.has(words[first]!.toLowerCase())) first++;
  if (!language.frontedOpeners.has(words[first]?.toLowerCase() ?? '')) return undefined;
  const clause = /,\s*([^,]+)$/u.exec(before.trim())?.[1]?.trim().split(/\s+/u) ?? [];
  return (
    (clause.length >= 2 ? subjectAfterVerb(clause.slice(1).join(' ')) : null) ??
    subjectAfterVerb(afterVerb) ??
    pronounAfterAuxiliary(words.slice(first + 1))
  );
}

/**
 * "In einem Interview hatte er … noch betont:": where the verb of saying is a participle at the end,
 * the subject follows the finite auxiliary after the fronted phrase — a pronoun after a lower-case
 * word that opens nothing. Null when there is none.
 */
function pronounAfterAuxiliary(words: readonly string[]): string | null {
  const language = activeLanguage();
  for (let i = 1; i < words.length; i++) {
    const previous = words[i - 1]!;
    if (
      language.pronouns.has(words[i]!.toLowerCase()) &&
      /^\p{Ll}+$/u.test(previous) &&
      !language.frontedOpeners.has(previous) &&
      !language.notNameStarts.has(previous)
    )
      return words[i]!;
  }
  return null;
}

/**
 * "…, sagte Féraud: „…“", "Eine solche Logik dürfe nicht hingenommen werden, warnte er, da …": in a
 * verb-second language a verb after a clause and its comma comes before its subject, which a colon
 * or a comma ends — unless a relative clause describes a subject before it ("Müller, der seit
 * Jahren dort lebt, sagt:"). (Not in English: "…, who did not work on the study, told Newsweek:"
 * names whom the words were told.)
 */
export function invertedAfterClause(clauseBefore: string, afterVerb: string): boolean {
  return (
    activeLanguage().frontedOpeners.size > 0 &&
    /^\s+(?:\p{Lu}|\p{Ll})[^,:;.!?]*[,:]/u.test(afterVerb) &&
    !V2_RELATIVE.test(clauseBefore.trim())
  );
}

/**
 * A relative clause of German or Dutch opening the words before the verb: in lower case, after a
 * comma. ("Die Worte haben eine besondere Bedeutung, erzählt Liat:" opens the sentence with an article.)
 */
const V2_RELATIVE = /^(?:der|die|das|dem|den|deren|dessen|welche[rsmn]?|dat|wie|waar)\s/u;

/**
 * "Asimismo, indicó que …", "Inoltre, ha aggiunto che …": a linking adverb, then a verb whose
 * subject is left out (or follows it): the one in play spoke. Undefined when something else opens
 * the sentence. (English leaves out no subject.)
 */
export function subjectAfterLinkingAdverb(before: string, afterVerb: string): string | undefined {
  const language = activeLanguage();
  if (language.primary === 'en' || before.length > 40) return undefined;
  const opening = before
    .replace(language.auxiliaryBeforeVerb, '')
    .replace(/[\s,]+$/u, '')
    .trim();
  if (!/^\p{L}+$/u.test(opening) || !isSentenceOpener([opening])) return undefined;
  const after = subjectAfterVerb(afterVerb);
  return after && NAMED_SUBJECT.test(after) ? after : 'they';
}
