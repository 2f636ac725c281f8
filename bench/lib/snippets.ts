/**
 * wcxb's snippet checks: a snippet is "present" when it is a case-insensitive
 * substring of the output once whitespace is collapsed on both sides.
 */
export function normalizeForMatch(text: string): string {
  return text.replace(/\s+/gu, ' ').trim().toLowerCase();
}

/** The snippets (as given) found in the output. Empty snippets are never counted. */
export function presentSnippets(output: string, snippets: readonly string[]): string[] {
  const haystack = normalizeForMatch(output);
  return snippets.filter((s) => {
    const needle = normalizeForMatch(s);
    return needle.length > 0 && haystack.includes(needle);
  });
}

export function countNonEmpty(snippets: readonly string[]): number {
  return snippets.filter((s) => normalizeForMatch(s).length > 0).length;
}

/** The `without` snippets that the reference text does not itself contain (only those can be judged as leaks). */
export function judgeableSnippets(truth: string, snippets: readonly string[]): string[] {
  const reference = normalizeForMatch(truth);
  return snippets.filter((s) => {
    const needle = normalizeForMatch(s);
    return needle.length > 0 && !reference.includes(needle);
  });
}

const TOKEN = /[\p{L}\p{N}_]+/gu;

/** Fewer tokens than one AEB shingle: such a text is scored as a unit, not as a run of shingles. */
const SHINGLE = 4;

/**
 * Is a block the clutter pass removed part of the reference text? Its tokens (letters and
 * digits, case kept, as the AEB metric reads them) occur in the reference as one run
 * (punctuation and spacing may differ). A block shorter than a shingle ("More", "Home",
 * "Read more") must be a line of the reference on its own (a heading, a label): one or two
 * words occur somewhere in any article. A block without tokens is never reference text.
 */
export function isReferenceText(block: string, truth: string): boolean {
  const tokens = block.match(TOKEN);
  if (!tokens) return false;
  const run = tokens.join(' ');
  if (tokens.length < SHINGLE) {
    return truth.split(/\n+/u).some((line) => (line.match(TOKEN) ?? []).join(' ') === run);
  }
  const reference = ` ${(truth.match(TOKEN) ?? []).join(' ')} `;
  return reference.includes(` ${run} `);
}
