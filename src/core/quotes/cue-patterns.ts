import type { LanguageData } from './lang';
import { alternation, escapeWord } from './regex-words';

/** Patterns of a clause around a quote that change who its cue names, for the languages in force. */
export interface CuePatterns {
  /**
   * "according to a statement from the agency", "heißt es in der Mitteilung des Verbands", "selon un
   * communiqué de la préfecture": a body's document before its issuer, who is the one speaking (lang
   * documents, issuedBy); null where no language lists them.
   */
  issuedBy: RegExp | null;
  /**
   * "I got an email reply from a Google representative.": a document and its issuer anywhere in a
   * sentence, a word of its own allowed between them (lang documents, issuedBy); null where none.
   */
  documentFrom: RegExp | null;
  /** ", obtained by the Daily Haymaker" and all after it, in a source's words (lang heldBy); null where none. */
  heldBy: RegExp | null;
  /** Possessive determiners and the pronoun each stands for, or null (lang possessives). */
  possessives: ReadonlyMap<string, string | null>;
  /** "heißt es": a verb of saying whose subject is no one (lang impersonal). */
  impersonal: RegExp;
  /** "Von der Polizei" before "hieß es": who the impersonal verb's words come from, without its article (group 1); null where none. */
  impersonalFrom: RegExp | null;
  /** "desde el Ministerio de Sanidad": a body a subjectless verb speaks for, without the preposition (group 1); null where none (lang bodyFrom). */
  bodyFrom: RegExp | null;
  /** "We asked the product manager to …": the one the writer asked (group 1); null where none (lang askedBy). */
  askedWhom: RegExp | null;
  /** "The report states:", "Verhagen highlights that": a lead verb closing the clause before a quote (lang leadsBefore). */
  leadClosing: RegExp;
  /**
   * „…“, schimpft der AfD-Chef: a comma and a lower-case word that no list of the article's own
   * language holds as another kind of word (article, preposition, adverb, pronoun…), in a
   * verb-second language (lang verbSecond); null elsewhere.
   */
  verbSecondVerb: RegExp | null;
  /** The documents that speak for whoever issued them, in the languages in force (lang documents), lower case. */
  documents: ReadonlySet<string>;
  /**
   * "teilte die Polizei mit", "laat de woordvoerder weten": a split verb with its parts in groups —
   * the finite part (1), the words between (2), the particle (3) — for joinSplitVerbs; null where none.
   */
  splitVerb: RegExp | null;
  /** "im ", "zum " ending the text before a run of capitals (lang articlePrepositions); null where none. */
  articlePrepositionBefore: RegExp | null;
  /** "to become ", "was named the " ending the text before a role (lang officeVerbs); null where none. */
  officeVerbBefore: RegExp | null;
  /** "Así lo resumió", "Con esas palabras ha descrito" opening the text after a quote (lang mannerOpeners); null where none. */
  mannerOpening: RegExp | null;
  /**
   * "a few carried signs:", "a banner reading" right before a quote: shown words (lang shownOn,
   * shownBy; group 1 the linking word); null where none.
   */
  shownLead: RegExp | null;
  /** "that …", ", że …": a reported clause opening the words after a verb (lang complementizers). */
  reportedClause: RegExp;
}

