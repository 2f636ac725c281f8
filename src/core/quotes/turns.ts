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

/**
 * The speaker whose quote came earlier in this paragraph, when the sentence before this quote names
 * someone only as the object of a preposition: "“…,” admits Groene. … the first prototype went to
 * Panos Panay, head of Surface, to approve. “In those prototypes, …”" — Groene goes on; Panay was
 * spoken of, not heard.
 */
export function turnPastObject(
  earlier: readonly Attributed[],
  paragraph: number,
  sentence: string,
  named: string,
): Speaker | null {
  const turn = earlier[earlier.length - 1];
  if (!turn?.speaker || turn.draft.parts.at(-1)?.paragraph !== paragraph || turn.speaker.name === named)
    return null;
  const at = Math.min(
    ...named
      .split(/\s+/u)
      .map((word) => sentence.indexOf(word))
      .filter((i) => i >= 0),
  );
  return Number.isFinite(at) && AFTER_PREPOSITION.test(sentence.slice(0, at)) ? turn.speaker : null;
}
const AFTER_PREPOSITION =
  /\b(?:to|with|from|by|for|at|of|on|about|against|towards?|between|among|like)\s+(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?$/u;
