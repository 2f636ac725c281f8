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
  /**
   * One auxiliary or object pronoun of the article's own language, or an elided one ("l’"), ending
   * the words before a verb, in either case ("Ha detto", "Como lo dijo", "Comme l’a dit"); null in
   * English, where "Will said" and "Ha said" name people (clitic-lead.ts).
   */
  cliticBeforeVerb: RegExp | null;
  /**
   * The article's own verbs of saying of one word, in lower case ("afirmó"; forms of several words,
   * "ha detto", are left out): a capitalised one opening a sentence ("Afirmó Pérez: «…»") is no part
   * of the name after it. Null in English, where "Said" is also a given name.
   */
  ownVerbs: ReadonlySet<string> | null;
  /**
   * An "as" word or a conjunction that puts the verb last (lang asWords), a name or a noun after its
   * article, and the words up to the verb at the clause's end ("Wie Biden vor seiner Rede sagte",
   * "como Pérez dijo", "Auch wenn der Coach der Franzosen sagt"): the name or noun, in group 1; null
   * with no such words.
   */
  asClauseName: RegExp | null;
  /** The "as" words themselves (lang asWords), lower case: one opening a sentence opens no name ("Como Pérez dijo"). */
  asWords: ReadonlySet<string>;
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
    addresseeAfterVerb: addresseePattern(
      langs.flatMap((l) => l.addressees ?? []),
      langs.flatMap((l) => l.addresseeLinks ?? []),
    ),
    timeAfterVerb: langs.some((l) => l.timePhrases?.length)
      ? new RegExp(
          `^\\s*${alternation(langs.flatMap((l) => l.timePhrases ?? []))}(?:\\s+\\d{4})?(?!\\p{L})`,
          'u',
        )
      : null,
    comparisonBefore: langs.some((l) => l.comparisons?.length)
      ? new RegExp(`(?<!\\p{L})${alternation(langs.flatMap((l) => l.comparisons ?? []))}\\s+$`, 'iu')
      : null,
    cliticBeforeVerb:
      own && own.code !== 'en' && (own.objectPronouns?.length || own.auxiliaries?.length)
        ? new RegExp(
            `(?<=\\s)(?:\\p{L}[’'])?(?:${alternation([...(own.objectPronouns ?? []), ...(own.auxiliaries ?? [])])})\\s*$|(?<=\\s)\\p{L}[’']\\s*$`,
            'iu',
          )
        : null,
    asClauseName: asClauseNamePattern(langs.flatMap((l) => l.asWords ?? [])),
    asWords: new Set(langs.flatMap((l) => l.asWords ?? [])),
    ownVerbs:
      own && own.code !== 'en'
        ? new Set(own.verbs.filter((v) => !/\s/u.test(v)).map((v) => v.toLowerCase()))
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

/**
 * An "as" word opening the clause (capitalised or not), a name, or a noun after its article ("Wie der
 * Kandidat …", "como el ministro …"), then words up to the clause's end: the name or noun in group 1.
 */
function asClauseNamePattern(words: readonly string[]): RegExp | null {
  if (words.length === 0) return null;
  // (Case-sensitive: with the i flag \p{Lu} would take lower-case words too.)
  const opener = words.map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|');
  const capitals = "(?:\\s+\\p{Lu}[\\p{L}’'-]*){0,3}";
  const article = '(?:der|die|das|el|la|los|las|le|les|il|lo|o|a|de|het)\\s+';
  const subject = `(?:${article})?(\\p{Lu}[\\p{L}’'-]*${capitals}|(?<=${article})\\p{Ll}[\\p{L}’'-]*${capitals})`;
  // (One word may stand before the conjunction: "Auch wenn der Coach …", "Selbst wenn …".)
  return new RegExp(
    `(?:^|[,—–]\\s*)(?:\\p{L}+\\s+)?(?:${opener})\\s+${subject}(?:\\s+[^\\s,;:.!?“”„"«»]+)*\\s*$`,
    'u',
  );
}

/**
 * "журналистам", "à Lusa", "aos jornalistas", "all’Ansa": the one addressed right after a verb of
 * saying — one of the addressees, or after a link a name or one of them. (No /i: a name's capital
 * must be one; the listed words are written as they stand after a verb, in lower case.)
 */
function addresseePattern(addressees: readonly string[], links: readonly string[]): RegExp | null {
  if (addressees.length === 0 && links.length === 0) return null;
  const nouns = alternation(addressees);
  const linked = links.length
    ? `|${alternation(links)}(?:\\s+|(?<=['’]))(?:${nouns}|\\p{Lu}[\\p{L}’'-]*(?:\\s+\\p{Lu}[\\p{L}’'-]*){0,2})`
    : '';
  return new RegExp(`^\\s*(?:${nouns}${linked})\\s+(?=\\p{L})`, 'u');
}
