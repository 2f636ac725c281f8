import { splitSentences } from './sentences';
import { contentWords, wordCount } from './text';

/** Quotes longer than this get a highlight: the key-quotes list shows one sentence, not a speech. */
export const HIGHLIGHT_OVER_WORDS = 40;

/** Sentences that lean on the one before them ("And second, …", "This is …") make poor highlights. */
const LEANS_BACK = /^(?:and|but|so|or|now|this|that|these|those|it|also|then|which|und|aber|mais|et)\b/iu;

/**
 * The most quotable sentence of a long quote: one that stands on its own,
 * 8–30 words, sharing the most words with the headline and standfirst.
 */
export function pickHighlight(text: string, news: ReadonlySet<string>): string | undefined {
  if (wordCount(text) <= HIGHLIGHT_OVER_WORDS) return undefined;
  let best: string | undefined;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const sentence of splitSentences(text.replaceAll(' … ', '. '))) {
    const count = wordCount(sentence);
    if (count < 6 || count > 40) continue;
    let score = count >= 8 && count <= 25 ? 2 : 1;
    if (LEANS_BACK.test(sentence)) score -= 1.5;
    score += 0.75 * Math.min(4, new Set(contentWords(sentence).filter((w) => news.has(w))).size);
    if (score > bestScore) {
      best = sentence;
      bestScore = score;
    }
  }
  return best?.replace(/[,;:]$/u, '.');
}
