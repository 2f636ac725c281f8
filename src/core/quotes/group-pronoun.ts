import type { Speaker } from '../types';
import { lastBefore } from './antecedent';
import { activeLanguage } from './language';
import type { ResolveContext } from './resolve-context';
import { isRoleWord } from './role-words';
import { ANONYMOUS } from './unnamed-voices';

/**
 * A plural with the word before it and a verb after it: "as protesters have taken to the streets",
 * "Residents say" (read in lower case). Not "told reporters:", an object.
 */
const PLURAL =
  /(?:^|(\p{L}+)\s+)(\p{Ll}[\p{Ll}-]{2,}s)(?:\s+(?:of|in|from)\s+(?:the\s+)?\p{Ll}+)?\s+(?:have|had|are|were|will|would|could|can|may|might|must|should|say|said|also|often|then|still|\p{Ll}+ed)\b/gu;
/** After these a plural is an object ("the anger of residents"), not who the next "they" are. */
const OBJECT_BEFORE = /^(?:of|to|for|with|by|from|at|about|on|in|into|against|among|between|than|like)$/iu;

/**
 * English "they" after a sentence about a group: "Protesters have taken to the streets to express
 * their outrage. They often chant: “…”" — the protesters, not a person named before them. The
 * group is a plural of a role or an unnamed voice (residents, officials, researchers) that is not
 * the object of a preposition, in the sentence before the pronoun's, followed by its verb.
 */
export function groupInPlay(context: ResolveContext): Speaker | null {
  if (!activeLanguage().codes.has('en')) return null;
  const { people, paragraph, offset } = context;
  const starts = people.sentenceStartsOf(paragraph);
  const current = Math.max(0, lastBefore(starts, offset + 1));
  const text = people.paragraphs[paragraph]!;
  const from = current > 0 ? starts[current - 1]! : 0;
  let before = '';
  if (current === 0 && paragraph > 0) {
    const previous = people.paragraphs[paragraph - 1]!;
    const previousStarts = people.sentenceStartsOf(paragraph - 1);
    before = previous.slice(previousStarts[previousStarts.length - 1] ?? 0);
  }
  // (The pronoun's own sentence names whom "they" address: "They told reporters".)
  const span = (current > 0 ? text.slice(from, starts[current]) : before).toLowerCase();
  let group: string | null = null;
  for (const m of span.matchAll(PLURAL)) {
    const word = m[2]!;
    if (m[1] && OBJECT_BEFORE.test(m[1])) continue;
    if (ANONYMOUS.has(word) || isRoleWord(word.slice(0, -1)) || isRoleWord(word.replace(/es$/u, '')))
      group = word;
  }
  return group ? { name: group } : null;
}
