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
