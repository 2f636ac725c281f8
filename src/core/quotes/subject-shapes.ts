import { activeLanguage } from './language';
import { CLAUSE_PREPOSITIONS, DETERMINER } from './lexicon';
import { isSentenceOpener } from './openers';
import { isRoleWord } from './role-words';

/**
 * The shapes of the comma-separated segments around a verb of saying, which subjects.ts reads to
 * tell the name from its role: a name, a place, an apposition, a title, a clause that names no one.
 */

export function endsWithRole(segment: string): boolean {
  return isRoleWord(segment.trim().split(/\s+/u).pop() ?? '');
}

/** "Inc.", "Ltd", "GmbH": the legal form closing a company's name, set off by a comma. */
export const COMPANY_SUFFIX = /^(?:Inc|Ltd|LLC|LLP|Corp|Co|PLC|plc|GmbH|AG|S\.?A|N\.?V|B\.?V|Pty)\.?$/u;

/** A capitalised title of office leads the segment ("Senior Vice President of Sales", "President Ascom"). */
export function titleLed(segment: string): boolean {
  const words = segment.trim().split(/\s+/u);
  for (const word of words.slice(0, 4)) {
    if (!/^\p{Lu}/u.test(word)) return false;
    if (isRoleWord(word)) return true;
  }
  return false;
}

/** A segment that opens with an opening word ("On Monday", "In 2019", "Moreover", "Earlier Saturday", "In a reflection of the confusion"). */
export function opensWithOpener(segment: string): boolean {
  const words = segment.trim().split(/\s+/u);
  // ("As Paco Calvo, director of …, puts it": "as" before a name opens the clause that name is the
  // subject of; "As a result," and "As expected," name no one.)
  if (/^as$/iu.test(words[0]!) && words.slice(1).some((w) => /^\p{Lu}/u.test(w))) return false;
  // ("When officers went to Heidnik’s home, former police lieutenant James Hansen recalls": a clause
  // a subordinating conjunction opens is no subject of the main verb, whoever it names.)
  // ("Even when a police officer first called, Heidnik …": an adverb may come before the conjunction.)
  const conjunction = FOCUS_ADVERB.test(words[0]!) ? 1 : 0;
  if (words.length > 2 + conjunction && SUBORDINATING.test(words[conjunction]!)) return true;
  // ("Appearing before the World Court, the delegation said": a participle and a preposition open
  // a clause of what the subject did, whatever it names.)
  if (words.length > 2 && opensParticipleClause(segment)) return true;
  if (words.length <= 4) return isSentenceOpener(words);
  // ("In a reflection of the confusion, the Electoral Commission …": a longer phrase opened the
  // same way is the opener too, when it names no one: no capital after its first word.)
  // ("In an interview with the BBC, the prime minister insisted": a phrase a preposition opens is
  // never the subject, whatever it names.)
  return (
    words.length <= MAX_OPENING_PHRASE &&
    isSentenceOpener(words) &&
    (OPENING_PREPOSITION.test(words[0]!) || words.slice(1).every((w) => !/^\p{Lu}/u.test(w)))
  );
}
const MAX_OPENING_PHRASE = 10;
const OPENING_PREPOSITION = /^(?:in|on|at|during|after|before|since|from|under|amid|throughout)$/iu;
const FOCUS_ADVERB = /^(?:even|just|only|especially|particularly)$/iu;
const SUBORDINATING =
  /^(?:when|whenever|while|whilst|if|unless|because|although|though|once|until|whereas)$/iu;
const PARTICIPLE_CLAUSE = new RegExp(
  `^\\s*\\p{Lu}\\p{Ll}{2,}ing\\s+(?:${CLAUSE_PREPOSITIONS.join('|')})\\s`,
  'u',
);

/** "Appearing before the court, …", "Speaking to reporters, …": a participle and a preposition open the text. */
export function opensParticipleClause(text: string): boolean {
  return PARTICIPLE_CLAUSE.test(text);
}

