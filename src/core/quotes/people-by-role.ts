import type { People, Person } from './people';
import { bareRole } from './roles';

/**
 * Finding someone the article introduced by the role it gave them ("the safety chief", "the
 * actress"), for a role phrase that stands for a person named earlier.
 */

/**
 * The person whose recorded role shares most words with `roleWords` ("the safety chief" → head
 * of safety; "the chief judge" → the chief judge rather than a judge), first introduced on a tie.
 */
export function findByRole(
  people: People,
  roleWords: readonly string[],
  accept?: (person: Person) => boolean,
): Person | undefined {
  let best: Person | undefined;
  let most = 0;
  for (const person of people.introduced()) {
    const role = (person.role ?? '').toLowerCase();
    const shared = roleWords.filter((w) => w.length > 3 && role.includes(w)).length;
    if (shared > most && (!accept || accept(person))) {
      best = person;
      most = shared;
    }
  }
  return best;
}

/** The person whose recorded role ends in the phrase's head noun ("the actress" → "Oscar-winning actress"). */
export function withRole(
  people: People,
  phrase: string,
  accept?: (person: Person) => boolean,
): Person | undefined {
  const head = bareRole(phrase).split(/\s+/u).pop()?.toLowerCase() ?? '';
  if (head.length < 4) return undefined;
  for (const person of people.introduced()) {
    const words = (person.role ?? '').toLowerCase().split(/[\s,]+/u);
    if (words.includes(head) && (!accept || accept(person))) return person;
  }
  return undefined;
}
