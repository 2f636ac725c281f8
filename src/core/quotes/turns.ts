import type { Speaker } from '../types';
import type { Attributed } from './attribute';
import type { People } from './people';
import { endsTurn } from './surroundings';

// Whose turn a quote with no cue of its own goes on: the speaker's before it, unless the
// sentence it sits in opens with someone else.

/** A sentence the earlier quote does not reach, opened by a person other than its speaker. */
export function someoneElseOpens(
  people: People,
  paragraph: number,
  from: number,
  to: number,
  previous: Attributed,
): boolean {
  if (previous.draft.parts.some((p) => p.paragraph === paragraph && p.span.close >= from)) return false;
  const named = people.firstNamedIn(paragraph, from, to);
  return named !== undefined && named.name !== previous.speaker?.name;
}

/** The speaker of the quote that closed the paragraph before `paragraph`, if one did. */
export function turnGoingOn(
  earlier: readonly Attributed[],
  paragraphs: readonly string[],
  paragraph: number,
): Speaker | null {
  const turn = earlier[earlier.length - 1];
  const end = turn?.draft.parts.at(-1);
  return turn && end?.paragraph === paragraph - 1 && endsTurn(paragraphs[paragraph - 1]!, end.span.close)
    ? turn.speaker
    : null;
}
