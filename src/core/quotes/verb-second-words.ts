import type { LanguageData } from './lang';
import { alternation } from './regex-words';

/**
 * The words a verb-second sentence (German, Dutch) is read by: the fronted adverbs of every
 * language in force, the rest from the article's own language only ("In", "als" and "over" open
 * English subjects' sentences too).
 */
export interface VerbSecondWords {
  /** Adverbs before the verb of a verb-second language, the subject after it (lang frontedAdverbs). */
  frontedAdverbs: ReadonlySet<string>;
  /** Prepositions and conjunctions that open a fronted phrase in a verb-second language (lang frontedOpeners). */
  frontedOpeners: ReadonlySet<string>;
  /** Pronouns that are only ever a subject, in a verb-second language (lang subjectPronouns). */
  subjectPronouns: ReadonlySet<string>;
  /** A reflexive pronoun opening the words after a verb (lang reflexives), or null. */
  reflexiveFirst: RegExp | null;
  /** A clause after a comma opened by a word that credits whoever it names (lang clauseSources), or null. */
  clauseSource: RegExp | null;
}

export function verbSecondWords(langs: readonly LanguageData[]): VerbSecondWords {
  const own = langs[0];
  return {
    frontedAdverbs: new Set(langs.flatMap((l) => l.frontedAdverbs ?? [])),
    frontedOpeners: new Set(own?.frontedOpeners ?? []),
    subjectPronouns: new Set(own?.subjectPronouns ?? []),
    reflexiveFirst: own?.reflexives?.length ? new RegExp(`^${alternation(own.reflexives)}\\s+`, 'u') : null,
    clauseSource: own?.clauseSources?.length
      ? new RegExp(`^${alternation(own.clauseSources)}\\s+(?=\\p{L})`, 'u')
      : null,
  };
}
