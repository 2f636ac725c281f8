/**
 * Quote marks and the context rules that tell an opening or closing mark
 * from an apostrophe (it’s, ’90s, rock ’n’ roll, students’ union).
 */

/** Opening mark → the marks that may close it. */
const CLOSERS: Record<string, string> = {
  // Real pages mix curly and straight marks: “…" and "…” close each other.
  '“': '”"',
  '„': '“”',
  '‚': '‘’',
  '‘': '’',
  '«': '»',
  '»': '«',
  '‹': '›',
  '"': '"”',
  "'": "'",
  '「': '」',
  '『': '』',
};

export function closersFor(opener: string): string {
  return CLOSERS[opener] ?? '';
}

const SINGLE = new Set(["'", '‘', '’', '‚']);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE = /\s/u;
/** What may stand right before an opening mark: start, space, brackets, dashes, slashes, other quotes. */
const BEFORE_OPENER = /[\s([{\-–—/:“”„"«»‹‘'：，。、；！？（]/u;
/** Words after a straight or curly apostrophe that make it an elision, not a quote: 'em, 'tis, 'n'. */
const ELISION = /^(?:em|tis|twas|cause|til|bout|n['’]|n\s|s\s)/i;

function at(text: string, i: number): string {
  return i >= 0 && i < text.length ? text[i]! : '';
}

export function isOpenerAt(text: string, i: number): boolean {
  const mark = at(text, i);
  if (!(mark in CLOSERS)) return false;
  const prev = at(text, i - 1);
  const next = at(text, i + 1);
  if (next === '') return false;
  if (mark === '«' || mark === '„' || mark === '「' || mark === '『' || mark === '‹') return true;
  // ("…30 percent.“We have found …”": a left double mark glued to the sentence before it, as a
  // page's markup sometimes joins two paragraphs' text, still opens.)
  if (prev !== '' && !BEFORE_OPENER.test(prev) && !(mark === '“' && /[.!?]/u.test(prev))) return false;
  // “ I love …”, " You guys …": a double mark set off by a space still opens when a word follows.
  if (SPACE.test(next)) return (mark === '“' || mark === '"') && /^\s\p{L}/u.test(text.slice(i + 1, i + 3));
  if (SINGLE.has(mark) || mark === "'") {
    // ’90s, '22-23 and rock 'n' roll are apostrophes.
    if (/\d/.test(next)) return false;
    if (ELISION.test(text.slice(i + 1, i + 6))) return false;
  }
  return true;
}

/**
 * Whether the mark at i can close a quotation opened with `opener`.
 * `laterCloserExists` lets an ambiguous plural possessive (students’ union)
 * be skipped when the real closer is still to come.
 */
export function isCloserAt(text: string, i: number, opener: string, laterCloserExists: boolean): boolean {
  const mark = at(text, i);
  // “It was an attempt to mislead voters,’’ — two apostrophes typed for a closing double mark.
  if (opener === '“' && mark === '’' && at(text, i + 1) === '’') return true;
  // “Leider … beschränkt“, erklärte …: a German „…“ typed with a left mark at both ends. A left mark
  // glued to the word before it and followed by no letter closes.
  if (opener === '“' && mark === '“')
    return at(text, i - 1) !== '' && !SPACE.test(at(text, i - 1)) && !LETTER_OR_DIGIT.test(at(text, i + 1));
  if (!closersFor(opener).includes(mark)) return false;
  const prev = at(text, i - 1);
  const next = at(text, i + 1);
  if (opener === '«' || opener === '»' || opener === '„' || opener === '「' || opener === '『') return true;
  // ” and » cannot open anything, so a stray space before them ("see ” Mayer said") does not matter.
  if (mark === '”' || mark === '»' || mark === '›') return prev !== '';
  // "… see ” Mayer said" aside, a straight mark closing a curly opening needs a character before it.
  if (prev === '' || SPACE.test(prev)) return false;
  if (!SINGLE.has(mark)) return true;
  // it’s, don’t, O’Neill: a letter on both sides is an apostrophe.
  if (LETTER_OR_DIGIT.test(next)) return false;
  // rock ’n’ roll
  if (/\s['’]n$/u.test(text.slice(Math.max(0, i - 3), i))) return false;
  if (laterCloserExists && isPluralPossessive(text, i)) return false;
  return true;
}

const CUE_AFTER_POSSESSIVE =
  /^\s+(?:said|says|say|he|she|they|we|i|it|added|told|according|wrote|and|but|or)\b/i;

/** students’ union, the lecturers’ jobs: an s, the mark, then a lower-case word. */
function isPluralPossessive(text: string, i: number): boolean {
  if (at(text, i - 1) !== 's') return false;
  const rest = text.slice(i + 1, i + 16);
  if (!/^\s+\p{Ll}/u.test(rest)) return false;
  return !CUE_AFTER_POSSESSIVE.test(rest);
}

/** Index of the last mark in the text that could close a single-quoted span, or -1. */
export function lastSingleCloser(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text[i]!;
    if (
      (c === '’' || c === "'" || c === '‘') &&
      !LETTER_OR_DIGIT.test(at(text, i + 1)) &&
      !SPACE.test(at(text, i - 1))
    )
      return i;
  }
  return -1;
}
