import type { Speaker } from '../types';
import { findNames } from './names';
import type { ResolveContext } from './resolve-context';
import { RELATIONS } from './role-before';
import { surname } from './text';

/** Relations that share a family name more often than not (not a friend, colleague or neighbour). */
const FAMILY = new Set([...RELATIONS].filter((w) => !/^(?:friend|colleague|neighbou?r|partner)$/u.test(w)));

/** How far back, in paragraphs, the relative is looked for. */
const REACH = 1;

/**
 * "Donna Kelce has praised the album. …, Travis Kelce’s mom confirmed, “…”": a relation of someone
 * named, where someone else of the same family name was named just before, is that one — the text
 * varies how it names her. Null when no such person is named.
 */
export function kinBySurname(phrase: string, owner: string, context: ResolveContext): Speaker | null {
  const noun = phrase.trim().split(/\s+/u).pop()?.toLowerCase() ?? '';
  const family = surname(owner);
  if (!FAMILY.has(noun) || family.length < 2) return null;
  const { people } = context;
  for (let p = context.paragraph; p >= 0 && context.paragraph - p <= REACH; p--) {
    const text = people.paragraphs[p]!;
    const before = p === context.paragraph ? text.slice(0, context.offset) : text;
    const kin = findNames(before)
      .filter((n) => n.name !== owner && n.name.includes(' ') && surname(n.name) === family)
      .pop();
    if (kin) {
      const known = people.find(kin.name);
      return known ? people.toSpeaker(known) : { name: kin.name };
    }
  }
  return null;
}
