import { activeLanguage } from './language';
import { NOT_NAME_STARTS, ORG_WORDS } from './lexicon';
import { isRoleWord } from './role-words';
import { lastWordBeforeSpace } from './text';

/**
 * What the words right around a name say about it (people.ts): a speech verb after it, a
 * possessive, an article or owner before it, whether it opens its clause, a pronoun as the
 * subject. Each reads a few dozen characters or one sentence, never the whole paragraph.
 */

const SIGNAL_AFTER =
  /^(?:['’]s\s+\p{Ll}+\s+(?:said|says)|\s*\(\d{1,3}\)|,\s*(?:de\s+|di\s+)?\d{1,3}\s+\p{L}|,\s*(?:\d{1,3}|aged|a|an|the|who|now|chief|head|director)\b|(?:,[^,]{1,80},|,)?\s+(?:has\s+|had\s+|also\s+)*(?:said|says|told|added|wrote|explained|admitted|insisted|warned|described|sagte|erklärte|a\s+déclaré))/iu;
export const SPEECH_BEFORE = /(?:said|says|told|according to|sagte|so|selon)\s+$/iu;

/**
 * "masquerading as a Tax Preparation Service", "in her Stitch Fix review": after an indefinite
 * article or a possessive, a capitalised run names a thing (people come with a noun between:
 * "her son Jack"); so does one after a capitalised title's "of" ("Minister of Small Business")
 * or after a body's noun ("her company, WeavAir").
 */
export function namesAThing(text: string, start: number): boolean {
  // (German and Dutch too: "von seinem Wohnort Barcelona", "zijn woonplaats".)
  if (
    /(?:^|\s)(?:a|an|her|his|their|its|my|our|your|ein|eine[mnrs]?|sein|seine[mnrs]?|ihr|ihre[mnrs]?|unser|unsere[mnrs]?|een|zijn|haar|hun|onze?)\s+$/iu.test(
      text.slice(Math.max(0, start - 9), start),
    )
  )
    return true;
  // (Never the whole text: a caller's -1, "not found", would make the slice run to the end.)
  const before = start > 0 ? text.slice(Math.max(0, start - 40), start) : '';
  // ("Canada’s Minister of Small Business", "el ministro de Asuntos Exteriores": what a title is of is
  // a portfolio or a body.)
  const last = lastWordBeforeSpace(before);
  const title = TITLE_ENDS.has(last) ? TITLE_OF.exec(before) : null;
  if (title !== null && isRoleWord(title[1]!)) return true;
  // ("Her company, WeavAir, is …", "the startup WeavAir": a body's noun heading its phrase names a
  // body; not a body a role is of, "the president of the association, John Smith".)
  // (The noun is the last word, so a word that is no body's noun needs no search.)
  if (!activeLanguage().orgNouns.has(last.replace(/,$/u, ''))) return false;
  const body = /(?:^|\s)(?:(\S+)\s+)?(?:the|a|an|her|his|its|their|our|my|your)\s+(\p{Ll}+),?\s+$/iu.exec(
    before,
  );
  return (
    body !== null &&
    activeLanguage().orgNouns.has(body[2]!) &&
    !/^(?:of|for|at|from|with|to|in|by)$/iu.test(body[1] ?? '')
  );
}

/**
 * A capitalised word that is no short mention of someone: part of a thing's name ("her Stitch Fix
 * review"), or followed by another capitalised word, so inside a longer name that the name finder
 * did not take for a person ("Drug" in "World Drug Report" is not "Drug Addiction").
 */
export function notALoneName(text: string, start: number, length: number): boolean {
  return (
    namesAThing(text, runStart(text, start)) ||
    // ("at the 2019 Games": "the" before a lone capital names a thing; a person's surname takes none.)
    THE_BEFORE.test(text.slice(Math.max(0, start - 16), start)) ||
    /^ \p{Lu}\p{Ll}/u.test(text.slice(start + length, start + length + 3))
  );
}

/** The words a title's search can end in ("Minister of", "Minister for the", "ministro de"): any other last word, no search. */
const TITLE_ENDS = new Set('of for the de del di della du des da do dos la el los las le les'.split(' '));
const TITLE_OF =
  /(\p{L}[\p{L}-]*)\s+(?:of|for|de|del|di|della|du|des|da|do|dos)\s+(?:(?:the|la|el|los|las|le|les)\s+)?$/u;

const THE_BEFORE = /(?:^|\s)the\s+(?:\d+(?:st|nd|rd|th)?\s+)?$/iu;

/** Where the run of capitalised words holding the word at `start` begins ("Fix" in "her Stitch Fix review"). */
export function runStart(text: string, start: number): number {
  const head = text.slice(Math.max(0, start - 60), start);
  // (Most names follow a lower-case word: no capital in the word before, no run to search for.)
  if (!/\p{Lu}/u.test(lastWordBeforeSpace(head))) return start;
  const before = /(?:\p{Lu}[\p{L}\p{M}’'-]*\s+){1,3}$/u.exec(head);
  return before ? start - before[0].length : start;
}

/** The pronoun as a sentence's or clause's subject ("she was", ", she was", "and she was"). */
export function pronounSubject(pronoun: string): RegExp {
  const word = pronoun.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  // (Also after a word opening a clause of its own: "Although she refused to confirm that she dumped Pitt";
  // and in a clause about a noun: "The look he gives me when I ask about Starmer".)
  return new RegExp(
    String.raw`(?:^\s*|[,;:—–]\s*|\b(?:and|but|so|then|although|though|while|when|because|since|after|before|once|until|that)\s+|\b(?:the|a|an)\s+\p{Ll}+\s+)${word}\s+\p{Ll}`,
    'giu',
  );
}

/** The mention is in subject position: it opens the sentence or the clause after an opening phrase ("In contrast, X’s …"). */
export function opensClause(text: string, from: number, start: number): boolean {
  const lead = text.slice(from, start);
  if (/^\s*$/u.test(lead)) return true;
  // ("Following the death of his father Gerhard in January, Alexander Stodden has …": a longer
  // phrase will do when a preposition or a participle opens it.)
  const opener = NOT_NAME_STARTS.has(/^\s*(\p{L}+)/u.exec(lead)?.[1]?.toLowerCase() ?? '');
  return /,\s*$/u.test(lead) && lead.length <= (opener ? 110 : 60);
}

/**
 * The mention is the subject of its sentence: it opens the clause, or follows a short opening
 * phrase with no name or verb of its own ("Within three years Ruiz was running …", "In 2014
 * Ruiz left …") and a lower-case word, its verb, follows the name.
 */
export function isSubject(text: string, from: number, start: number, end: number): boolean {
  if (opensClause(text, from, start)) return true;
  const lead = text.slice(from, start);
  // ("The plan was drawn up by John Smith.": the agent of a passive is who did it.)
  if (PASSIVE_AGENT.test(lead)) return true;
  return (
    /^\s*\p{Lu}\p{Ll}*(?:\s+(?:\p{Ll}+|\d+)){0,3}\s+$/u.test(lead) &&
    /^\s+\p{Ll}{2,}/u.test(text.slice(end, end + 20))
  );
}

/** A passive's verb and "by", ending the words before a name: "was drawn up by ", "had been founded by ". */
const PASSIVE_AGENT =
  /\b(?:was|were|is|are|been|being)\s+(?:\p{Ll}+\s+)?\p{Ll}+(?:ed|en|wn|lt|ught|ade|ung|id)(?:\s+(?:up|out|down|off))?\s+by\s+$/u;

/**
 * "Asked by Jane Fox about it, he said", "Interrogé sur France Inter, il a assuré": a name right
 * after a preposition is an object in the sentence's opening phrase, never what its pronoun means.
 */
const PREPOSITION_BEFORE =
  /(?:^|\s)(?:by|to|with|on|at|from|about|sur|par|avec|à|auprès\s+de|von|mit|bei|gegenüber|por|para|con|en|ante|da|su|per|по|с|на|для)\s+(?:(?:the|la|le|les|der|die|dem|den|el|il|lo)\s+)?$/iu;

export function afterPreposition(text: string, start: number): boolean {
  return PREPOSITION_BEFORE.test(text.slice(Math.max(0, start - 24), start));
}

/**
 * A name with no signal, in the sentence a pronoun looks back to first, is a place or a thing when
 * it follows a preposition: in the paragraph before, any of place or direction too ("… to build
 * homes in North America. / “…,” she said"); in the pronoun's own paragraph, only in a sentence
 * closed before it ("efectivos del Ministerio para la Transición Ecológica participan …. «…»,
 * dijo."; "when I got back to Warner Bros., they said" is about Warner Bros.).
 */
export function objectOfPreposition(
  text: string,
  start: number,
  sameParagraph: boolean,
  closed: boolean,
): boolean {
  // (Not an agent's "von", "by", "par": "Nach Aussagen von Enrique Torres ist die Lage stabil.")
  if (sameParagraph)
    return closed && PLACE_OR_PURPOSE_BEFORE.test(text.slice(Math.max(0, start - 16), start));
  const before = text.slice(Math.max(0, start - 24), start);
  return (
    afterPreposition(text, start) ||
    /(?:^|\s)(?:in|into|across|throughout|around|near|over)\s+(?:the\s+)?$/iu.test(before)
  );
}

const PLACE_OR_PURPOSE_BEFORE =
  /(?:^|\s)(?:in|into|at|to|en|para|pour|für|zu|a|à|na|w|do)\s+(?:(?:the|la|le|les|el|los|las|der|die|dem|den)\s+)?$/iu;

/** A possessive followed by a thing, not by a person's role ("DiMugno’s study time", not "Ruiz's lawyer"). */
export function ownsThing(text: string, end: number): boolean {
  const after = /^(?:['’]s?)?\s+((?:\p{Ll}[\p{L}-]*\s*){1,3})/u.exec(text.slice(end, end + 60));
  return after !== null && !after[1]!.trim().split(/\s+/u).some(isRoleWord);
}

export function isPossessive(text: string, end: number): boolean {
  return /['’]s$/u.test(text.slice(Math.max(0, end - 2), end)) || /^['’]s?\s/u.test(text.slice(end, end + 3));
}

/**
 * "o pescador Rui Santos", "the fisherman Rui Santos", "le retraité Paul Girard": an article
 * and a common noun before a full name make it a person (an organisation's noun does not:
 * "the label Big Machine").
 */
const ARTICLE_NOUN_BEFORE =
  /(?:^|\s)(?:the|a|an|o|a|um|uma|le|la|un|une|el|un|una|il|lo|de|het|een|der|die|das|ein|eine)\s+(\p{Ll}{4,})\s+$/iu;

export function nounBefore(text: string, start: number, name: string): boolean {
  if (!name.includes(' ')) return false;
  const noun = ARTICLE_NOUN_BEFORE.exec(text.slice(Math.max(0, start - 32), start))?.[1];
  // ("the largely Black Little Burgundy": an English adverb in -ly describes a place, not a person.)
  if (noun?.endsWith('ly') && activeLanguage().primary === 'en') return false;
  return noun !== undefined && !activeLanguage().orgNouns.has(noun) && !ORG_WORDS.has(noun);
}

export function hasSignalAfter(text: string, end: number): boolean {
  return SIGNAL_AFTER.test(text.slice(end, end + 120));
}

/**
 * "In Mentor Mode, the AI is a teacher": a run after a preposition opening the sentence is a place
 * or a thing, whatever follows its comma. (The run found may hold the preposition itself.)
 */
const OPENING_PREPOSITION =
  '(?:In|After|Before|With|Without|For|On|At|From|Under|During|Since|Unlike|Inside|Beyond)';
const OPENING_PREPOSITION_BEFORE = new RegExp(String.raw`(?:^|[.!?:]\s+)${OPENING_PREPOSITION}\s+$`, 'u');
const SENTENCE_OPENS = /(?:^|[.!?:]\s+)$/u;
const PREPOSITION_FIRST = new RegExp(String.raw`^${OPENING_PREPOSITION}\s`, 'u');
export function afterOpeningPreposition(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  return (
    OPENING_PREPOSITION_BEFORE.test(before) ||
    (SENTENCE_OPENS.test(before) && PREPOSITION_FIRST.test(text.slice(start, start + 12)))
  );
}

/**
 * "Okafor said": a speech verb after a short name shows it is a person, as does one before it
 * ("“…,” said Okafor.", "sagte Streeck") or a role word ("le juge Rossiter", "the coach Okafor").
 */
export function shortNameSignal(text: string, start: number, end: number): boolean {
  return (
    hasSignalAfter(text, end) ||
    SPEECH_BEFORE.test(text.slice(Math.max(0, start - 16), start)) ||
    speechVerbBefore(text, start) ||
    roleWordBefore(text, start)
  );
}

/**
 * "“…”, cuenta Marenco", "„…“, sagte Streeck": a verb of saying after a comma or a quote's close,
 * right before `start` (a cheap test of the shape first: this runs for every capitalised word).
 */
export function speechVerbBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  return CLAUSE_OPENED.test(before) && activeLanguage().verbBefore.test(before);
}
const CLAUSE_OPENED = /[,”"»“—–]\s*[\p{L}\s]+$/u;

/**
 * "said Okafor", "sagte Streeck" — and in a verb-second language any verb of saying right before the
 * name ("Auf Anfrage betont Katharina Wagner, dass …"), whose subject comes after it.
 */
export function speechBefore(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 16), start);
  if (SPEECH_BEFORE.test(before)) return true;
  const word = activeLanguage().verbSecondVerb ? /(\p{Ll}+)\s+$/u.exec(before)?.[1] : undefined;
  return word !== undefined && activeLanguage().verb.test(` ${word} `);
}

/** "…, sagt Rektorin Eileen Lyons": the subject of a verb of saying before it, past a role word. */
export function invertedSpeaker(text: string, start: number): boolean {
  if (speechVerbBefore(text, start)) return true;
  const role = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, start - 30), start));
  return !!role && isRoleWord(role[1]!) && speechVerbBefore(text, start - role[0].length);
}

/**
 * A definite article and a lower-case role word right before a short name: "le juge Rossiter",
 * "the coach Okafor" (not "our old friend Docker": a relation says nothing of a person).
 */
export function roleWordBefore(text: string, start: number): boolean {
  const word = /(?:^|\s)(?:the|le|la|der|die|el|il|lo|o|a)\s+(\p{L}+)\s+$/iu.exec(
    text.slice(Math.max(0, start - 30), start),
  )?.[1];
  return word !== undefined && /^\p{Ll}/u.test(word) && isRoleWord(word);
}

/**
 * "the First Lady quietly tore into …", "the Prime Minister": in English a name takes no article, so
 * capitals right after "the" are a title or a body (the caller lets a name already known through).
 */
export function titleAfterThe(text: string, start: number, name: string): boolean {
  return (
    activeLanguage().primary === 'en' &&
    /(?:^|\s)the\s+$/iu.test(text.slice(Math.max(0, start - 5), start)) &&
    text.startsWith(name, start)
  );
}
