import { type CuePatterns, cuePatterns, splitVerbBodies } from './cue-patterns';
import { genderEndings, genderWords } from './gender-words';
import { LANGUAGES, type LanguageData, languagesFor } from './lang';
import { TITLE_ABBREVIATIONS } from './lexicon';
import { ownedSourceHint, ownedSourcePattern } from './owned-source';
import { alternation } from './regex-words';
import { type VerbSecondWords, verbSecondWords } from './verb-second-words';
import { type WordsAroundSubject, wordsAroundSubject } from './words-around-subject';

/**
 * The cues of the languages in force for the article being read, compiled once per set
 * of languages and cached. findQuotes selects them at its start (useLanguagesOf) and the
 * cue and resolver rules read them through activeLanguage(): one article at a time, the
 * finder is synchronous, so a module-level "current language" is safe and keeps the
 * rules' signatures free of a parameter every helper would only pass along.
 */
export interface CompiledLanguage extends WordsAroundSubject, CuePatterns, VerbSecondWords {
  key: string;
  codes: ReadonlySet<string>;
  /** The article's own language (the first in force; English comes after it as a fallback). */
  primary: string;
  /** A verb of saying (first match). */
  verb: RegExp;
  /** Every verb of saying (global). */
  verbAll: RegExp;
  /**
   * A verb of saying after a comma or a quote's close, ending the text ("“…”, cuenta ", "„…“,
   * sagte "): a name next is its subject (not "Trump called Ailes", whose name is the object).
   */
  verbBefore: RegExp;
  /** "according to" and its kin followed by a space. */
  source: RegExp;
  sourceAll: RegExp;
  /** Source words followed by a genitive name (lang genitiveSources), and its endings → nominative. */
  genitiveSource: RegExp | null;
  genitiveEndings: readonly (readonly [string, string])[];
  /** A sentence opening "Para o deputado X," (lang openingSources): the person in group 1. */
  openingSource: RegExp | null;
  /** Text ending in a genitive source and the words of its clause so far ("По словам заместителя мэра "). */
  genitiveLead: RegExp | null;
  /** "in X’s words": the owner's name in the one group that took part (lang ownedSources; global); null with none. */
  ownedSourceAll: RegExp | null;
  /** A word one of ownedSourceAll's frames needs: without it, that pattern is not run. */
  ownedSourceHint: RegExp | null;
  /** Text opening with a verb or a source word: “…”, said X / “…”, según X. */
  lead: RegExp;
  /** A short subject and a lead-only verb ending the clause after a quote: “…,” Wilgus shares (on her blog). */
  subjectLead: RegExp;
  /** A subjectless attribution clause before a verb ("jak podała"), ending where the verb starts. */
  asClause: RegExp | null;
  /** A base form of a verb of saying after "to" ("Mosseri to claim"); whoever stands before "to" speaks. Null with no such verbs. */
  infinitiveCue: RegExp | null;
  /** Verbs that carry their own pronoun subject: “…”, ujarnya. */
  pronounVerb: RegExp | null;
  participles: ReadonlySet<string>;
  pronouns: ReadonlySet<string>;
  orgNouns: ReadonlySet<string>;
  /** Words that show a person's gender, lower case, abbreviations with their full stop (lang masculine/feminine). */
  gender: ReadonlyMap<string, Gender>;
  /** Any of those words, for one pass over a paragraph (global); null with none. */
  genderWord: RegExp | null;
  /** Role-noun endings that show it (lang masculineEndings/feminineEndings), longest first. */
  genderEndings: readonly (readonly [string, Gender])[];
  /** A body named in the locative after "в" and its nominative ("в пресс-службе" → "пресс-служба"; lang locativeBodies). */
  locativeBodies: ReadonlyMap<string, string>;
  /** Case endings of surnames, longest first, and the nominative endings they may replace (lang caseEndings). */
  caseEndings: readonly string[];
  nominativeEndings: readonly string[];
  /** Role nouns of the languages in force (lang roleWords), beside the English lexicon's. */
  roleWords: ReadonlySet<string>;
  /** Endings of a place in the genitive before a name (lang genitivePlaceEndings). */
  genitivePlaceEndings: readonly string[];
  /** Prepositions that end a name in the article's own language (lang nameBreaks). */
  nameBreaks: ReadonlySet<string>;
  /** Determiners that open a capitalised noun phrase, in a language that capitalises nouns (lang notNameStarts). */
  notNameStarts: ReadonlySet<string>;
  /** Endings of role nouns of the article's own language (lang roleEndings; a compounding language's role words too). */
  roleEndings: readonly string[];
  /** The article's own language joins a body to its role with a hyphen ("Readly-CEO"; lang compoundRoles). */
  compoundRoles: boolean;
  /** Words that make a capitalised run a body's name (lang orgWords), lower case. */
  orgWords: ReadonlySet<string>;
  /** Words that are never role nouns in the languages in force (lang notRoles). */
  notRoles: ReadonlySet<string>;
  /** An unspaced organisation's name, two to six characters before an ending (海蓝汽车); null without such a language. */
  hanOrg: RegExp | null;
  /** A first-person word: the voice of someone speaking about themselves. */
  firstPerson: RegExp;
  /** "i", "we", "you": pronouns of the first and second person as subjects (lang personalSubjects). */
  personalSubjects: ReadonlySet<string>;
  /** Where a subject named after its verb ends: "said Rao in a statement" (global: reset lastIndex before a scan). */
  afterSubjectEnd: RegExp;
  /** Paragraphs opening with a dash are direct speech (lang dashDialogue). */
  dashDialogue: boolean;
  /** Subject particles and quotatives (Korean), when such a language is in force. */
  particles: {
    particles: readonly string[];
    quotatives: readonly string[];
    nameSuffixes: readonly string[];
    roleSuffixes: readonly string[];
    connectives: ReadonlySet<string>;
  } | null;
  /** Verbs, role words, clause breaks and the words around a subject in an unspaced script with no particles (Chinese). */
  han: {
    verbs: readonly string[];
    roleSuffixes: readonly string[];
    clauseBreaks: readonly string[];
    leadIns: readonly string[];
    openers: readonly string[];
  } | null;
}

