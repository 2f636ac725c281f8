import { alternation } from './regex-words';

/** "in {}’s words" → one pattern for all frames; the name (up to four capitalised words) is in the frame's own group. */
export function ownedSourcePattern(frames: readonly string[]): RegExp | null {
  if (frames.length === 0) return null;
  const name = "(\\p{Lu}[\\p{L}.’'-]*(?:\\s+\\p{Lu}[\\p{L}.’'-]*){0,3}?)";
  const bodies = frames.map((frame) =>
    frame
      .split('{}')
      .map((piece) =>
        piece
          .replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')
          .replace(/’/gu, "['’]")
          .replace(/\s+/gu, '\\s+'),
      )
      .join(name)
      // Not case-insensitive, which would let \p{Lu} take any letter: only the first letter may be either.
      .replace(/^\p{L}/u, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`),
  );
  return new RegExp(`(?<![\\p{L}])(?:${bodies.join('|')})(?![\\p{L}])`, 'gu');
}

/**
 * A cheap test that must pass before the pattern can match: one plain word of some frame
 * ("words", "take"). The pattern repeats its name group once per frame and runs on every
 * sentence with a verb of saying; most sentences hold none of the frames' words. Null when a
 * frame has no such word (then the pattern always runs).
 */
export function ownedSourceHint(frames: readonly string[]): RegExp | null {
  if (frames.length === 0) return null;
  const words = frames.map(
    (frame) =>
      frame
        .split(/\{\}|\s+/u)
        .filter((w) => /^\p{L}+$/u.test(w))
        .sort((a, b) => b.length - a.length)[0],
  );
  if (words.includes(undefined)) return null;
  return new RegExp(alternation(words as string[]), 'iu');
}

/** The last owned-source frame in a sentence ("in Cairo’s words"), if any; the hint first. */
export function lastOwnedSource(
  sentence: string,
  pattern: RegExp | null,
  hint: RegExp | null,
): RegExpExecArray | undefined {
  if (!pattern || hint?.test(sentence) === false) return undefined;
  return [...sentence.matchAll(pattern)].pop();
}
