import type { Speaker } from '../types';
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
  // (The people the article has found there, as the pronoun search reads them: no second reading.)
  for (let p = context.paragraph; p >= 0 && context.paragraph - p <= REACH; p--) {
    const limit = p === context.paragraph ? context.offset : Number.POSITIVE_INFINITY;
    const kin = people
      .mentionsIn(p)
      .filter(({ start, person }) => start < limit && person.name !== owner && person.name.includes(' '))
      .findLast(({ person }) => surname(person.name) === family);
    if (kin) return people.toSpeaker(kin.person);
  }
  return null;
}
