/** Word lists turned into regular-expression source: escaped, longest first, spaces loose. */

export function escapeWord(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/\s+/gu, '\\s+');
}

/**
 * One alternation of the words, longest first (so "por su parte" wins over "por"); never matches
 * when empty. The words share their prefixes ("señal(?:a(?:n|ba(?:n)?)?|ó)"): with hundreds of verb
 * forms a flat list was tried word by word at every position of every sentence.
 */
export function alternation(words: Iterable<string>): string {
  const list = [...new Set(words)].filter(Boolean);
  if (list.length === 0) return '(?!)';
  const root: Trie = { next: new Map(), end: false, depth: 0 };
  for (const word of list) {
    let node = root;
    // (A run of spaces is one loose step, as escapeWord makes it.)
    for (const step of word.match(/\s+|[^\s]/gu) ?? []) {
      const key = /^\s/u.test(step) ? ' ' : step;
      const child = node.next.get(key) ?? { next: new Map(), end: false, depth: 0 };
      node.next.set(key, child);
      node = child;
    }
    node.end = true;
  }
  measure(root);
  return `(?:${source(root)})`;
}

interface Trie {
  next: Map<string, Trie>;
  end: boolean;
  /** The longest word below: a longer branch is tried first, as in a list sorted longest first. */
  depth: number;
}

function measure(node: Trie): number {
  for (const child of node.next.values()) node.depth = Math.max(node.depth, 1 + measure(child));
  return node.depth;
}

function source(node: Trie): string {
  const branches = [...node.next.entries()]
    .sort((a, b) => b[1].depth - a[1].depth)
    .map(([step, child]) => escapeWord(step) + source(child));
  if (branches.length === 0) return '';
  const group = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  if (!node.end) return group;
  // A word ends here and longer ones go on: the longer first, greedily.
  return branches.length === 1 && [...branches[0]!].length === 1 ? `${group}?` : `(?:${group})?`;
}
