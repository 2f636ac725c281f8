import type { LanguageData } from './lang';
import { alternation } from './regex-words';

/**
 * The words that stand between a subject and its verb without being part of the subject, for the
 * languages in force: auxiliaries and adverbs ("Espinosa has also said", "le juge avait déclaré"),
 * object pronouns ("una fuente … nos la resumió"), a phrase opened by a preposition ("Firma ve svém
 * prohlášení uvedla"), and after the verb, the person addressed ("сказал нам собеседник").
 */
export interface WordsAroundSubject {
  /** Auxiliaries and adverbs closing the words before a verb (lang auxiliaries, and English "has to"). */
  auxiliaryBeforeVerb: RegExp;
  /** Object pronouns closing the words before a verb (lang objectPronouns); null where the language has none. */
  objectPronounBeforeVerb: RegExp | null;
  /**
   * A phrase between a subject and its verb, opened by one of the article's own prepositions
   * ("Firma ve svém prohlášení uvedla", "Министр в интервью сказал"); null in English, where a
   * phrase after the subject belongs to it ("a spokesman for the council said").
   */
  phraseBeforeVerb: RegExp | null;
  /** One of the article's own prepositions ending the text before a run of capitals ("v Motole Jan Novák"): a place opens the run. */
  prepositionBefore: RegExp | null;
  /**
   * Adverbs right after a verb of saying, before the subject or in its place («…», insistió ayer;
   * «…», aseguró luego en una entrevista): lang auxiliaries in lower case, never the subject. Only
   * words of four letters or more: "a" is French "has" but English "a spokesman".
   */
  adverbAfterVerb: RegExp;
  /**
   * The same adverbs, in lower case, closing the words after a verb («…», dijo el ministro ayer; „…“,
   * so die Sprecherin weiter): they end the clause, not the subject's name.
   */
  adverbEndingSubject: RegExp;
  /** The person addressed, in the dative, right after a verb of saying ("рассказал журналистам"); null where no language lists them. */
  addresseeAfterVerb: RegExp | null;
  /** A time right after a verb of saying ("erklärte Anfang März"); null where no language lists them. */
  timeAfterVerb: RegExp | null;
  /** A word of comparison ending the text before a name ("unlike Smith", "ähnlich wie Molina"); null where no language lists them. */
  comparisonBefore: RegExp | null;
}

/**
 * English verbs that lead to the verb of saying with "to" ("has to say", "is known to have said",
 * "Officials want to"): words between the subject and its verb, whatever languages are in force
 * (wire copy quotes English into any page).
 */
const INFINITIVE_LEADS =
  '(?:has|had|have|wants?|wanted|likes?|liked|used|going|tends?|tended|needs?|needed|seems?|seemed|continues?|continued|decided|began|begins?|known|said|reported|believed|thought) to|(?<=\\p{Ll}s\\s)to';

export function wordsAroundSubject(langs: readonly LanguageData[]): WordsAroundSubject {
  // (Object pronouns, prepositional phrases and places: only the article's own language, so "the
  // woman next to me said" keeps its "me" and "a spokesman for the council" its council.)
  const own = langs[0];
  const ownPrepositions = own && own.code !== 'en' && own.subjectEnds?.length ? own.subjectEnds : null;
  return {
    auxiliaryBeforeVerb: new RegExp(
      `(?:\\s+(?:${INFINITIVE_LEADS}|${alternation(langs.flatMap((l) => l.auxiliaries ?? []))}))+\\s*$`,
      'iu',
    ),
    adverbAfterVerb: new RegExp(
      `^\\s*(?:${alternation(langs.flatMap((l) => (l.auxiliaries ?? []).filter((w) => w.length > 3)))})(?=[\\s,.;!?]|$)(?:\\s*,)?`,
      'u',
    ),
    adverbEndingSubject: new RegExp(
      `(?:\\s+(?:${alternation(langs.flatMap((l) => (l.auxiliaries ?? []).filter((w) => w.length > 3)))}))+\\s*$`,
      'u',
    ),
    objectPronounBeforeVerb: own?.objectPronouns
      ? new RegExp(`\\s+${alternation(own.objectPronouns)}\\s*$`, 'u')
      : null,
    phraseBeforeVerb:
      ownPrepositions && own!.script !== 'han' && own!.script !== 'kana'
        ? phraseAfter(ownPrepositions)
        : null,
    prepositionBefore: ownPrepositions
      ? new RegExp(`(?<!\\p{L})${alternation(ownPrepositions)}\\s+$`, 'u')
      : null,
    addresseeAfterVerb: langs.some((l) => l.addressees?.length)
      ? new RegExp(`^\\s*${alternation(langs.flatMap((l) => l.addressees ?? []))}\\s+(?=\\p{L})`, 'iu')
      : null,
    timeAfterVerb: langs.some((l) => l.timePhrases?.length)
      ? new RegExp(
          `^\\s*${alternation(langs.flatMap((l) => l.timePhrases ?? []))}(?:\\s+\\d{4})?(?!\\p{L})`,
          'u',
        )
      : null,
    comparisonBefore: langs.some((l) => l.comparisons?.length)
      ? new RegExp(`(?<!\\p{L})${alternation(langs.flatMap((l) => l.comparisons ?? []))}\\s+$`, 'iu')
      : null,
  };
}

/** Up to six words after the preposition, no punctuation, the last in lower case (a name before the verb is the subject). */
function phraseAfter(prepositions: readonly string[]): RegExp {
  const word = '[^\\s.,;:!?“”„"«»()]+';
  return new RegExp(
    `(?<=\\S)\\s+${alternation(prepositions)}\\s+(?:${word}\\s+){0,5}[\\p{Ll}\\d]${word.slice(0, -1)}*\\s*$`,
    'u',
  );
}
