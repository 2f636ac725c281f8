import type { Attributed } from './attribute';
import { activeLanguage } from './language';
import { POSSESSIVE_BEFORE } from './lexicon';
import { inCode, isAttributiveTerm, isExamplePhrase, isShownWords } from './not-speech';
import { normalizeForMatch, wordCount, words } from './text';

/**
 * What looks like a quotation but is not one worth listing: scare quotes and
 * fragments of a few words, titles of works, and pull-quotes that repeat the body.
 */

const MIN_UNATTRIBUTED_WORDS = 5;
const TITLE_CUE =
  /\b(?:called|titled|entitled|named|dubbed|(?:film|movie|book|novel|song|track|single|album|poem|episode)s?|documentar(?:y|ies)|show|programme|program|play|report|headline|hashtag|slogan|journal|series|Fachzeitschrift|Zeitschrift|Buch|Titel|titre|livre)\s*,?\s*$/iu;

/** A word that leaves a noun phrase open: a title or a name follows it, not speech. */
const OPENS_NAME =
  /(?:^|\s)(?:the|a|an|of|from|de|di|del|della|dello|da|du|des|la|le|il|el|los|las|von|vom|van|het|do|dos|das|der|die|z|ze|w|из|в|во)\s*$/iu;
/** "in my “cybernetic history of the neoliberal era”": after a possessive, a quoted noun phrase (a title, a term). */
const RIGHTS =
  /[©ⓒ]|\(c\)\s*\d{4}|copyright|all rights reserved|tous droits réservés|alle rechte vorbehalten|저작권자|무단\s*전재|無断転載|版权所有/iu;

/** "Read more:", "Also read:", "See also:", "Lesen Sie auch:": the label of a link to another article. */
const LINK_LABEL =
  /^(?:read (?:more|next|also)|also read|see also|related|recommended|more|lesen sie auch|mehr zum thema|(?:à )?lire aussi|leia também|lee también|leggi anche)\s*[:：]$/iu;
const NAMING_BEFORE =
  /\b(?:(?:it|they|we|he|she)(?:['’]s|['’]re| is| are| was| were) calling|dubbed|nicknamed|billed as|known as|so-called)\s*,?\s*$/iu;
const TYPED_BEFORE = /\b(?:typed|types|typing|searched for|searches for|searching for|googled|googles)\s*$/iu;

export function keepQuote(quote: Attributed, paragraph: string, open: number): boolean {
  const text = quote.draft.text;
  const before = paragraph.slice(Math.max(0, open - 40), open);
  const count = wordCount(text);
  if (count <= 1) return false;
  if (RIGHTS.test(paragraph.slice(Math.max(0, open - 80), open + text.length + 80))) return false;
  if (isHeadingOrLink(quote, paragraph, open)) return false;
  // "He typed “how to fix a tap” into the search bar": words typed into a box are no one's speech.
  if (TYPED_BEFORE.test(before)) return false;
  // "a feature it’s calling “athlete intelligence”": a name given to something, whoever announced it.
  // (A full stop inside the closing mark is the American comma's, not a sentence's, when the words
  // start in lower case: "also known as “the road of 1,000 bends.”")
  if (count <= 6 && NAMING_BEFORE.test(before) && !/[!?…]$|^[^\p{Ll}].*\.$/u.test(text.trim())) return false;
  if (isCitedTitle(quote, paragraph)) return false;
  if (isWorkByAuthor(quote, paragraph)) return false;
  if (isJapaneseTerm(quote, paragraph)) return false;
  if (inCode(text, paragraph)) return false;
  // (A speaker only inferred from who is in play does not make words speech.)
  const cued = quote.speaker !== null && !quote.inferred;
  // "you can say something like “…”": an example offered to the reader, unless someone is named
  // saying it; "they replied with something like “…”": a paraphrase, whoever is named. (Every part
  // of a quote joined across its attribution is read: "skip the average, “…,” and say something like, “…”".)
  const first = quote.draft.parts[0]!.paragraph;
  const opens = quote.draft.parts.filter((part) => part.paragraph === first).map((part) => part.span.open);
  if (opens.some((at) => isExamplePhrase(paragraph, at, cued))) return false;
  // "A few carried signs: “IMAGINE JUSTICE,” …": written words, whoever the sentence names.
  if (opens.some((at) => isShownWords(paragraph, at, cued))) return false;
  const last = quote.draft.parts[quote.draft.parts.length - 1]!;
  if (
    !cued &&
    count <= 8 &&
    last.span.closed &&
    last.paragraph === first &&
    isAttributiveTerm(paragraph, open, last.span.close)
  )
    return false;
  // "the “Bad Blood” songstress", "de “La leggenda del Grande Tempio”", da «Ritorno al Futuro».
  if (!(cued && quote.standalone) && looksLikeName(text, before)) return false;
  // “Absolutely Not,” said X is speech however it is capitalised; a title is not set off by a speaker,
  // and one named as a work is a title even in a sentence with a speaker ("… two tracks, “The Alchemy”").
  if ((!(cued && quote.standalone) || (count <= 6 && TITLE_CUE.test(before))) && looksLikeTitle(text, before))
    return false;
  if (!cued && POSSESSIVE_BEFORE.test(before) && !/[.!?…]$/u.test(text.trim())) return false;
  if (count < MIN_UNATTRIBUTED_WORDS) return cued && quote.standalone;
  return true;
}

