import type { LanguageData } from './types';

/** Fewer hits than this and the sample says too little to name a language. */
const MIN_HITS = 6;
/** The winner must have this many times the runner-up's hits: mixed pages keep every language. */
const MARGIN = 2;

/** How often each language's common words occur in a sample of the article. */
export function commonWordHits(
  sample: string,
  candidates: readonly LanguageData[],
): Map<LanguageData, number> {
  const hits = new Map<LanguageData, number>(candidates.map((l) => [l, 0]));
  const owner = new Map<string, LanguageData>();
  for (const l of candidates) for (const w of l.commonWords ?? []) owner.set(w, l);
  for (const word of sample.toLowerCase().match(/\p{L}+/gu) ?? []) {
    const l = owner.get(word);
    if (l) hits.set(l, hits.get(l)! + 1);
  }
  return hits;
}

/**
 * The language of a sample by its most frequent short words, when one clearly leads; else
 * undefined. Only languages of one script compete (the script is decided first).
 */
export function guessLanguage(
  hits: ReadonlyMap<LanguageData, number>,
): { language: LanguageData; hits: number } | undefined {
  const ranked = [...hits].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || first[1] < MIN_HITS || first[1] < MARGIN * (second?.[1] ?? 0)) return undefined;
  return { language: first[0], hits: first[1] };
}
