/** Small text helpers shared by the quote finder: words, normalisation, content words. */

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const CJK_ALL = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Word count; CJK scripts are unspaced, so two characters count as one word. */
export function wordCount(text: string): number {
  if (!CJK.test(text)) return words(text).length;
  const cjk = text.match(CJK_ALL)?.length ?? 0;
  return Math.ceil(cjk / 2) + words(text.replace(CJK_ALL, ' ')).length;
}

/** Lower-cased letters and digits separated by single spaces: for comparing spans of text. */
export function normalizeForMatch(text: string): string {
  return words(text.toLowerCase()).join(' ');
}

/** Function words of English and a few others: words that carry no content of their own. */
export const STOPWORDS = new Set(
  (
    'a an the and or but if of to in on at by for with from as is are was were be been being it its this that these those ' +
    'i we you he she they me us him her them my our your his their what which who whom whose when where why how ' +
    'not no nor so than too very can will just should would could may might must shall do does did done have has had ' +
    'there here all any both each few more most other some such only own same into over under about after before ' +
    'again further then once up down out off also said says say told one two new like get got going really ' +
    'der die das und ist nicht ein eine le la les et est une des du que qui pas'
  ).split(' '),
);

/** Content words, lower-cased and crudely stemmed, for comparing a quote with the headline. */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text.toLowerCase())) {
    if (w.length < 3 || STOPWORDS.has(w)) continue;
    out.push(stem(w));
  }
  return out;
}

function stem(word: string): string {
  const base = word.replace(/['’]s$/, '');
  if (base.length > 5 && base.endsWith('ing')) return base.slice(0, -3);
  if (base.length > 4 && base.endsWith('ed')) return base.slice(0, -2);
  if (base.length > 4 && base.endsWith('es')) return base.slice(0, -2);
  if (base.length > 3 && base.endsWith('s') && !base.endsWith('ss')) return base.slice(0, -1);
  return base;
}

export function isCjk(text: string): boolean {
  return CJK.test(text);
}

/** One flag per character: set inside the given ranges (linear, where a search per name would not be). */
export function mask(length: number, ranges: readonly (readonly [number, number])[]): Uint8Array {
  const flags = new Uint8Array(length + 1);
  for (const [from, to] of ranges) flags.fill(1, from, to);
  return flags;
}

/** An Arabic article joined to a surname ("al-Scharaa", "ad-Din"): it continues a name, never opens one. */
export const JOINED_ARTICLES = '(?:al|el|ad|ar|as|ash|at|az|an|ud|ul|ur)-';
export const JOINED_ARTICLE = new RegExp(`^${JOINED_ARTICLES}(?=\\p{Lu})`, 'u');

/** The last word of a name ("Ana María Ruiz" → "Ruiz"; "Achmed al-Scharaa" → "Scharaa", as the text shortens it). */
export function surname(name: string): string {
  const tokens = name.split(' ');
  return tokens[tokens.length - 1]!.replace(JOINED_ARTICLE, '');
}

/**
 * The last word of text that ends in whitespace ("the company, " → "company,"), or "" when it
 * does not end so. Patterns anchored at the end ("…\s+(\p{Ll}+),?\s+$") are tried from every
 * position of their text; a check of this word first spares most of those tries.
 */
export function lastWordBeforeSpace(text: string): string {
  let end = text.length;
  while (end > 0 && SPACE.test(text[end - 1]!)) end--;
  if (end === text.length) return '';
  let start = end;
  while (start > 0 && !SPACE.test(text[start - 1]!)) start--;
  return text.slice(start, end);
}

const SPACE = /\s/u;
