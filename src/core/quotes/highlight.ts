import { splitSentences } from './sentences';
import { INTERRUPTION_JOIN } from './spans';
import { contentWords, wordCount } from './text';

/** Quotes longer than this get a highlight: the key-quotes list shows one sentence, not a speech. */
export const HIGHLIGHT_OVER_WORDS = 40;

/** Sentences that lean on the one before them ("And second, …", "This is …") make poor highlights. */
const LEANS_BACK = /^(?:and|but|so|or|now|this|that|these|those|it|also|then|which|und|aber|mais|et)\b/iu;

/**
 * The most quotable sentence of a long quote: one that stands on its own,
 * 8–30 words, sharing the most words with the headline and standfirst.
 * It is an exact substring of the quote, punctuation untouched: the view adds "…" only
 * on a side where the quote goes on (text.startsWith / endsWith the highlight tell which).
 */
export function pickHighlight(text: string, news: ReadonlySet<string>): string | undefined {
  if (wordCount(text) <= HIGHLIGHT_OVER_WORDS) return undefined;
  let best: { sentence: string; start: number } | undefined;
  let bestScore = Number.NEGATIVE_INFINITY;
  let offset = 0;
  // The " … " of an interrupted quote is a cut already: sentences do not run across it.
  for (const segment of text.split(INTERRUPTION_JOIN)) {
    let from = 0;
    for (const sentence of splitSentences(segment)) {
      const at = segment.indexOf(sentence, from);
      from = at + sentence.length;
      const count = wordCount(sentence);
      if (count < 6 || count > 40) continue;
      let score = count >= 8 && count <= 25 ? 2 : 1;
      if (LEANS_BACK.test(sentence)) score -= 1.5;
      score += 0.75 * Math.min(4, new Set(contentWords(sentence).filter((w) => news.has(w))).size);
      if (score > bestScore) {
        best = { sentence, start: offset + at };
        bestScore = score;
      }
    }
    offset += segment.length + INTERRUPTION_JOIN.length;
  }
  return best?.sentence;
}
