import type { Speaker } from '../types';
import { activeLanguage } from './language';
import { DETERMINER } from './lexicon';
import type { ResolveContext } from './resolve-context';
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
  const starts = people.sentenceStartsOf(paragraph);
  const index = starts.indexOf(start);
  if (index < 0) return null;
  const text = people.paragraphs[paragraph]!;
  // (The sentence before: in this paragraph, or the last of the one before.)
  let before: string;
  if (index > 0) before = text.slice(starts[index - 1], start);
  else if (paragraph > 0) {
    const previous = people.paragraphs[paragraph - 1]!;
    before = previous.slice(people.sentenceStartsOf(paragraph - 1).at(-1) ?? 0);
  } else return null;
  const whom = asked.exec(before)?.[1];
  if (!whom) return null;
  // ("the store manager": the one asked, by the role the writer gives; a name is someone met.)
  return DETERMINER.test(whom) ? { name: bareRole(whom) } : resolve(whom, context);
}
