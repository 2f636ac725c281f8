import type { LanguageData } from './lang';
import { alternation } from './regex-words';

/**
 * "in {}’s words" → one pattern for all frames of the languages in force; the name (up to four
 * capitalised words) is in the frame's own group, or in the next group a possessive pronoun that
 * stands in its place ("In her words: “…”", "His answer was simple: “…”"; lang possessives).
 */
export function ownedSourcePattern(langs: readonly LanguageData[]): RegExp | null {
  const frames = langs.flatMap((l) => l.ownedSources ?? []);
  if (frames.length === 0) return null;
  const possessives = langs.flatMap((l) => Object.keys(l.possessives ?? {}));
  const name = "(\\p{Lu}[\\p{L}.’'-]*(?:\\s+\\p{Lu}[\\p{L}.’'-]*){0,3}?)";
  // (Only the first letter may be either case: "Her response:", "in her words".)
  const pronoun = possessives.length
    ? `|(${possessives.map((w) => `[${w[0]!.toLowerCase()}${w[0]!.toUpperCase()}]${w.slice(1)}`).join('|')})`
    : '';
  const bodies = frames.map((frame) =>
    frame
      .replace(/\{\}’s/gu, '{}')
      .split('{}')
      .map((piece) =>
        piece
          .replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')
          .replace(/’/gu, "['’]")
          .replace(/\s+/gu, '\\s+'),
      )
      .join(`(?:${name}['’]s${pronoun})`)
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
export function ownedSourceHint(langs: readonly LanguageData[]): RegExp | null {
  const frames = langs.flatMap((l) => l.ownedSources ?? []);
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

/** The name a frame's match credits, or for a possessive pronoun ("In her words") the pronoun it stands for ("she"). */
export function ownerOf(
  owned: RegExpExecArray,
  possessives: ReadonlyMap<string, string | null>,
): string | null {
  const who = owned.slice(1).find(Boolean) ?? null;
  return who && possessives.has(who.toLowerCase()) ? (possessives.get(who.toLowerCase()) ?? null) : who;
}
