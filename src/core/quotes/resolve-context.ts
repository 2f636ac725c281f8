import type { Speaker } from '../types';
import { lastBefore } from './antecedent';
import { namedInQuote, pronounGender } from './gender';
import { activeLanguage, type Gender, genderOfWord } from './language';
import type { Organisations } from './orgs';
import type { People, Person } from './people';
import { findByRole } from './people-by-role';
import { isRoleWord } from './role-words';
import { contentWords } from './text';

/** Where a cue phrase is read: the people of the article, the spot, and who has spoken so far. */
export interface ResolveContext {
  people: People;
  paragraph: number;
  offset: number;
  /** Speakers of the earlier quotes, latest last: "the minister" is most likely one of them. */
  earlier: readonly (Speaker | null)[];
  /** The paragraph the latest earlier quote ends in: how far back its speaker spoke. */
  lastQuoteEnds?: number;
  /** Organisations named in the article: what "the company" and "it" stand for. */
  orgs?: Organisations;
  /** The quotation's words: someone it speaks of in the third person is not its speaker. */
  quote?: string;
  /** The person an interview or profile is about: the "you" its questions ask. */
  subject?: Speaker;
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

/**
 * "Asked whether …, he went on: “…”" after quotes so long that no one is named within the
 * pronoun's reach: the one who spoke last goes on, when the article has shown them to be of the
 * pronoun's gender and their quote ends at most GOING_ON_REACH paragraphs before.
 */
export function speakerGoingOn(pronoun: string, context: ResolveContext): Speaker | null {
  // (Right before: a speaker quoted pages back is no one "he went on" can mean.)
  const ends = context.lastQuoteEnds;
  if (ends === undefined || context.paragraph - ends > GOING_ON_REACH) return null;
  const previous = context.earlier[context.earlier.length - 1];
  const person = previous ? context.people.find(previous.name) : undefined;
  // (Only someone the article has shown to be of the pronoun's gender: in a dialogue of "he" and
  // "she" with no names, the last one credited is no guide.)
  const gender = pronounGender(pronoun);
  if (!person)
    return previous && gender && context.offset <= ROLE_REACH && isRoleOf(previous.name, gender)
      ? previous
      : null;
  return person.name === previous!.name && gender && person.gender === gender && fits(context, gender)(person)
    ? context.people.toSpeaker(person)
    : null;
}

/**
 * "‘…,’ the minister added. ‘…,’ he said.": a role that spoke last, naming no one, goes on as the
 * pronoun when its head noun is a role that does not say another gender ("the headmistress" for
 * "she", not for "he"; never "the company", which is no role).
 */
function isRoleOf(name: string, gender: Gender): boolean {
  const head = name.split(/\s+/u).pop()!;
  if (!isRoleWord(head)) return false;
  const own = genderOfWord(head, activeLanguage().gender);
  return own === undefined || own === gender;
}
const GOING_ON_REACH = 2;
/**
 * A role goes on only in its paragraph's first sentences: further on, "she" may be someone the
 * paragraph has brought in unnamed ("I once got a call from a woman in a panic: … she whispered").
 */
const ROLE_REACH = 250;

/**
 * "the Prime Minister said", "the US President said": a title capitalised after "the" points back
 * like "the prime minister", to the one introduced with it; null when no one was (the title then
 * speaks as itself).
 */
export function titleHolder(title: string, context: ResolveContext): Speaker | null {
  const words = title.split(/\s+/u);
  if (words.length > 4 || !words.every((w) => /^\p{Lu}/u.test(w)) || !isRoleWord(words[words.length - 1]!))
    return null;
  return (
    earlierWithRole(title, context) ??
    fromPerson(
      findByRole(context.people, contentWords(title.toLowerCase()), fits(context, undefined)),
      context.people,
    )
  );
}

/**
 * Where the sentence before the one at a point lies: in the same paragraph, or the last sentence of
 * the paragraph before. Null at the article's start.
 */
export function sentenceBefore(
  people: People,
  paragraph: number,
  offset: number,
): { paragraph: number; start: number; end: number } | null {
  const starts = people.sentenceStartsOf(paragraph);
  const s = lastBefore(starts, offset + 1) - 1;
  if (s >= 0) return { paragraph, start: starts[s]!, end: starts[s + 1]! };
  if (paragraph === 0) return null;
  const previous = people.sentenceStartsOf(paragraph - 1);
  return {
    paragraph: paragraph - 1,
    start: previous.at(-1) ?? 0,
    end: people.paragraphs[paragraph - 1]!.length,
  };
}