/** A name: two to four capitalised words, possibly joined by a particle (de, van, bin). */
export const NAME_SHAPE =
  /^(?:\p{Lu}[\p{L}\p{M}’'.-]*\s+)(?:(?:de|van|von|der|da|di|du|del|bin|al|ibn|le|la)\s+)?\p{Lu}[\p{L}\p{M}’'-]*(?:\s+\p{Lu}[\p{L}\p{M}’'-]*){0,2}$/u;
/** A job in lower case, its head word last, then a name: "mechanical engineer Richard Weir". */
const ROLE_LED_NAME =
  /^\p{L}[\p{Ll}’'-]*(?:\s+\p{Ll}[\p{Ll}’'-]*){0,3}?\s+(\p{Ll}[\p{Ll}’'-]*)\s+\p{Lu}[\p{L}\p{M}’'.-]*(?:\s+\p{Lu}[\p{L}\p{M}’'-]*){1,2}$/u;

export function roleLedName(segment: string): boolean {
  const head = ROLE_LED_NAME.exec(segment)?.[1];
  return head !== undefined && isRoleWord(head);
}

/** "Germany", "San Francisco": a place set off by commas inside a role. */
export const PLACE_SHAPE = /^\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,2}$/u;

/** "… author of Planta Sapiens", "Professor an der Universität Düsseldorf": capitals after a preposition end the role. */
const ROLE_PLACE_END =
  /\s(?:of|at|for|from|with|an|bei|von|vom|für|de|di|da|du|del|des|à|en|van|voor|bij)\s+(?:(?:the|der|die|das|dem|la|le|el|il|l’|het)\s+)?\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+$/u;

/** "who…", "a spokesperson for…", "21", "now professor of…": a clause describing the name before it. */
export function isApposition(segment: string): boolean {
  // "Ben Sasse, R-Neb.,": a party and state.
  if (/^\p{Lu}{1,2}-\p{Lu}[\p{L}.]*$/u.test(segment.trim())) return true;
  // "Strauss Zelnick, CEO of Take-Two,": a role word leads it.
  // (But "CEO and president Craig Menear" ends with the name itself: not an apposition. Capitals
  // after a preposition are where the role is: "director of the lab and author of Planta Sapiens".)
  if (
    isRoleWord(segment.trim().split(/\s+/u)[0] ?? '') &&
    (!/\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+$/u.test(segment.trim()) || ROLE_PLACE_END.test(segment.trim()))
  )
    return true;
  // "Thomas Zurbuchen, NASA's associate administrator of …": an organisation's role.
  if (/^\p{Lu}[\p{L}.&-]*['’]s\s+\p{Ll}/u.test(segment.trim())) return true;
  return (
    /^(?:who|which|whose|a|an|the|now|then|\d+|aged|its|his|her|their|one|another|head|chief|director|co-founder)\b/iu.test(
      segment,
    ) || /^\p{Ll}/u.test(segment)
  );
}

/** A phrase with no capital past its first word, no role word and no pronoun: a clause, not someone. */
export function namesNoOne(phrase: string): boolean {
  const words = phrase.trim().split(/\s+/u);
  // ("The statement, which …", "A report, seen by …": a noun phrase may speak; a clause may not.)
  if (words.length === 1 || DETERMINER.test(phrase.trim())) return false;
  return (
    !/\s\p{Lu}/u.test(phrase) &&
    !words.some((w) => isRoleWord(w)) &&
    !words.some((w) => activeLanguage().pronouns.has(w.toLowerCase()))
  );
}

/** "study co-author Boris Kingma", "Mark Dean": the phrase closes with two or three capitalised words, or is a gendered word and one. */
export function endsInName(phrase: string): boolean {
  // ("pani Anna", "señora Ruiz": a word that shows a gender — a courtesy title, a kin noun — then one name.)
  const [courtesy = '', name, more] = phrase.trim().split(/\s+/u);
  const language = activeLanguage();
  const lower = courtesy.toLowerCase();
  if (name && !more && /^\p{Lu}/u.test(name) && language.gender.has(lower) && !language.pronouns.has(lower))
    return true;
  return /(?:^|\s)\p{Lu}[\p{L}\p{M}’'.-]*(?:\s+(?:de|van|von|der|da|di|du|del|bin|al|le|la))?(?:\s+\p{Lu}[\p{L}\p{M}’'-]*){1,2}$/u.test(
    phrase.trim(),
  );
}

/** A title of office among the phrase's words ("Vice President", "Kepala Dinas"). */
export function hasTitle(phrase: string): boolean {
  return phrase
    .trim()
    .split(/\s+/u)
    .some((w) => isRoleWord(w.replace(/['’]s$/u, '')));
}

/** A subject that names someone: a capital, or a name opening with its particle ("…, berichtet de Decker."). */
export const NAMED_SUBJECT = /^(?:\p{Lu}|(?:de|van|von|der|den|da|di|du|del|le|la)\s+\p{Lu})/u;

/** "He’ll say", "she’d tell": a contracted auxiliary after the subject. */
export const CONTRACTED_AUXILIARY = /(?<=\p{L})['’](?:ll|d)\s*$/u;

/** "… on Sunday", "… late Monday", "… last week" between a subject and its verb. */
export const DAY_BEFORE_VERB =
  /\s+(?:(?:on|late|early|last|this)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?\s*$|\s+(?:last|this)\s+(?:week|weekend|month|year)\s*$/u;

/** "… says a lot about": what words say, not who says them. */
export const SAYS_AMOUNT =
  /^\s*(?:a\s+lot|a\s+great\s+deal|so\s+much|much|volumes|little|something|nothing|it\s+all)\b/iu;

/**
 * "Berríos emitió un comunicado en la que expresó", "Alvarado negaba …, a la vez que aseveró": a
 * relative or a conjunction right before the verb leaves its subject out; the main clause's, named
 * first, is the one. Not after a comma: "el ministro, que dijo" has its antecedent there.
 */
export function mainClauseName(head: string, segments: readonly string[]): string | null {
  if (!/[^,\s]\s+que$/iu.test(head.trimEnd())) return null;
  const main = segments.map((seg) => MAIN_CLAUSE_NAME.exec(seg)).find(Boolean)?.[1];
  return main && !opensWithOpener(main) && !DETERMINER.test(`${main} `) ? main : null;
}
/** A name opening a clause of three words or more, its verb after it: "Alvarado negaba que …". */
const MAIN_CLAUSE_NAME = /^\s*(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,3})\s+\p{Ll}[\p{L}]*\s+\S/u;

/** "woraufhin Voigt …" after "schimpft der AfD-Chef,": a segment a conjunction opens is a clause, not an apposition. */
export function opensClause(segment: string): boolean {
  const word = /^\s*(\p{Ll}+)\s/u.exec(segment)?.[1];
  return word !== undefined && activeLanguage().frontedOpeners.has(word);
}

/** "said Smith and added that …", "sagte Smotrich und betonte": the words after a verb, up to a second verb of the same subject. */
export function withoutSecondVerb(text: string): string {
  for (const m of text.matchAll(/\s+(?:and|und|et|y|e|en|i)\s+/gu)) {
    // (Only the next word is read: the verb pattern is not anchored, and the text may be long.)
    const next = /^\p{Ll}[\p{L}’'-]*/u.exec(text.slice((m.index ?? 0) + m[0].length))?.[0];
    if (next && activeLanguage().verb.exec(next)?.index === 0) return text.slice(0, m.index);
  }
  return text;
}

/**
 * "Stevens’ mother", "Acme’s lawyer" before a capitalised part ("said Stevens’ mother, Janet, …"):
 * a name's possessive and lower-case words is someone's relation or role, like "her mother", so
 * the part after the comma is the name.
 */
export function ownedNoun(first: string, second: string): boolean {
  return OWNED_NOUN.test(first.trim()) && /^\p{Lu}\p{Ll}/u.test(second.trim());
}

const OWNED_NOUN =
  /^\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}['’]s?\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*$/u;

/** A relative clause: "who …", "qui …", or a German one that ends in its verb ("die … beliefert"). */
export const RELATIVE_CLAUSE =
  /^(?:who|which|qui|que|dont|welche[rsmn]?\s|(?:der|die|das|den|dem|deren|dessen)\s.*\s\p{Ll}+$)/u;
