import { ar } from './ar';
import { cs } from './cs';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { commonWordHits, guessLanguage } from './guess';
import { id } from './id';
import { it } from './it';
import { ja } from './ja';
import { ko } from './ko';
import { nl } from './nl';
import { pl } from './pl';
import { pt } from './pt';
import { ru } from './ru';
import type { LanguageData } from './types';
import { zh } from './zh';

export type { LanguageData } from './types';

/** Every language the quote finder has data for, by ISO 639-1 code. */
export const LANGUAGES: Readonly<Record<string, LanguageData>> = {
  en,
  de,
  fr,
  es,
  it,
  pt,
  nl,
  pl,
  cs,
  ru,
  id,
  ar,
  ja,
  ko,
  zh,
};

const BY_SCRIPT: Record<LanguageData['script'], LanguageData[]> = {
  latin: [en, de, fr, es, it, pt, nl, pl, cs, id],
  cyrillic: [ru, en],
  arabic: [ar, en],
  han: [zh, ja, en],
  kana: [ja, en],
  hangul: [ko, en],
};

const SCRIPTS: [LanguageData['script'], RegExp][] = [
  ['hangul', /\p{Script=Hangul}/gu],
  ['kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/gu],
  ['han', /\p{Script=Han}/gu],
  ['cyrillic', /\p{Script=Cyrillic}/gu],
  ['arabic', /\p{Script=Arabic}/gu],
  ['latin', /\p{Script=Latin}/gu],
];

/** How much text the script is judged on: enough to be sure, little enough to stay cheap. */
const SAMPLE_CHARS = 3000;

function sampleOf(paragraphs: readonly string[]): string {
  let sample = '';
  for (const p of paragraphs) {
    sample += `${p} `;
    if (sample.length > SAMPLE_CHARS) break;
  }
  return sample;
}

/** The script most of the article is written in (Japanese wins over Han when any kana shows). */
export function dominantScript(paragraphs: readonly string[]): LanguageData['script'] {
  return scriptOf(sampleOf(paragraphs));
}

function scriptOf(sample: string): LanguageData['script'] {
  const counts = SCRIPTS.map(([script, re]) => [script, sample.match(re)?.length ?? 0] as const);
  const kana = counts.find(([s]) => s === 'kana')![1];
  const han = counts.find(([s]) => s === 'han')![1];
  // Japanese mixes kana into its Han; Chinese has none.
  if (kana > 0 && kana * 5 >= han) return 'kana';
  let best: LanguageData['script'] = 'latin';
  let most = 0;
  for (const [script, n] of counts) {
    // Han and kana count a character each; halve them against alphabetic scripts' letters.
    const weight = script === 'han' || script === 'hangul' ? n * 2 : n;
    if (weight > most) {
      best = script;
      most = weight;
    }
  }
  return best;
}

/**
 * The languages whose cues apply to an article: its declared lang (with English, which
 * wire copy and quotes in any language mix in), the language its common words make sure of
 * when it does not say, or every language of its script when they cannot tell.
 */
export function languagesFor(lang: string | undefined | null, paragraphs: readonly string[]): LanguageData[] {
  const code = (lang ?? '').toLowerCase().split(/[-_]/u)[0] ?? '';
  const declared = LANGUAGES[code];
  const sample = sampleOf(paragraphs);
  const script = scriptOf(sample);
  const hits = script === 'latin' ? commonWordHits(sample, BY_SCRIPT.latin) : undefined;
  const guessed = hits ? guessLanguage(hits) : undefined;
  const withEnglish = (l: LanguageData) => (l === en ? [en] : [l, en]);
  if (declared && (declared.script === script || (declared.script === 'kana' && script === 'han'))) {
    // A template's lang="en" over German text: the words overrule it only when they are sure.
    const overruled =
      guessed && guessed.language !== declared && (hits!.get(declared) ?? 0) * 4 < guessed.hits;
    return withEnglish(overruled ? guessed.language : declared);
  }
  // An undeclared page in a language the words make sure of reads as if it said so, English
  // too: every language of the script at once reads an English aside ("a microbiologist at …")
  // with other languages' words, and matches each cue against every language's verbs (the
  // largest single cost in a profile of findQuotes). Pages the words leave unsure keep them all.
  if (guessed) return withEnglish(guessed.language);
  return BY_SCRIPT[script];
}
