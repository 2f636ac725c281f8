import { activeLanguage } from './language';
import { DETERMINER, NOT_NAME_STARTS } from './lexicon';
import { isRoleWord } from './role-words';
import { roleSubject } from './roles';
import { opensParticipleClause } from './subject-shapes';
import { subjectAfterVerb } from './subjects';

/**
 * The subject that opens a sentence, for a later verb of the sentence that shares it ("China’s
 * ambassador … accused the UK of meddling and warned that “…”"). Split from cues.ts.
 */

/**
 * "Zugleich verteidigte sie … und betonte, „…“": a sentence a fronted adverb opens has its subject
 * after its first verb — a pronoun, a name, or an article and a noun. Null when it opens otherwise.
 */
function subjectAfterOpeningAdverb(sentence: string): string | null {
  const language = activeLanguage();
  const opening = /^(\p{L}+),?\s+\p{Ll}+\s+(.+)$/u.exec(sentence.trim());
  if (!opening || !language.frontedAdverbs.has(opening[1]!.toLowerCase())) return null;
  const rest = opening[2]!;
  const pronoun = /^\p{L}+/u.exec(rest)?.[0] ?? '';
  if (language.pronouns.has(pronoun.toLowerCase())) return pronoun;
  return AFTER_OPENING_VERB.exec(rest)?.[0] ?? null;
}
/** A run of capitals ("Hans Müller"), or an article and a noun ("die Ministerin", "der neue Trainer"). */
const AFTER_OPENING_VERB =
  /^(?:(?:der|die|das|ein|eine|de|het|een)\s+(?:\p{Ll}+\s+)?)?\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2}/u;

/** The subject that opens a sentence: a name (with its title), a role phrase or a pronoun. */
export function openingSubject(sentence: string): string | null {
  const afterAdverb = subjectAfterOpeningAdverb(sentence);
  if (afterAdverb) return afterAdverb;
  // "In a second statement, the chief executive …": past an opening phrase set off by a comma.
  const start = sentence.replace(/^[\s“"‘(]+/u, '');
  const lead = /^(?:[^\s,]+\s+){0,5}[^\s,]+,\s+/u.exec(start)?.[0];
  // (Only a phrase that opens with a preposition or adverb: "Jane Smith, a spokesperson, …" is the subject.)
  const text =
    lead &&
    (NOT_NAME_STARTS.has(/^\p{L}+/u.exec(lead)?.[0]?.toLowerCase() ?? '') || opensParticipleClause(lead))
      ? start.slice(lead.length)
      : start;
  const pronoun = /^(\p{L}+)\s/u.exec(text)?.[1];
  if (pronoun && activeLanguage().pronouns.has(pronoun.toLowerCase()) && pronoun.toLowerCase() !== 'it')
    return pronoun;
  const name =
    /^(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,3})(?=\s+\p{Ll})/u.exec(
      text,
    );
  // ("El ministro de Exteriores propone … y recalcó": an article before a role names no one.)
  if (
    name &&
    !NOT_NAME_STARTS.has(name[1]!.split(/\s+/u)[0]!.toLowerCase()) &&
    !/['’]s$/u.test(name[1]!) &&
    !DETERMINER.test(`${name[1]} `) &&
    // ("Minister of Natural Resources, Mohlomi Moleko, …": a title alone is the role below, not a name.)
    !isRoleWord(name[1]!)
  )
    return name[1]!;
  const role = roleSubject(text);
  // ("Minister of Natural Resources, Mohlomi Moleko, would not …": the name set off after the role.)
  const named =
    role && /^\s*,\s*(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,3}),/u.exec(text.slice(role.end));
  return named ? named[1]! : role ? role.phrase : null;
}

/** A second verb after a conjunction: "… accused the UK of meddling and warned", "He funds … and has stated,". */
const SECOND_VERB =
  /\s(?:and|but|then|und|et|y|e|i|en)\s+(?:(?:has|have|had|also|later|then|once|just|simply|still|again|even|\p{Ll}+ly)\s+){0,2}$/iu;
/** " der Publizist Rainer Brecht, und ": the subject after a first verb, then the conjunction of a second. */
const SHARED_AFTER_PRIOR = /^\s+([^,;:]+?),?\s+(?:and|und|et|y|e|i|en)\s+$/u;
/** "She said he then announced:", "… said the man then told her:": the reported clause's own subject before "then". */
// (Case-sensitive: under /i a capitalised name's pattern would take "so" in "He said so then added".)
const OWN_SUBJECT_THEN =
  /^\s*(?:that\s+)?(he|she|they|we|(?:the|a|an|his|her|their)\s+\p{Ll}+|\p{Lu}\p{L}+)\s+then\s+$/u;

/**
 * The subject of a later verb of saying in a sentence, when it is no subject of its own before the
 * verb: the sentence's opening one, shared by a second verb ("China’s ambassador … accused the UK
 * of meddling and warned that “…”"). But "She said he then announced:": after an earlier verb of
 * saying, a reported clause's subject before "then" is the verb's own. `head` is the sentence up to
 * the verb; `afterPrior`, the text between the verb of saying before it (if any) and the verb.
 */
export function secondVerbSubject(
  sentence: string,
  head: string,
  afterPrior: string | undefined,
): string | null {
  const own = afterPrior === undefined ? null : OWN_SUBJECT_THEN.exec(afterPrior);
  if (own) return own[1]!;
  // ("…, sagt der Publizist Rainer Brecht, und fügt hinzu:": a first verb after a comma has its
  // subject after it, and the second verb shares that one, not the sentence's opening words.)
  const inverted =
    afterPrior !== undefined && /,\s*\p{L}+$/u.test(head.slice(0, head.length - afterPrior.length))
      ? SHARED_AFTER_PRIOR.exec(afterPrior)
      : null;
  if (inverted) return subjectAfterVerb(inverted[1]!);
  return SECOND_VERB.test(head) ? openingSubject(sentence) : null;
}
