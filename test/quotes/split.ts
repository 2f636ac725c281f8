/**
 * The labelled set is split once, for good, into a tuning half and a blind half by a
 * hash of each article's id (FNV-1a, 32 bits). Rules are tuned on the tuning half only;
 * the blind half is what is reported, so a rule fitted to one page shows up as a gap
 * between the two. The split never depends on the labels or on what the rules do.
 */

import { fnv1a } from '../../bench/lib/halves';

export type Half = 'tuning' | 'blind';

/**
 * Articles written to find the rules' gaps and then tuned on (ids starting "tuning-") are
 * training data whatever their hash: in the blind half they would report a fitted figure.
 */
const TUNED_ON = /^tuning-/;

export function isTunedOn(id: string): boolean {
  return TUNED_ON.test(id);
}

/** Which half an article belongs to, by its id ("business-earnings", "fixture:nissan", "aeb:3d8f…"). */
export function halfOf(id: string): Half {
  if (TUNED_ON.test(id)) return 'tuning';
  return fnv1a(`pith-quotes:${id}`) % 2 === 0 ? 'tuning' : 'blind';
}

export function splitHalves<T extends { name: string }>(articles: readonly T[]): Record<Half, T[]> {
  const halves: Record<Half, T[]> = { tuning: [], blind: [] };
  for (const article of articles) halves[halfOf(article.name)].push(article);
  return halves;
}
