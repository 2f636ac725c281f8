import type { Speaker } from '../types';
import { lastBefore } from './antecedent';
import { askedAnswering } from './asked-answers';
import { pronounGender } from './gender';
import { activeLanguage } from './language';
import type { Person } from './people';
import { fits, type ResolveContext } from './resolve-context';
import { bodyInPlay } from './resolve-org';

/**
 * Who a pronoun stands for before the people named are searched: the one the writer just asked
 * (asked-answers.ts); "it", "they" (a pronoun of no gender) after a sentence about "the union" is
 * the union (resolve-org.ts), a gendered one nobody's body.
 */
export function answererOrBody(
  pronoun: string,
  context: ResolveContext,
  resolve: (phrase: string, context: ResolveContext) => Speaker | null,
): Speaker | null {
  return (
    askedAnswering(pronoun, context, resolve) ??
    (pronounGender(pronoun) === undefined ? bodyInPlay(context) : null)
  );
}

/**
 * "She said he then announced: “…”", "He told reporters she had written: “…”": a pronoun of the
 * other gender opening the sentence stands for someone, and the pronoun after it for someone else.
 * So whom the opening pronoun means is no candidate for the later one — also when the article never
 * showed that person's gender ("Lacerda said Epstein told her: “…”. She said he then announced").
 */
export function pronounFits(context: ResolveContext, pronoun: string): (person: Person) => boolean {
  const gender = pronounGender(pronoun);
  const accept = fits(context, gender);
  if (gender === undefined) return accept;
  const { people, paragraph, offset } = context;
  const text = people.paragraphs[paragraph]!;
  const starts = people.sentenceStartsOf(paragraph);
  const start = starts[Math.max(0, lastBefore(starts, offset + 1))] ?? 0;
  const opening = /^[\s“"‘(]*(\p{L}+)\s/u.exec(text.slice(start, offset))?.[1];
  const other = opening ? pronounGender(opening) : undefined;
  if (!opening || !activeLanguage().pronouns.has(opening.toLowerCase())) return accept;
  if (other === undefined || other === gender) return accept;
  const meant = people.antecedent(paragraph, start, fits(context, other), opening);
  return meant ? (person) => person !== meant && accept(person) : accept;
}
