import type { Speaker } from '../types';
import { activeLanguage } from './language';
import { DETERMINER } from './lexicon';
import { type ResolveContext, sentenceBefore } from './resolve-context';
import { bareRole } from './roles';

/**
 * "We asked the Garmin product manager to explain the differences. They said, “…”", "I asked the
 * store manager why it closed. He said …": a pronoun opening the sentence right after the writer
 * asked someone is that one answering — not the person the article named last. Null otherwise.
 */
export function askedAnswering(
  pronoun: string,
  context: ResolveContext,
  resolve: (phrase: string, context: ResolveContext) => Speaker | null,
): Speaker | null {
  const asked = activeLanguage().askedWhom;
  if (!asked) return null;
  const { people, paragraph, offset } = context;
  const start = people.pronounSearchFrom(paragraph, offset, pronoun);
  // (Only a pronoun that opens its sentence.)
  if (!people.sentenceStartsOf(paragraph).includes(start)) return null;
  const before = sentenceBefore(people, paragraph, start);
  const text = before ? people.paragraphs[before.paragraph]!.slice(before.start, before.end) : '';
  const whom = asked.exec(text)?.[1];
  if (!whom) return null;
  // ("the store manager": the one asked, by the role the writer gives; a name is someone met.)
  return DETERMINER.test(whom) ? { name: bareRole(whom) } : resolve(whom, context);
}
