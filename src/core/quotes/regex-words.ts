/** Word lists turned into regular-expression source: escaped, longest first, spaces loose. */

export function escapeWord(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/\s+/gu, '\\s+');
}

/** One alternation of the words, longest first (so "por su parte" wins over "por"); never matches when empty. */
export function alternation(words: Iterable<string>): string {
  const list = [...new Set(words)].filter(Boolean).sort((a, b) => b.length - a.length);
  return list.length === 0 ? '(?!)' : `(?:${list.map(escapeWord).join('|')})`;
}
