import type { Quote } from '../types';
import { pickHighlight } from './highlight';
import { contentWords, normalizeForMatch, wordCount } from './text';

/** How many quotes the popup shows as key. */
export const KEY_QUOTES = 5;
/** No speaker fills more than this many of the key places. */
const MAX_KEY_PER_SPEAKER = 2;

const PLEASANTRIES =
  /\b(?:thank|thanks|grateful|delighted|proud|congratulat\w*|honou?red|pleased|wish (?:him|her|them|you)|best wishes|happy for)\b/iu;

export interface RankContext {
  title: string;
  excerpt: string | null;
  /** How many quotes to mark as key (the reader's setting); KEY_QUOTES when not given. */
  keyQuotes?: number;
}

/**
 * Scores each quote and marks the top ones as key. Attributed before unattributed,
 * whole sentences of 8–40 words before fragments, the article's news (words shared
 * with the headline and standfirst) before pleasantries.
 */
export function rankQuotes(quotes: Quote[], context: RankContext): Quote[] {
  const news = new Set(contentWords(`${context.title} ${context.excerpt ?? ''}`));
  const scored = quotes.map((q, i) => {
    const highlight = pickHighlight(q.text, news);
    const ranked: Quote = { ...q, score: round(score(q, news, i, quotes.length)), key: false };
    if (highlight) ranked.highlight = highlight;
    return ranked;
  });
  const chosen: Quote[] = [];
  const perSpeaker = new Map<string, number>();
  const limit = Math.max(0, Math.floor(context.keyQuotes ?? KEY_QUOTES));
  for (const quote of [...scored].sort((a, b) => b.score - a.score || a.paragraph - b.paragraph)) {
    if (chosen.length >= limit) break;
    const who = quote.speaker?.name.toLowerCase() ?? '';
    if (who && (perSpeaker.get(who) ?? 0) >= MAX_KEY_PER_SPEAKER) continue;
    if (chosen.some((c) => nearDuplicate(c.text, quote.text))) continue;
    quote.key = true;
    chosen.push(quote);
    if (who) perSpeaker.set(who, (perSpeaker.get(who) ?? 0) + 1);
  }
  return scored;
}

function score(quote: Quote, news: Set<string>, index: number, total: number): number {
  const text = quote.text;
  const count = wordCount(text);
  let s = quote.speaker ? 3 : 0;
  if (count >= 8 && count <= 40) s += 2;
  else if (count < 8) s += (2 * count) / 8 - 0.5;
  else s += Math.max(0.75, 2 - (count - 40) / 60);
  const sentence = /^[\p{Lu}\p{N}¿¡]/u.test(text) && /[.!?…]$|[\p{L}\p{N}]$/u.test(text);
  s += sentence ? 1 : -0.5;
  const words = contentWords(text);
  const shared = new Set(words.filter((w) => news.has(w))).size;
  s += Math.min(3, shared * 0.75);
  if (PLEASANTRIES.test(text) && shared === 0) s -= 1.5;
  s += 0.5 * (1 - index / Math.max(1, total));
  return s;
}

/** One quote is (nearly) contained in the other: a fragment, or a repeat. */
export function nearDuplicate(a: string, b: string): boolean {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  const small = normalizeForMatch(shorter).split(' ');
  const big = new Set(normalizeForMatch(longer).split(' '));
  if (small.length === 0) return false;
  const inside = small.filter((w) => big.has(w)).length;
  return (
    inside / small.length >= 0.8 &&
    normalizeForMatch(longer).includes(normalizeForMatch(shorter).slice(0, 40))
  );
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
