import type { Speaker } from '../types';
import { fits, type ResolveContext } from './resolve-context';
import { isRoleWord } from './role-words';
import { contentWords } from './text';
import { ANONYMOUS } from './unnamed-voices';

/**
 * "the spokesman for the Association", "el portavoz de la Asociación", "il portavoce del Comune":
 * a definite role noun in lower case (group 1), a preposition, then a body named with a capital
 * (group 2). (German capitalises the noun itself: its roles are read elsewhere.)
 */
const ROLE_AT_BODY =
  /^(?:the|el|la|le|il|lo|o|a|de|het)\s+(\p{Ll}[\p{L}-]+)\s+(?:of|for|at|de|del|di|della|du|des|do|da|dos|das|van)\s+(?:(?:the|la|el|los|las|le|les|il|lo|o|a|os|as)\s+)?(\p{Lu}[^,;:]*)$/u;

/**
 * The one person the article has given that role at that body ("David Campo, spokesman for the
 * Pradera Residents Association", then "said the spokesman for the Association"), as a speaker
 * before or as someone introduced with it: every word of the phrase is in their role. Null when
 * no one, or more than one, holds it: the phrase then speaks for itself.
 */
export function holderAtBody(phrase: string, context: ResolveContext): Speaker | null {
  const match = ROLE_AT_BODY.exec(phrase);
  if (!match || !(isRoleWord(match[1]!) || ANONYMOUS.has(match[1]!))) return null;
  const wanted = contentWords(`${match[1]} ${match[2]}`).filter((w) => w.length > 3);
  if (wanted.length < 2) return null;
  const holds = (role: string | undefined) => wanted.every((w) => (role ?? '').toLowerCase().includes(w));
  const accept = fits(context, undefined);
  const holders = new Map<string, Speaker>();
  for (const speaker of context.earlier)
    if (speaker && holds(speaker.role)) holders.set(speaker.name, speaker);
  for (const person of context.people.introduced())
    if (holds(person.role) && accept(person)) holders.set(person.name, context.people.toSpeaker(person));
  return holders.size === 1 ? [...holders.values()][0]! : null;
}
