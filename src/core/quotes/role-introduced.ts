import { lastBefore } from './antecedent';
import type { People } from './people';
import { bareRole, roleSubject } from './roles';

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
