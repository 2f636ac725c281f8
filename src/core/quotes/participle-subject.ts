import { activeLanguage } from './language';
import { CLAUSE_PREPOSITIONS, NOT_NAME_STARTS, POSSESSIVE_BEFORE } from './lexicon';
import { isSentenceOpener } from './openers';
import { heardBefore } from './quoted-as';
import { isRoleWord } from './role-words';

/**
 * The speaker of a sentence whose only verb of saying is a participle ("Benioff weighed in,
 * saying …"), and the checks that keep a capitalised word from passing for a verb or a name there.
 * Split from cues.ts, which asks it when no finite verb of saying credits anyone (and for the name
 * before an infinitive of saying).
 */

/** "Frequently Asked Questions", "The Man Who Said No": a capitalised verb inside a run of capitalised words is a title's. */
export function inTitleCase(sentence: string, index: number): boolean {
  return (
    /^\p{Lu}/u.test(sentence.slice(index)) &&
    /\p{Lu}[\p{L}’'-]*\s+$/u.test(sentence.slice(Math.max(0, index - 30), index))
  );
}

/**
 * "Israel continued to act with impunity", "which added to the confusion": a verb of saying before
 * "to" and a verb or an article is no saying but going on or adding to something.
 */
export function notSaying(verb: string, after: string): boolean {
  return /^(?:continu|add)/iu.test(verb) &&
    /^\s+to\s+(?:the|a|an|its|his|her|their|this|that|\p{Ll}+\b(?!\s*[,.;:]))/u.test(after)
    ? !/^\s+to\s+(?:me|us|him|her|them|reporters|journalists)\b/iu.test(after)
    : false;
}

/**
 * "Benioff weighed in, saying …", "Mr. Ruiz could be heard telling a developer, …": with only a
 * participle, the speaker is the last name (or pronoun) before it.
 */
export function participleSubject(sentence: string): string | null {
  // ("when asked if …, Donna dismissed the idea, noting, “…”": the participle, not a verb before it.)
  const language = activeLanguage();
  const verbs = [...sentence.matchAll(language.verbAll)];
  const participle = verbs.find((m) => language.participles.has(m[0].toLowerCase())) ?? verbs[0];
  if (!participle || inTitleCase(sentence, participle.index)) return null;
  const head = sentence.slice(0, participle.index);
  // ("Carlson … secretly recorded him saying the kinds of things …": the one heard or recorded speaks.)
  const perceived = heardBefore(head);
  if (perceived) return perceived;
  // "Quick access to Siri by saying “Hey Siri”": after "by" or "without" the doer is whoever does
  // it (the reader), not a name before it.
  if (/\b(?:by|without)\s+$/iu.test(head)) return null;
  // "an interview from an artist arguing “…”": a lower-case noun phrase right before the participle
  // is its subject — someone unnamed when it names a person, else nobody.
  const right = /(?:^|\s)((?:a|an|one|another)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}?(\p{Ll}[\p{Ll}-]*))\s*$/u.exec(
    head,
  );
  // ("Amazon released a separate statement saying “…”": a document's words are its issuer's, read below.)
  if (right && !activeLanguage().documents.has(right[2]!)) return isRoleWord(right[2]!) ? right[1]! : null;
  // "He urged Mr. Trump to make a deal, saying …": a pronoun opening the sentence is its subject.
  // ("When you were developing Supergirl and you were saying, “…”", "I remember calling Peter Roth
  // and saying, “…”": the one in the first or second person, not the name in between, which is
  // what they developed or called. "You" is the one an interview asks, resolve.ts.)
  const opener = /^\s*(\p{L}+)/u.exec(head)?.[1];
  // (Only an -ing form: "she was warned that “…”" is a passive, whose speaker is someone else.)
  const progressive = /ing$/iu.test(participle[0]) ? PROGRESSIVE_SUBJECT.exec(head)?.[1] : undefined;
  for (const word of [progressive, opener, pronounAfterLead(head)]) {
    const subject = word?.toLowerCase();
    if (!subject) continue;
    if (subject !== 'it' && language.pronouns.has(subject)) return word!;
    // ("I kept saying to them, “…”": "I", who is no one named unless a Q&A's label says who, resolve.ts.)
    if (language.personalSubjects.has(subject)) return subject === 'you' || subject === 'i' ? word! : null;
  }
  const titled = titleAfterLead(head);
  if (titled) return titled;
  const candidates = [
    ...head.matchAll(
      /(?:Mr|Mrs|Ms|Dr)\.?\s+\p{Lu}[\p{L}’'-]*|\p{Lu}[\p{L}’'-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}’'-]*){0,3}|\b(?:he|she|they)\b/gu,
    ),
  ].filter(
    (m) =>
      !NOT_NAME_STARTS.has(m[0].toLowerCase()) &&
      // ("denied his Russian counterpart’s accusations": after a possessive, a word describing whom it owns.)
      !POSSESSIVE_BEFORE.test(head.slice(Math.max(0, (m.index ?? 0) - 8), m.index)) &&
      !isSentenceOpener(m[0].split(/\s+/u)) &&
      !isGerund(m[0], head.slice((m.index ?? 0) + m[0].length)) &&
      // ("following Milton’s resignation, … a report calling …": an owner, not the one acting.)
      !/['’]s?$/u.test(m[0]),
  );
  // "Jane Smith paid tribute to Tom Jones, describing him as “…”": the name opening the sentence
  // is the participle's subject; else the last one named before it.
  const opening = candidates.find((m) => /^[\s“"‘(]*$/u.test(head.slice(0, m.index)));
  // ("… to represent the UK, adding that …" after an earlier quote of the sentence: its subject came
  // before that quote, so a name here is the participle's object or place, not who speaks.)
  if (!opening && /^\s*\p{Ll}/u.test(head)) return null;
  // ("Tesla CEO, Elon Musk, …", "Our car expert, Jo Paul, …": the name set off after the role.)
  const roleFirst = namedAfterRole(head.replace(/^[\s“"‘(]+/u, '')) ?? namedAfterArticle(head);
  if (roleFirst) return roleFirst;
  return (opening ?? candidates[candidates.length - 1])?.[0] ?? null;
}

/**
 * "In President Roosevelt’s first visit to Los Angeles, he spoke …": the main clause after a
 * phrase set off by a comma, when the phrase opens with a word that opens no name (a
 * preposition, an adverb); undefined when the sentence opens otherwise.
 */
function mainClauseAfterLead(head: string): string | undefined {
  const m = /^[\s“"‘(]*(\p{L}+)[^,]{0,160},\s+/u.exec(head);
  return m && NOT_NAME_STARTS.has(m[1]!.toLowerCase()) ? head.slice(m[0].length) : undefined;
}

/** "…, he spoke …, stating “…”": the pronoun that opens that main clause. */
function pronounAfterLead(head: string): string | undefined {
  const word = /^(\p{L}+)\s+\p{Ll}/u.exec(mainClauseAfterLead(head) ?? '')?.[1];
  return word && activeLanguage().pronouns.has(word.toLowerCase()) ? word : undefined;
}

/**
 * "Without mentioning Trump by name, the First Lady quietly tore into …": a title with its article
 * opening that main clause is its subject, not a name inside the phrase before it.
 */
function titleAfterLead(head: string): string | undefined {
  const main = mainClauseAfterLead(head) ?? '';
  return /^(the\s+\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3})\s+\p{Ll}/u.exec(main)?.[1];
}

/** "you were saying", "she is telling": the subject right before a form of "be" and the participle. */
const PROGRESSIVE_SUBJECT = /(?:^|\s)(\p{L}+)\s+(?:was|were|is|are|am)\s+$/iu;

/** Function words and a clause's prepositions after an -ing word (lexicon CLAUSE_PREPOSITIONS). */
const ACTION_AFTER = new RegExp(
  `^\\s+(?:or|and|the|a|an|your|their|his|her|its|is|was|can|will|may|${CLAUSE_PREPOSITIONS.join('|')})\\s`,
  'u',
);

/**
 * "Petting or showing excitement and saying “Good job!”", "Appearing before the World Court, …":
 * an -ing word before a function word or a preposition is an action, not a name.
 */
function isGerund(word: string, after: string): boolean {
  return /^\p{Lu}\p{Ll}{2,}ing$/u.test(word) && ACTION_AFTER.test(after);
}

/** "Tesla CEO, Elon Musk, …" / "Our car expert, Jo Paul, …": a role set off before the name it describes. */
function namedAfterRole(head: string): string | null {
  const m = /^([^,.;:]{2,60}),\s*(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,2})\s*,/u.exec(head);
  if (!m || !isRoleWord(m[1]!.trim().split(/\s+/u).pop() ?? '')) return null;
  return `${m[2]}|${m[1]!.trim()}`;
}

/** "The Tory historian Andrew Roberts, …": a role after an article, then the name it describes, opening the sentence. */
const ROLE_AFTER_ARTICLE =
  /^[\s“"‘(]*(?:The|A|An)\s+((?:[\p{L}’'-]+\s+){0,3}?(\p{Ll}[\p{Ll}’'-]*))\s+(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,2})\b/u;
function namedAfterArticle(head: string): string | null {
  const m = ROLE_AFTER_ARTICLE.exec(head);
  return m && isRoleWord(m[2]!) ? `${m[3]}|${m[1]}` : null;
}

/**
 * Whether the pronoun is the subject of the sentence that `head` opens: it opens the sentence
 * ("He urged Mr. Trump …"), or only a participle's clause comes before it ("Quoting Adam Smith,
 * she said …", "After meeting the minister, he …"). A name in that clause is the participle's
 * object, so the pronoun stands for someone named before the sentence.
 */
export function pronounOpens(head: string, pronoun: string): boolean {
  if (!/^\p{L}+$/u.test(pronoun)) return false;
  const word = pronoun.toLowerCase();
  if (/^\s*(\p{L}+)/u.exec(head)?.[1]?.toLowerCase() === word) return true;
  let afterParticiple = AFTER_PARTICIPLE.get(word);
  if (!afterParticiple) {
    const either = `(?:${word}|${word[0]!.toUpperCase()}${word.slice(1)})`;
    // (A list may follow the participle: "Citing John Locke, Edmund Burke, and Thomas Jefferson, she".)
    afterParticiple = new RegExp(
      `^[\\s“"‘]*(?:\\p{Lu}\\p{Ll}{2,}ing|(?:After|Before|While|Since|Upon|On|By|Without)\\s+\\p{Ll}{2,}ing)\\s(?:[^,;:.!?]*,\\s*){1,4}${either}\\b`,
      'u',
    );
    AFTER_PARTICIPLE.set(word, afterParticiple);
  }
  return afterParticiple.test(head);
}
/** The pattern of a participle's clause then the pronoun, compiled once per pronoun (a handful). */
const AFTER_PARTICIPLE = new Map<string, RegExp>();

/**
 * "… allowed Mosseri to " (the text up to an infinitive): the name before "to" is who speaks.
 * Shared by the main verbs ("to say") and the languages' base forms ("to claim").
 */
export function nameBeforeTo(before: string): string | null {
  // ("Carol Tomé sought to assure investors that …": a verb of trying between the name and "to"; "As
  // Jane Roe was quick to point out," "Roe went on to say": an eagerness, or going on.)
  const name =
    /(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2})\s+(?:(?:sought|tried|attempted|moved|rushed|hastened|went\s+on|(?:was|is|were|are)\s+(?:quick|keen|eager|careful|anxious|at\s+pains))\s+)?to\s+$/u.exec(
      before,
    )?.[1];
  // ("As Jane Roe was quick to …": a conjunction before the name is no part of it.)
  const words = (name ?? '').split(/\s+/u);
  while (words.length > 0 && NOT_NAME_STARTS.has(words[0]!.toLowerCase())) words.shift();
  return words.length > 0 ? words.join(' ') : null;
}
