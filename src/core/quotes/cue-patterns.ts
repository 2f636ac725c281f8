import type { LanguageData } from './lang';
import { alternation } from './regex-words';

/** Patterns of a clause around a quote that change who its cue names, for the languages in force. */
export interface CuePatterns {
  /**
   * "according to a statement from the agency", "heißt es in der Mitteilung des Verbands", "selon un
   * communiqué de la préfecture": a body's document before its issuer, who is the one speaking (lang
   * documents, issuedBy); null where no language lists them.
   */
  issuedBy: RegExp | null;
  /** "heißt es": a verb of saying whose subject is no one (lang impersonal). */
  impersonal: RegExp;
  /** "The report states:", "Verhagen highlights that": a lead verb closing the clause before a quote (lang leadsBefore). */
  leadClosing: RegExp;
}

export function cuePatterns(langs: readonly LanguageData[]): CuePatterns {
  return {
    issuedBy: issuedByPattern(
      langs.flatMap((l) => l.documents ?? []),
      langs.flatMap((l) => l.issuedBy ?? []),
    ),
    impersonal: new RegExp(`^${alternation(langs.flatMap((l) => l.impersonal ?? []))}[\\s,]*$`, 'iu'),
    // (Case-sensitive: "the United States:" closes no clause with a verb.)
    leadClosing: new RegExp(
      `\\s${alternation(langs.flatMap((l) => l.leadsBefore ?? []))}(?:\\s+that)?\\s*:?\\s*$`,
      'u',
    ),
  };
}

/**
 * Up to three lower-case words (a preposition, an article, an adjective), the document, its link
 * word, and a letter after it (so "in una nota del 12 maggio" names no one).
 */
function issuedByPattern(documents: readonly string[], links: readonly string[]): RegExp | null {
  if (documents.length === 0 || links.length === 0) return null;
  // (Case-sensitive, so a name is never taken for the words before the document — "said Doe in a
  // statement from her lawyer" keeps its subject; German nouns come capitalised.)
  const nouns = documents.flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)]);
  return new RegExp(
    `^\\s*(?:\\p{Ll}[\\p{L}-]*\\s+){0,3}?${alternation(nouns)}\\s+${alternation(links)}\\s+(?=\\p{L})`,
    'u',
  );
}
