import type { Speaker } from '../types';
import { namedInQuote } from './gender';
import type { Gender } from './language';
import type { Organisations } from './orgs';
import type { People, Person } from './people';

/** Where a cue phrase is read: the people of the article, the spot, and who has spoken so far. */
export interface ResolveContext {
  people: People;
  paragraph: number;
  offset: number;
  /** Speakers of the earlier quotes, latest last: "the minister" is most likely one of them. */
  earlier: readonly (Speaker | null)[];
  /** Organisations named in the article: what "the company" and "it" stand for. */
  orgs?: Organisations;
  /** The quotation's words: someone it speaks of in the third person is not its speaker. */
  quote?: string;
  /** Resolving the issuer of "the statement" (resolve-org.ts): its own cue is not chased again. */
  issuer?: boolean;
}

/** Who a pronoun or a role may stand for here: of its gender, and not spoken of in the quote itself. */
export function fits(context: ResolveContext, gender: Gender | undefined): (person: Person) => boolean {
  return (person) =>
    (gender === undefined || person.gender === undefined || person.gender === gender) &&
    !(context.quote && namedInQuote(context.quote, person.name));
}

export function fromPerson(person: ReturnType<People['find']>, people: People): Speaker | null {
  return person ? people.toSpeaker(person) : null;
}

/** "Spokesman", "Stadtsprecher" (from "Stadtsprecher Peter Klein"): the last word of a role, in lower case. */
export function headOfRole(role: string | undefined): string {
  return (role ?? '').split(/\s+/u).pop()!.toLowerCase();
}

/** The latest earlier speaker whose name or role holds the phrase's head noun (minister → energy minister). */
export function earlierWithRole(bare: string, context: ResolveContext): Speaker | null {
  const head = bare.split(/\s+/u).pop()!.toLowerCase().replace(/^ال/u, '');
  if (head.length < 3) return null;
  for (let i = context.earlier.length - 1; i >= 0; i--) {
    const speaker = context.earlier[i];
    if (speaker && `${speaker.name} ${speaker.role ?? ''}`.toLowerCase().includes(head)) return speaker;
  }
  return null;
}
