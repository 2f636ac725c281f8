import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Quote } from '../../src/core/types';

/**
 * The labelled quote set and the scorer used by bench/quotes.ts and the regression test.
 *
 * A match: the predicted and labelled texts are equal after normalising (letters and
 * digits only, lower-cased — so quote marks, the " … " join and end punctuation do
 * not count), or share at least 80% of their words both ways (multiset overlap
 * divided by the longer text's word count). Speakers match when both are null, or
 * the names agree (ignoring case, titles and a leading article), or share the last
 * word (the surname; the head noun of "a company spokesperson"), or one CJK name
 * starts the other.
 */

export interface LabelledQuote {
  text: string;
  speaker: string | null;
  paragraph: number;
}

export interface LabelledArticle {
  name: string;
  title: string;
  excerpt: string | null;
  paragraphs: string[];
  quotes: LabelledQuote[];
  /** The article's language (BCP 47), when known. */
  lang?: string;
}

export const CORPUS_DIR = fileURLToPath(new URL('./corpus/', import.meta.url));
export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/', import.meta.url));

export function loadCorpus(): LabelledArticle[] {
  return readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({
      name: f.replace(/\.json$/, ''),
      ...JSON.parse(readFileSync(join(CORPUS_DIR, f), 'utf8')),
    }));
}

export interface Score {
  predicted: number;
  labelled: number;
  matched: number;
  /** Matches whose words are the same, in the same order (marks and end punctuation aside). */
  exact: number;
  speakersRight: number;
  /** Matched quotes whose speaker is wrong, by kind: none given for a named speaker, another name, a name where the text names no one. */
  speakerMisses: { none: number; other: number; invented: number };
  /** Matched quotes whose speaker is wrong, and quotes missed or invented, for reading. */
  errors: string[];
}

export function emptyScore(): Score {
  return {
    predicted: 0,
    labelled: 0,
    matched: 0,
    exact: 0,
    speakersRight: 0,
    speakerMisses: { none: 0, other: 0, invented: 0 },
    errors: [],
  };
}

export function scoreArticle(
  name: string,
  predicted: readonly Quote[],
  labelled: readonly LabelledQuote[],
  into = emptyScore(),
): Score {
  into.predicted += predicted.length;
  into.labelled += labelled.length;
  const used = new Set<number>();
  for (const quote of predicted) {
    let best = -1;
    let bestOverlap = 0;
    labelled.forEach((gold, i) => {
      if (used.has(i)) return;
      const overlap = textOverlap(quote.text, gold.text);
      if (overlap > bestOverlap) {
        best = i;
        bestOverlap = overlap;
      }
    });
    if (best === -1 || bestOverlap < 0.8) {
      into.errors.push(`${name}: extra quote "${quote.text.slice(0, 70)}"`);
      continue;
    }
    used.add(best);
    into.matched++;
    const gold = labelled[best]!;
    if (sameWords(quote.text, gold.text)) into.exact++;
    if (sameSpeaker(quote.speaker?.name ?? null, gold.speaker)) into.speakersRight++;
    else {
      const kind = !quote.speaker ? 'none' : gold.speaker === null ? 'invented' : 'other';
      into.speakerMisses[kind]++;
      into.errors.push(
        `${name}: speaker "${quote.speaker?.name ?? null}" ≠ "${gold.speaker}" for "${gold.text.slice(0, 50)}"`,
      );
    }
  }
  labelled.forEach((gold, i) => {
    if (!used.has(i)) into.errors.push(`${name}: missed "${gold.text.slice(0, 70)}"`);
  });
  return into;
}

export function summarize(score: Score): {
  precision: number;
  recall: number;
  f1: number;
  /** F1 counting only exact matches. */
  exactF1: number;
  speakerAccuracy: number;
} {
  const f1Of = (hits: number) => {
    const precision = score.predicted === 0 ? 1 : hits / score.predicted;
    const recall = score.labelled === 0 ? 1 : hits / score.labelled;
    return {
      precision,
      recall,
      f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    };
  };
  const { precision, recall, f1 } = f1Of(score.matched);
  const speakerAccuracy = score.matched === 0 ? 1 : score.speakersRight / score.matched;
  return { precision, recall, f1, exactF1: f1Of(score.exact).f1, speakerAccuracy };
}

export function sameWords(a: string, b: string): boolean {
  return tokens(a).join(' ') === tokens(b).join(' ');
}

function tokens(text: string): string[] {
  const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
  const list = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return list.flatMap((t) => (cjk.test(t) ? [...t] : [t]));
}

export function textOverlap(a: string, b: string): number {
  const ta = tokens(a);
  const tb = tokens(b);
  if (ta.join(' ') === tb.join(' ')) return 1;
  const counts = new Map<string, number>();
  for (const t of tb) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of ta) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      common++;
      counts.set(t, n - 1);
    }
  }
  return common / Math.max(ta.length, tb.length, 1);
}

function normalName(name: string): string[] {
  // Titles before a name and generational suffixes after it ("J. David Cox Sr.") are not the name.
  return tokens(name.replace(/^(?:the|a|an|another)\s+/iu, '')).filter(
    (t, i, all) =>
      !/^(?:mr|mrs|ms|dr|prof|sir)$/.test(t) &&
      !(i > 0 && i === all.length - 1 && /^(?:jr|sr|ii|iii|iv)$/.test(t)),
  );
}

export function sameSpeaker(predicted: string | null, labelled: string | null): boolean {
  if (predicted === null || labelled === null) return predicted === labelled;
  const p = normalName(predicted);
  const l = normalName(labelled);
  if (p.join(' ') === l.join(' ')) return true;
  if (p.length > 0 && p[p.length - 1] === l[l.length - 1]) return true;
  return (
    /\p{Script=Han}/u.test(labelled) && (labelled.startsWith(predicted) || predicted.startsWith(labelled))
  );
}
