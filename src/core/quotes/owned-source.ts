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
