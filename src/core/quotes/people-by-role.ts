import { lastBefore } from './antecedent';
import type { People, Person } from './people';
import { bareRole, roleSubject } from './roles';

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

/** How many sentences back "the spokesperson" looks for the sentence that introduced one. */
const ROLE_REACH = 6;

/**
 * "A Veridian spokesperson confirmed the delay. “…,” the spokesperson said.": the role phrase of a
 * recent sentence whose subject has the same head noun, in full ("Veridian spokesperson").
 */
export function roleIntroducedBefore(
  people: People,
  paragraph: number,
  offset: number,
  head: string,
): string | null {
  let looked = 0;
  for (let p = paragraph; p >= 0 && looked < ROLE_REACH; p--) {
    const text = people.paragraphs[p]!;
    const limit = p === paragraph ? offset : text.length;
    const starts = people.sentenceStartsOf(p);
    for (let s = lastBefore(starts, limit); s >= 0 && looked < ROLE_REACH; s--, looked++) {
      const role = roleSubject(text.slice(starts[s], Math.min(starts[s + 1] ?? limit, limit)));
      if (!role) continue;
      const bare = bareRole(role.phrase);
      if (bare.split(/\s+/u).pop()?.toLowerCase() === head && bare.includes(' ')) return bare;
    }
  }
  return null;
}