export type Gender = 'm' | 'f';

const cache = new Map<string, CompiledLanguage>();

/** The gender a word shows, if any: "M." is a title, "m" (1.5m) is not; "he." at a sentence's end is "he". */
export function genderOfWord(word: string, gender: ReadonlyMap<string, Gender>): Gender | undefined {
  const lower = word.toLowerCase();
  return gender.get(lower) ?? (lower.endsWith('.') ? gender.get(lower.slice(0, -1)) : undefined);
}

/** Spaced scripts get word boundaries; Chinese and Japanese words sit between other letters. */
function bounded(body: string, spaced: boolean): string {
  return spaced ? `(?<![\\p{L}\\p{N}’'-])${body}(?![\\p{L}\\p{N}])` : body;
}

const ABBREVIATIONS = `(?<!\\b(?:${TITLE_ABBREVIATIONS.join('|')}|dr|prof|\\p{Lu}))`;

export function compileLanguages(langs: readonly LanguageData[]): CompiledLanguage {
  const key = langs.map((l) => l.code).join('+');
  const cached = cache.get(key);
  if (cached) return cached;
  const spaced = langs.some((l) => l.script !== 'han' && l.script !== 'kana');
  const unspaced = langs.filter((l) => l.script === 'han' || l.script === 'kana');
  // (Each split verb joined too, "teilte mit": the text reads so after joinSplitVerbs.)
  const spacedVerbs = langs
    .filter((l) => l.script !== 'han' && l.script !== 'kana')
    .flatMap((l) => [...l.verbs, ...(l.splitVerbs ?? []).map((pair) => pair.join(' '))]);
  const split = splitVerbBodies(langs);
  const verbBody = [
    split.length > 0 ? bounded(`(?:${split.join('|')})`, true) : '',
    spaced ? bounded(alternation(spacedVerbs), true) : '',
    unspaced.length > 0 ? alternation(unspaced.flatMap((l) => l.verbs)) : '',
  ]
    .filter(Boolean)
    .join('|');
  const verbSource = `(?:${verbBody})`;
  const sources = alternation(langs.flatMap((l) => l.sources ?? []));
  const pronounVerbs = langs.flatMap((l) => l.pronounVerbs ?? []);
  const ends = alternation(langs.flatMap((l) => l.subjectEnds ?? []));
  const gender = genderWords(langs);
  const compiled: CompiledLanguage = {
    key,
    codes: new Set(langs.map((l) => l.code)),
    primary: langs[0]?.code ?? 'en',
    verb: new RegExp(verbSource, 'iu'),
    verbAll: new RegExp(verbSource, 'giu'),
    verbBefore: new RegExp(`[,”"»“—–]\\s*${verbSource}\\s+$`, 'iu'),
    source: new RegExp(`(?<![\\p{L}])${sources}\\s+`, 'iu'),
    sourceAll: new RegExp(`(?<![\\p{L}])${sources}\\s+`, 'giu'),
    genitiveSource: langs.some((l) => l.genitiveSources?.length)
      ? new RegExp(`^${alternation(langs.flatMap((l) => l.genitiveSources ?? []))}\\s+$`, 'iu')
      : null,
    genitiveEndings: langs.flatMap((l) => l.genitiveEndings ?? []),
    openingSource: langs.some((l) => l.openingSources?.length)
      ? new RegExp(
          `^\\s*${alternation(langs.flatMap((l) => l.openingSources ?? []))}\\s+([^,.;:!?«»“”"]{3,80}),`,
          'iu',
        )
      : null,
    genitiveLead: langs.some((l) => l.genitiveSources?.length)
      ? new RegExp(
          `(?<![\\p{L}])${alternation(langs.flatMap((l) => l.genitiveSources ?? []))}\\s+[^,.;:!?«»“”"]{0,120}$`,
          'iu',
        )
      : null,
    ownedSourceAll: ownedSourcePattern(langs),
    ownedSourceHint: ownedSourceHint(langs),
    ...cuePatterns(langs),
    lead: new RegExp(
      `^(?:${verbSource}|${bounded(alternation(langs.flatMap((l) => l.leadVerbs ?? [])), true)}|${sources})[\\s,]+`,
      'iu',
    ),
    subjectLead: new RegExp(
      // (A language's group subjects first, "Chiou and Howlett write", then a name or a pronoun.)
      `^(${langs.flatMap((l) => (l.groupSubjects ?? []).map((subject) => `${subject}|`)).join('')}\\p{Lu}[\\p{L}’'.-]*(?:\\s+\\p{Lu}[\\p{L}’'.-]*){0,3}|${alternation(langs.flatMap((l) => l.pronouns ?? []))})\\s+${bounded(alternation(langs.flatMap((l) => l.leadVerbs ?? [])), true)}(?:\\s+${ends}\\s[^,.!?;:“"„«»]{1,40})?\\s*(?:[,.!?;]|$)`,
      'u',
    ),
    asClause: langs.some((l) => l.asWords?.length)
      ? new RegExp(`(?:^|[,—–]\\s*)${alternation(langs.flatMap((l) => l.asWords ?? []))}\\s+$`, 'iu')
      : null,
    infinitiveCue: langs.some((l) => l.infinitives?.length)
      ? new RegExp(
          `(?<=\\sto\\s+)${bounded(alternation(langs.flatMap((l) => l.infinitives ?? [])), true)}`,
          'u',
        )
      : null,
    pronounVerb:
      pronounVerbs.length > 0 ? new RegExp(`^${bounded(alternation(pronounVerbs), true)}`, 'iu') : null,
    participles: new Set(langs.flatMap((l) => l.participles ?? [])),
    pronouns: new Set(langs.flatMap((l) => l.pronouns ?? [])),
    orgNouns: new Set(langs.flatMap((l) => l.orgNouns ?? [])),
    gender,
    genderWord: gender.size > 0 ? new RegExp(bounded(alternation(gender.keys()), true), 'giu') : null,
    genderEndings: genderEndings(langs),
    notRoles: new Set(declaredOnly(langs)?.notRoles ?? []),
    roleWords: new Set(langs.flatMap((l) => l.roleWords ?? [])),
    // (Only the article's own language's: endings are its word-building, and an English page that
    // does not name its language must not read "Democrat" as German "-rat" or "Constantin" as "-antin".)
    roleEndings: [
      ...(langs[0]?.roleEndings ?? []),
      ...(langs[0]?.compoundRoles ? (langs[0].roleWords ?? []) : []),
    ],
    compoundRoles: langs[0]?.compoundRoles === true,
    nameBreaks: new Set(langs[0]?.nameBreaks ?? []),
    notNameStarts: new Set(langs[0]?.notNameStarts ?? []),
    // (Only the article's own language: in English "Randi" and "Henry" end like Polish genitives.)
    genitivePlaceEndings: langs[0]?.genitivePlaceEndings ?? [],
    orgWords: new Set(langs.flatMap((l) => l.orgWords ?? [])),
    locativeBodies: new Map(langs.flatMap((l) => l.locativeBodies ?? [])),
    caseEndings: [...new Set(langs.flatMap((l) => l.caseEndings ?? []))].sort((a, b) => b.length - a.length),
    nominativeEndings: ['', ...new Set(langs.flatMap((l) => l.nominativeEndings ?? []))],
    hanOrg: hanOrgPattern(langs.flatMap((l) => l.orgSuffixes ?? [])),
    personalSubjects: new Set(langs.flatMap((l) => l.personalSubjects ?? [])),
    firstPerson: new RegExp(bounded(alternation(langs.flatMap((l) => l.firstPerson ?? [])), spaced), 'iu'),
    afterSubjectEnd: new RegExp(`\\s+${ends}\\s|[;:!?(—–]|\\s-\\s|${ABBREVIATIONS}\\.(?=\\s|$)`, 'gu'),
    ...wordsAroundSubject(langs),
    ...verbSecondWords(langs),
    particles: null,
    han: null,
    // Only when every language in force writes dialogue this way: in English a leading dash signs a tweet.
    dashDialogue:
      langs.filter((l) => l.code !== 'en').length > 0 &&
      langs.filter((l) => l.code !== 'en').every((l) => l.dashDialogue),
  };
  const particleLangs = langs.filter((l) => l.subjectParticles && l.quotatives);
  compiled.particles =
    particleLangs.length === 0
      ? null
      : {
          particles: particleLangs.flatMap((l) => l.subjectParticles ?? []),
          quotatives: particleLangs.flatMap((l) => l.quotatives ?? []),
          nameSuffixes: particleLangs.flatMap((l) => l.nameSuffixes ?? []),
          roleSuffixes: particleLangs.flatMap((l) => l.roleSuffixes ?? []),
          connectives: new Set(particleLangs.flatMap((l) => l.connectives ?? [])),
        };
  const hanLangs = langs.filter((l) => l.script === 'han' && l.clauseBreaks);
  compiled.han =
    hanLangs.length === 0
      ? null
      : {
          verbs: hanLangs.flatMap((l) => l.verbs),
          roleSuffixes: hanLangs.flatMap((l) => l.roleSuffixes ?? []),
          clauseBreaks: hanLangs.flatMap((l) => l.clauseBreaks ?? []),
          // Longest first, so 对记者 is taken whole before a shorter word it ends in.
          leadIns: hanLangs.flatMap((l) => l.verbLeadIns ?? []).sort((a, b) => b.length - a.length),
          openers: hanLangs.flatMap((l) => l.subjectOpeners ?? []).sort((a, b) => b.length - a.length),
        };
  cache.set(key, compiled);
  return compiled;
}