/**
 * Japanese brackets (and “…”) hold terms, names of plans and titles as often as speech: 「…」 is speech when a
 * quotative follows it (「…」と述べた, 「…」って, 「…」との; not 「…」と「…」, "and", nor 「…」という品種 or
 * 「…」と呼ばれる, と名付けた, と題した: "called", "named", "entitled") or it ends the sentence (「…」。院長はそう語った);
 * followed by a particle (「…計画」を発表した, 「…」によると) it names something. 『…』 is a title.
 */
const QUOTATIVE_AFTER =
  /^\s*(?:と(?![「『]|いう(?!声|意見|言葉|指摘|批判)|呼ば|名付け|称さ|題し)|って|。|」|$)/u;
function isJapaneseTerm(quote: Attributed, paragraph: string): boolean {
  if (!activeLanguage().codes.has('ja')) return false;
  const first = quote.draft.parts[0]!;
  if (first.span.opener === '『') return true;
  // (“…” in Japanese text marks a term far more often than speech: held to the same test as 「…」.)
  if (first.span.opener !== '「' && first.span.opener !== '“') return false;
  const last = quote.draft.parts[quote.draft.parts.length - 1]!;
  return last.span.closed && !QUOTATIVE_AFTER.test(paragraph.slice(last.span.close + 1, last.span.close + 4));
}

/** “Husbands & Lovers” by Beatriz Williams: a capitalised title followed by its author is a work, not speech. */
function isWorkByAuthor(quote: Attributed, paragraph: string): boolean {
  const last = quote.draft.parts[quote.draft.parts.length - 1]!;
  if (!last.span.closed || quote.draft.parts.length > 1) return false;
  if (!/^\s*,?\s+by\s+\p{Lu}/u.test(paragraph.slice(last.span.close + 1, last.span.close + 40))) return false;
  const weighty = words(quote.draft.text).filter((w) => w.length > 3);
  return weighty.length >= 1 && weighty.length <= 12 && weighty.every((w) => /^\P{L}*\p{Lu}/u.test(w));
}

/** A reference list's entry: authors, “Title,” in *Venue* (Publisher, 2025), pages. */
const CITED_IN = /^\s*,?\s*(?:in\s+[*_]?\p{Lu}|[*_]\p{Lu})/u;
const BIBLIOGRAPHY =
  /\b(?:vol\.|pp\.|doi|eds?\.|Press|Proceedings|Journal|Lecture Notes)\b|\([^()]{2,60},\s*(?:19|20)\d{2}\)/u;

function isCitedTitle(quote: Attributed, paragraph: string): boolean {
  const last = quote.draft.parts[quote.draft.parts.length - 1]!;
  if (!last.span.closed) return false;
  return (
    CITED_IN.test(paragraph.slice(last.span.close + 1, last.span.close + 40)) && BIBLIOGRAPHY.test(paragraph)
  );
}

/** A short capitalised phrase without a sentence's end, right after an article or preposition. */
function looksLikeName(text: string, before: string): boolean {
  const list = words(text);
  return (
    list.length <= 7 &&
    /^\p{Lu}/u.test(list[0] ?? '') &&
    !/[.!?…]$/u.test(text.trim()) &&
    OPENS_NAME.test(before)
  );
}

