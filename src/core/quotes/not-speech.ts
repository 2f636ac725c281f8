import { activeLanguage } from './language';
import { lastSentence } from './sentences';
import { STOPWORDS } from './text';

/**
 * Quotation marks around words nobody said: strings in code ("print('Hello')", a JSON object),
 * and example phrases that advice writing offers the reader ("you can say something like “…”",
 * "it's no harder to say “…” than “…”"). Both are common on the pages readers open, and
 * neither is a key quote.
 */

/** Characters that are rare in prose and common in code (not brackets: editors put words of their own in them). */
const CODE_SYMBOLS = /[{};=<>\\|`]/gu;
/** Words and shapes only code has: a call, an assignment, a keyword of a language. */
const CODE_SHAPES =
  /\b(?:print|console\.log|println|printf|echo|return|def|elif|ELIF|PRINT|import|function|var|const|let)\s*[('"]|[=!<>]=|=>|(?<!\w)\w{1,40}\s*\(\s*\)|(?<!\w)\w{1,40}\.\w{1,40}\s*\(/u;
// (Runs of word characters are bounded and start at a word's start: a 200,000-letter "word" is read once.)

/** A quote written inside code: its paragraph reads as code, or the quote itself does. */
export function inCode(text: string, paragraph: string): boolean {
  if (/[{}\\]|(?<!\w)\w{1,40}\s*=\s*\S/u.test(text)) return true;
  // (Quotes of one paragraph come one after another: its reading is kept for the next.)
  if (paragraph !== lastParagraph) {
    lastParagraph = paragraph;
    const symbols = paragraph.match(CODE_SYMBOLS)?.length ?? 0;
    lastReadsAsCode =
      (symbols >= 3 && symbols / paragraph.length > 0.01) || (symbols >= 1 && CODE_SHAPES.test(paragraph));
  }
  return lastReadsAsCode;
}
let lastParagraph = '';
let lastReadsAsCode = false;

/** "something like", "along the lines of": words given as a paraphrase, whoever said them. */
const PARAPHRASE_LEAD = [
  '\\b(?:something|things|phrases|words|statements|questions|lines|comments)\\s+(?:\\w+\\s+)?(?:like|such as)',
  '\\balong the lines of',
];

/**
 * What introduces an example rather than a report: a paraphrase's lead, "if you say", "you can
 * just say", "to say", "than", a sentence that is only "Like," or "Or,", "hear someone say".
 */
const EXAMPLE_LEAD = [
  ...PARAPHRASE_LEAD,
  '\\b(?:hear|heard)\\s+(?:someone|somebody|people|anyone)\\s+(?:say|says|saying)',
  '\\b(?:if|when)\\s+you\\s+(?:\\S+\\s+){0,6}?(?:say|tell|ask|hear|add)\\w*(?:\\s+(?:\\S+\\s+){0,3}?like)?',
  "\\byou\\s+(?:can|could|might|may|should|would|will|don['’]t have to|do not have to|need to|want to|have to)\\s+(?:also\\s+|just\\s+|even\\s+|simply\\s+)?(?:say|add|tell|ask|write|reply|respond)\\w*(?:\\s+(?:\\S+\\s+){0,3}?like)?",
  '\\bto\\s+(?:just\\s+|simply\\s+)?say',
  '\\b(?:than|instead of|rather than)',
  '^\\s*(?:like|or)',
];

/**
 * One of the leads, then up to the quote only quotes already in the sentence (as "Q") and "or"/"and"
 * between them, so every example in a list goes with the first: "say “A,” or “B”".
 */
function leadsToQuote(leads: readonly string[]): RegExp {
  return new RegExp(`(?:${leads.join('|')})\\s*[,:]?\\s*(?:Q\\s*[,.]?\\s*(?:or|and)?\\s*)*$`, 'iu');
}
const EXAMPLE_BEFORE = leadsToQuote(EXAMPLE_LEAD);
const PARAPHRASE_BEFORE = leadsToQuote(PARAPHRASE_LEAD);

/** The sentence up to a quote's opening mark, its earlier quotes each standing as "Q". */
function sentenceBefore(paragraph: string, open: number): string {
  return lastSentence(paragraph.slice(Math.max(0, open - 300), open)).replace(/[“"‘][^“”"‘’]*[”"’]/gu, 'Q');
}

/**
 * An example phrase offered to the reader, by what opens its sentence up to the quote; with
 * `paraphraseOnly`, only a paraphrase ("they replied with something like “…”"), which is no
 * one's exact words even when its speaker is named.
 */
export function isExamplePhrase(paragraph: string, open: number, paraphraseOnly = false): boolean {
  return (paraphraseOnly ? PARAPHRASE_BEFORE : EXAMPLE_BEFORE).test(sentenceBefore(paragraph, open));
}

/**
 * Words shown on a sign, a banner or a T-shirt, by what opens their sentence up to the quote. A
 * colon alone ("carried signs:") is no such lead when someone is credited with the words: "There
 * were worrying signs: “…,” one nurse said."
 */
export function isShownWords(paragraph: string, open: number, credited: boolean): boolean {
  const m = activeLanguage().shownLead?.exec(sentenceBefore(paragraph, open));
  return m !== null && m !== undefined && (!credited || m[1] !== undefined);
}

/** A determiner before the quote (earlier quotes joined by "and"/"or" passed over as "Q"); not "that", also a conjunction. */
const DETERMINER_BEFORE =
  /(?:^|\s)(?:the|a|an|this|these|those|their|its|his|her|our|your|my)\s*(?:Q\s*,?\s*(?:and|or|,)\s*)*$/iu;

/**
 * "the “uplifting other women” and “creating a safe and equal society” games", "the “we will
 * fight” speech": a quote between a determiner and the noun it describes names a kind of thing.
 */
export function isAttributiveTerm(paragraph: string, open: number, close: number): boolean {
  // (The noun follows at once: "lose a “grownup in the White House” when …" is a quoted phrase.)
  const next = /^\s*(\p{Ll}+)/u.exec(paragraph.slice(close + 1, close + 30))?.[1];
  if (!next || STOPWORDS.has(next) || /(?:ly|ing|ed)$/u.test(next)) return false;
  return DETERMINER_BEFORE.test(sentenceBefore(paragraph, open));
}