/**
 * The one language other than English in force, when the page declared it: words that
 * are not roles there ("son") may still be roles on an undeclared page that is English.
 */
function declaredOnly(langs: readonly LanguageData[]): LanguageData | undefined {
  const others = langs.filter((l) => l.code !== 'en');
  return others.length === 1 ? others[0] : undefined;
}

function hanOrgPattern(suffixes: readonly string[]): RegExp | null {
  if (suffixes.length === 0) return null;
  // Only a run that opens a clause: "…，海蓝汽车等多家…" names 海蓝汽车, not "等多家国内新能源".
  return new RegExp(`(?<!\\p{Script=Han})\\p{Script=Han}{2,6}?${alternation(suffixes)}`, 'gu');
}

/** All languages at once: what spans and cues used before any article set a language. */
let active: CompiledLanguage = compileLanguages(Object.values(LANGUAGES));

export function activeLanguage(): CompiledLanguage {
  return active;
}

/** Selects the languages for an article (by its lang, else by its script) and returns the previous set. */
export function useLanguagesOf(
  lang: string | undefined | null,
  paragraphs: readonly string[],
): CompiledLanguage {
  const previous = active;
  active = compileLanguages(languagesFor(lang, paragraphs));
  return previous;
}

export function restoreLanguage(previous: CompiledLanguage): void {
  active = previous;
}