/**
 * A quote that is its paragraph's heading (“U.S.-controlled bandit formations”), or a
 * linked headline ("'Meth. We're On It.': South Dakota spends $449K …"): not speech.
 */
function isHeadingOrLink(quote: Attributed, paragraph: string, open: number): boolean {
  const parts = quote.draft.parts;
  const last = parts[parts.length - 1]!;
  // Only short paragraphs are headings or link lines (and the checks below stay cheap).
  if (parts.length > 1 || paragraph.length > 300 || !last.span.closed) return false;
  const lead = paragraph.slice(0, open).trim();
  if (lead !== '' && !LINK_LABEL.test(lead)) return false;
  const rest = paragraph.slice(last.span.close + 1).trim();
  const text = quote.draft.text;
  // "Read more: “How the council lost control of its budget”": a linked headline after its label.
  if (lead !== '') return /^[.!?…]?$/u.test(rest);
  if (rest === '' && words(text).length <= 10 && !/[.!?…]$/u.test(text.trim())) return true;
  return /^:\s/u.test(rest) && words(paragraph).length <= 25 && !/[.!?"”»]$/u.test(paragraph.trim());
}

/** "The Long Quiet", ‘Ghost Town Blues’, a study "Sleep Duration and Risk-Taking in Adolescence". */
function looksLikeTitle(text: string, before: string): boolean {
  const list = words(text);
  // Short titles keep an American full stop inside the marks: “Takin’ It to the Streets.”
  if (list.length > 12) return false;
  // A sentence may end inside the marks; a long one is speech unless every word of weight is capitalised.
  const capitalisedAll = list.filter((w) => w.length > 3).every((w) => /^\p{Lu}/u.test(w));
  if (
    /[.!?]$/u.test(text.trim()) &&
    list.length > 6 &&
    !(capitalisedAll && list.filter((w) => w.length > 3).length >= 4)
  )
    return false;
  if (TITLE_CUE.test(before)) return true;
  const significant = list.filter((w) => w.length > 3);
  // ("10 Things in Tech You Need to Know": a title may open with a number.)
  if (significant.length < 2 || !/^(?:\p{Lu}|\p{N})/u.test(list[0]!)) return false;
  return significant.every((w) => /^\p{Lu}/u.test(w)) && list.length >= 2;
}

/**
 * Drops a quote that fills its paragraph on its own and repeats text found in
 * another paragraph nearby (a pull-quote box), keeping the first of identical ones.
 */
export function dropPullQuotes(quotes: Attributed[], paragraphs: readonly string[]): Attributed[] {
  const cache = new Map<number, string>();
  const normalized = (p: number) => {
    let text = cache.get(p);
    if (text === undefined) {
      text = normalizeForMatch(paragraphs[p]!);
      cache.set(p, text);
    }
    return text;
  };
  const window = 40;
  return quotes.filter((quote) => {
    const parts = quote.draft.parts;
    const p = parts[0]!.paragraph;
    if (parts.some((part) => part.paragraph !== p)) return true;
    // Cheap test first: only a quote that fills its paragraph can be a pull-quote.
    if (quote.draft.text.length < paragraphs[p]!.length * 0.8) return true;
    const own = normalized(p);
    const quoted = normalizeForMatch(quote.draft.text);
    if (quoted.length < 20 || quoted.length < own.length * 0.85) return true;
    for (let q = Math.max(0, p - window); q < Math.min(paragraphs.length, p + window); q++) {
      if (q === p) continue;
      const other = normalized(q);
      if (other === own && q < p) return false;
      if (other.length > own.length && other.includes(quoted)) return false;
    }
    return true;
  });
}

/**
 * The same words quoted twice (a standfirst repeating a quote of the body): listed once, where a
 * speaker is named if only one of them has one, else the first.
 */
export function dropRepeats(quotes: Attributed[]): Attributed[] {
  const chosen = new Map<string, Attributed>();
  for (const quote of quotes) {
    const key = normalizeForMatch(quote.draft.text);
    const kept = chosen.get(key);
    if (!kept || (!kept.speaker && quote.speaker)) chosen.set(key, quote);
  }
  const keep = new Set(chosen.values());
  return quotes.filter((quote) => keep.has(quote));
}