export function cuePatterns(langs: readonly LanguageData[]): CuePatterns {
  return {
    issuedBy: issuedByPattern(
      langs.flatMap((l) => l.documents ?? []),
      langs.flatMap((l) => l.issuedBy ?? []),
    ),
    documentFrom: documentFromPattern(
      langs.flatMap((l) => l.documents ?? []),
      langs.flatMap((l) => l.issuedBy ?? []),
    ),
    heldBy: langs.some((l) => l.heldBy?.length)
      ? new RegExp(`\\s+${alternation(langs.flatMap((l) => l.heldBy ?? []))}\\s.*$`, 'iu')
      : null,
    possessives: new Map(langs.flatMap((l) => Object.entries(l.possessives ?? {}))),
    impersonal: new RegExp(`^${alternation(langs.flatMap((l) => l.impersonal ?? []))}[\\s,]*$`, 'iu'),
    impersonalFrom: langs.some((l) => l.impersonalFrom?.length)
      ? new RegExp(
          `^\\s*${alternation(langs.flatMap((l) => l.impersonalFrom ?? []))}\\s+(?:(?:der|dem|den|des)\\s+)?(\\p{Lu}[^,;:]{1,60}?)\\s*$`,
          'iu',
        )
      : null,
    bodyFrom: langs.some((l) => l.bodyFrom?.length)
      ? new RegExp(`^\\s*${alternation(langs.flatMap((l) => l.bodyFrom ?? []))}\\s+(\\S.{0,60}?)\\s*$`, 'iu')
      : null,
    // ("I asked Tom Harris why …", "We asked the Garmin product manager to explain …": whom the writer
    // asked, group 1, up to what was asked.)
    askedWhom: langs.some((l) => l.askedBy?.length)
      ? new RegExp(
          `^\\s*${alternation(langs.flatMap((l) => l.askedBy ?? []))}\\s+((?:the|a|an)\\s+[^,.;:!?“”"]{2,60}?|\\p{Lu}[\\p{L}’'-]+(?:\\s+\\p{Lu}[\\p{L}’'-]+){0,3})(?=\\s+(?:to|about|for|if|whether|why|how|what|when|who)\\b|\\s*[,.;:!?]|$)`,
          'u',
        )
      : null,
    // (Case-sensitive: "the United States:" closes no clause with a verb.)
    // ("the company previously reported that women are “…”": the reported clause may run up to the
    // quote; not after a passive's auxiliary, "it was reported that".)
    leadClosing: new RegExp(
      `(?<!\\b(?:was|were|is|are|been|be|being))\\s${alternation(langs.flatMap((l) => l.leadsBefore ?? []))}(?:\\s+that(?:\\s+[^.!?;:“”"„«»]{1,80}?)?)?\\s*:?\\s*$`,
      'u',
    ),
    verbSecondVerb: verbSecondPattern(langs[0]),
    documents: new Set(langs.flatMap((l) => l.documents ?? [])),
    // (Any finite part with any particle: a pair no language lists joins into no verb of saying.)
    splitVerb: langs.some((l) => l.splitVerbs?.length)
      ? new RegExp(
          `(?<![\\p{L}])(${alternation(langs.flatMap((l) => (l.splitVerbs ?? []).map((v) => v[0])))})((?:\\s+[^\\s„“”"«»,.]+){1,6}?)\\s+(${alternation(langs.flatMap((l) => (l.splitVerbs ?? []).map((v) => v[1])))})(?![\\p{L}])`,
          'giu',
        )
      : null,
    mannerOpening: langs.some((l) => l.mannerOpeners?.length)
      ? new RegExp(`^${alternation(langs.flatMap((l) => l.mannerOpeners ?? []))}\\s+`, 'iu')
      : null,
    articlePrepositionBefore: langs.some((l) => l.articlePrepositions?.length)
      ? new RegExp(`(?<!\\p{L})${alternation(langs.flatMap((l) => l.articlePrepositions ?? []))}\\s+$`, 'iu')
      : null,
    // (One lower-case word may come between: "became the", "was named as".)
    officeVerbBefore: langs.some((l) => l.officeVerbs?.length)
      ? new RegExp(
          `(?<!\\p{L})${alternation(langs.flatMap((l) => l.officeVerbs ?? []))}(?:\\s+\\p{Ll}+)?\\s+$`,
          'iu',
        )
      : null,
    // (The thing's name, then a colon or a linking word; earlier quotes of the sentence stand as "Q".)
    shownLead: langs.some((l) => l.shownOn?.length && l.shownBy?.length)
      ? new RegExp(
          `(?<![\\p{L}-])${alternation(langs.flatMap((l) => l.shownOn ?? []))}(?:\\s*:|\\s+(${alternation(langs.flatMap((l) => l.shownBy ?? []))})\\s*:?)\\s*(?:Q\\s*[,.]?\\s*(?:or|and)?\\s*)*$`,
          'iu',
        )
      : null,
    reportedClause: new RegExp(
      `^[\\s,]*${alternation(langs.flatMap((l) => l.complementizers ?? []))}(?=\\s|(?<=['’])\\p{L})`,
      'iu',
    ),
  };
}

/**
 * The words between a document and its issuer, with the space after them (none after an elided
 * link: "una nota dell’azienda"); optional where a language lists the empty one (Russian's genitive).
 */
function linkPattern(links: readonly string[]): string {
  const link = `\\s+${alternation(links)}(?:\\s+|(?<=['’]))`;
  return links.includes('') ? `(?:${link}|\\s+)` : link;
}

function documentFromPattern(documents: readonly string[], links: readonly string[]): RegExp | null {
  if (documents.length === 0 || links.length === 0) return null;
  return new RegExp(
    `(?<!\\p{L})${alternation(documents)}(?:\\s+\\p{Ll}+)?${linkPattern(links)}(?=\\p{L})`,
    'iu',
  );
}

function verbSecondPattern(own: LanguageData | undefined): RegExp | null {
  if (!own?.verbSecond) return null;
  const known = [
    ...(own.commonWords ?? []),
    ...(own.notNameStarts ?? []),
    ...(own.frontedOpeners ?? []),
    ...(own.frontedAdverbs ?? []),
    ...(own.auxiliaries ?? []),
    ...(own.pronouns ?? []),
    ...(own.subjectEnds ?? []),
    ...(own.nameBreaks ?? []),
  ];
  // (Four letters or more, or three ending in "t": "von", "bis" are no verbs; "sagt", "weiß", "rät" are.)
  return new RegExp(`^\\s*,\\s*(?!${alternation(known)}\\s)(?:\\p{Ll}{4,}|\\p{Ll}{2}t)\\s+(?=\\p{L})`, 'u');
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
    `^\\s*(?:\\p{Ll}[\\p{L}-]*\\s+){0,3}?${alternation(nouns)}${linkPattern(links)}(?=\\p{L})`,
    'u',
  );
}

/** "laat … weten", "teilte … mit": each split verb's finite part, up to six words, then its particle. */
export function splitVerbBodies(langs: readonly LanguageData[]): string[] {
  return langs
    .flatMap((l) => l.splitVerbs ?? [])
    .map(
      ([finite, particle]) => `${escapeWord(finite)}(?:\\s+[^\\s„“”"«»,.]+){1,6}?\\s+${escapeWord(particle)}`,
    );
}
