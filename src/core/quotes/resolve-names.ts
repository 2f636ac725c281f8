import type { Speaker } from '../types';
import { kinBySurname } from './kin-by-surname';
import { DETERMINER, NOT_NAME_STARTS } from './lexicon';
import type { People } from './people';
import type { ResolveContext } from './resolve-context';
import { isRoleWord } from './role-words';
import { bareRole } from './roles';

/**
 * Names inside a speaker phrase: which capitalised words are the speaker, which are where the
 * speaker works ("Rosaly Lopes of NASA", "la sindaca di Roma"), and whose role speaks ("the Prime
 * Minister’s official spokesman"). Split from resolve.ts, which asks these.
 */

/**
 * A preposition (or elided one) before a name: the name is an affiliation or a place, not the speaker.
 * (Also the agent of a participle: "el portavoz del grupo rebelde apoyado por Irán", "soutenu par".)
 */
export const AFFILIATION =
  /(?:\b(?:of|at|from|for|with|in|von|vom|de|du|del|der|di|da|do|della|dello|degli|delle|dos|das|por|pelo|pela|par)\s+(?:(?:the|la|le|les|el|los|las|il|lo|gli|a|o|os|as)\s+)?|(?<!\p{L})(?:dell|dall|nell|sull|d)['’])$/iu;

/** A determiner, lower-case words, then the preposition of a body: "el team principal de ", "the head of the ". */
const ROLE_AT =
  /^(?:(?:the|el|la|le|il|lo|o|a)\s+|l['’])?(?:\p{Ll}[\p{L}-]*\s+){1,3}(?:of|for|at|de|del|di|della|du|des|do|da)\s+(?:(?:the|la|el|los|las|le|les|il|lo|o|a|os|as)\s+)?$/u;

/** "’s official spokesman": after an owner's name, a role that ends the phrase is who speaks. */
export function ownersRole(phrase: string, nameEnd: number): boolean {
  const rest = phrase.slice(nameEnd);
  if (!/['’]s?$/u.test(phrase.slice(0, nameEnd)) && !/^['’]/u.test(rest)) return false;
  const role = /^(?:['’]s?)?\s+(?:\p{Ll}[\p{L}-]*\s+){0,3}(\p{Ll}[\p{L}-]*)$/u.exec(rest)?.[1];
  return role !== undefined && isRoleWord(role);
}

/** A name the article knows inside a longer phrase ("the 14th-ranked Schwartzman"), or a lone capitalised word after lower-case ones. */
export function knownNameInside(bare: string, people: People): Speaker | null {
  const words = bare.split(/\s+/u);
  if (words.length < 2) return null;
  // ("the Florida fan", "the Chelsea manager": a capital before a role noun is what the role is of,
  // not a surname, even when someone's name ends in it.)
  const last = words[words.length - 1]!.replace(/[.,]$/u, '');
  const modifiesRole = words.length === 2 && /^\p{Ll}/u.test(last) && isRoleWord(last);
  // ("el team principal de Red Bull": a run of capitals after a preposition is the body the role
  // is at, even when the article has taken it for someone, "Red Bull ajustaba cuentas con …".)
  const run = words.findLastIndex((w) => !/^\p{Lu}/u.test(w)) + 1;
  const atBody = run > 0 && run < words.length && ROLE_AT.test(`${words.slice(0, run).join(' ')} `);
  const candidates = modifiesRole ? [last] : [...(atBody ? [] : [last]), words[0]!.replace(/[.,]$/u, '')];
  for (const word of candidates) {
    if (!/^\p{Lu}\p{Ll}/u.test(word) || NOT_NAME_STARTS.has(word.toLowerCase()) || isRoleWord(word)) continue;
    const known = people.find(word);
    // ("the South African delegation": a capitalised word after it that is not the next of the name
    // makes the two one modifier; "South" does not call up "South Africa".)
    const next = word === last ? undefined : words[1];
    if (known && next && /^\p{Lu}/u.test(next) && known.name.split(' ')[1] !== next) continue;
    if (known) return people.toSpeaker(known);
  }
  // "the 14th-ranked Schwartzman": lower-case words, then one capitalised word at the end.
  if (
    /^\p{Lu}\p{Ll}+$/u.test(last) &&
    words.slice(0, -1).every((w) => !/^\p{Lu}/u.test(w)) &&
    !isRoleWord(last) &&
    // ("la sindaca di Roma": a place after a preposition is where the role is, not a name.)
    !AFFILIATION.test(`${words.slice(0, -1).join(' ')} `)
  )
    return DETERMINER.test(bare) || /^\d/u.test(bare) || /^\p{Ll}/u.test(bare) ? { name: last } : null;
  return null;
}

/**
 * "the Prime Minister’s official spokesman": the role speaks, not its owner — or, for a relation, the
 * one of the owner's family named just before ("Travis Kelce’s mom" after "Donna Kelce").
 */
export function ownerRelative(phrase: string, owner: string, context: ResolveContext): Speaker {
  return kinBySurname(phrase, owner, context) ?? { name: bareRole(phrase) };
}
