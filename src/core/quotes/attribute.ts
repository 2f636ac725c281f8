import type { Speaker } from '../types';
import { cueAfter, cueBefore, cueInSentence } from './cues';
import { ORG_HEADS, PRONOUNS } from './lexicon';
import { findNames, isRoleWord } from './names';
import type { People } from './people';
import { lastSentence, splitSentences } from './sentences';
import type { Draft } from './spans';
import { contentWords } from './text';

/** A quotation with its speaker and how firmly the text ties them together. */
export interface Attributed {
  draft: Draft;
  speaker: Speaker | null;
  /** The quote is a sentence of its own or set off by a cue (not a few words inside narrative). */
  standalone: boolean;
}

/** Resolves who said each quotation, in document order (later ones may continue an earlier turn). */
export function attributeAll(
  drafts: readonly Draft[],
  paragraphs: readonly string[],
  people: People,
): Attributed[] {
  const closes: number[][] = paragraphs.map(() => []);
  for (const draft of drafts)
    for (const { paragraph, span } of draft.parts) closes[paragraph]!.push(span.close);
  const out: Attributed[] = [];
  for (const draft of drafts) {
    const speaker = findSpeaker(draft, paragraphs, closes, people, out);
    out.push({ draft, speaker, standalone: isStandalone(draft, paragraphs, closes) });
  }
  return out;
}

function findSpeaker(
  draft: Draft,
  paragraphs: readonly string[],
  closes: readonly number[][],
  people: People,
  earlier: Attributed[],
): Speaker | null {
  const first = draft.parts[0]!;
  const last = draft.parts[draft.parts.length - 1]!;
  const text = paragraphs[first.paragraph]!;
  const at = first.span.open;
  const resolveHere = (phrase: string | null) =>
    phrase ? resolvePhrase(phrase, people, first.paragraph, at) : null;

  const afterFirst = afterText(paragraphs, first);
  const before = text.slice(previousClose(closes[first.paragraph] ?? [], first), at);
  const direct =
    resolveHere(validAfter(text, first, afterFirst) ? cueAfter(afterFirst) : null) ??
    resolveHere(cueBefore(before)) ??
    (last !== first && last.span.closed
      ? resolveHere(
          validAfter(paragraphs[last.paragraph]!, last, afterText(paragraphs, last))
            ? cueAfter(afterText(paragraphs, last))
            : null,
        )
      : null);
  if (direct) return direct;
  if (lastSentence(before).trim() !== '') return null;
  // “…,” read a leaflet: something other than a speaker is credited after the quote.
  if (validAfter(text, first, afterFirst) && /\p{L}/u.test(afterFirst)) return null;

  // The quote opens a sentence: the sentence before it may carry the cue ("Espinosa said that … boost. “The message…").
  const sentences = splitSentences(before);
  const previousSentence = sentences[sentences.length - 1];
  if (previousSentence && !/[“"„«»「]/u.test(previousSentence))
    return resolveHere(cueInSentence(previousSentence));
  if (before.trim() !== '' || first.paragraph === 0) return null;

  // The quote opens a paragraph: "X said:" at the end of the one before, or the same speaker's turn going on.
  const prevText = paragraphs[first.paragraph - 1]!;
  if (/:\s*$/u.test(prevText)) return resolveHere(cueBefore(prevText.replace(/:\s*$/u, ' ')));
  const turn = earlier[earlier.length - 1];
  const turnEnd = turn?.draft.parts[turn.draft.parts.length - 1];
  if (turn && turnEnd?.paragraph === first.paragraph - 1 && endsTurn(prevText, turnEnd.span.close))
    return turn.speaker;
  if (turnEnd?.paragraph === first.paragraph - 1) return null;
  const prevSentence = lastSentence(prevText);
  return resolveHere(cueInSentence(prevSentence));
}

/** The paragraph ends with the quote, give or take a short attribution. */
function endsTurn(text: string, close: number): boolean {
  return (
    text
      .slice(close + 1)
      .trim()
      .split(/\s+/u).length <= 14 && !/[“"„«»]/u.test(text.slice(close + 1))
  );
}

/** Where the text before a quote starts: after the previous quote in the same paragraph, if any. */
function previousClose(closes: readonly number[], part: Draft['parts'][number]): number {
  let from = 0;
  for (const close of closes) if (close < part.span.open) from = close + 1;
  return from;
}

function afterText(paragraphs: readonly string[], part: Draft['parts'][number]): string {
  const text = paragraphs[part.paragraph]!;
  if (!part.span.closed) return '';
  const rest = text.slice(part.span.close + 1);
  const nextQuote = rest.search(/[“"„«»‘「]/u);
  return nextQuote === -1 ? rest : rest.slice(0, nextQuote);
}

/** An attribution after the quote belongs to it only when the quote runs into it (“…,” she said / „…“, sagte). */
function validAfter(text: string, part: Draft['parts'][number], after: string): boolean {
  const inner = text.slice(part.span.open + 1, part.span.close).trimEnd();
  if (/[,?!…—–-]$/u.test(inner)) return true;
  return /^\s*[,—–]|^\s+\p{Ll}|^と/u.test(after);
}

function isStandalone(draft: Draft, paragraphs: readonly string[], closes: readonly number[][]): boolean {
  const first = draft.parts[0]!;
  const text = paragraphs[first.paragraph]!;
  const before = lastSentence(
    text.slice(previousClose(closes[first.paragraph] ?? [], first), first.span.open),
  );
  if (before.trim() === '' || /[:,]\s*$/u.test(before)) return true;
  return (
    validAfter(text, first, afterText(paragraphs, first)) && cueAfter(afterText(paragraphs, first)) !== null
  );
}

const DETERMINER =
  /^(?:the|a|an|another|one|its|his|her|their|der|die|das|den|dem|ein|eine|le|la|les|l’|un|une)\s+/iu;
/** "spokesperson for the Home Office" → "Home Office spokesperson". */
const FOR_ORG = /^(\p{Ll}[\p{L}\s-]*?)\s+(?:for|of|at)\s+(?:the\s+)?(.+)$/u;
const DEFINITE = /^(?:the|its|his|her|their|der|die|das|den|dem|le|la|les|l’)\s+/iu;

/** Turns a cue phrase ("he", "Espinosa", "a Home Office spokesperson", "Name|role") into a speaker. */
export function resolvePhrase(
  phrase: string,
  people: People,
  paragraph: number,
  offset: number,
): Speaker | null {
  const [main = '', aside] = phrase.split('|');
  const person =
    resolveOne(main, people, paragraph, offset) ??
    (aside ? resolveOne(aside, people, paragraph, offset) : null);
  if (!person) return null;
  if (!person.role && aside && aside !== main && isRoleLike(aside)) return { ...person, role: aside.trim() };
  return person;
}

function isRoleLike(text: string): boolean {
  return text.split(/\s+/u).some(isRoleWord) || DETERMINER.test(text);
}

function resolveOne(raw: string, people: People, paragraph: number, offset: number): Speaker | null {
  const phrase = raw
    .trim()
    .replace(/^[(“"‘,]+|[)”"’.,:;]+$/gu, '')
    .replace(/['’]s$/u, '');
  if (phrase === '' || phrase.split(/\s+/u).length > 12) return null;
  const lower = phrase.toLowerCase();
  if (PRONOUNS.has(lower)) {
    const person = people.antecedent(paragraph, offset);
    return person ? people.toSpeaker(person) : null;
  }
  const names = findNames(phrase);
  const named = names[names.length - 1];
  // "Social Care spokesperson": a name followed by a role noun only modifies it.
  if (named && !/^\s+\p{Ll}+\s*$/u.test(phrase.slice(named.end))) {
    const person = people.add(named.name, named.role, true);
    return person ? people.toSpeaker(person) : { name: named.name };
  }
  const bare = phrase
    .replace(DETERMINER, '')
    .replace(FOR_ORG, (_, role: string, org: string) => `${org} ${role}`);
  if (/^\p{Lu}/u.test(bare) && bare.split(/\s+/u).length <= 3 && !/\p{Ll}+\s+\p{Ll}/u.test(bare)) {
    const title = bare.replace(/^(?:Mr|Mrs|Ms|Dr|Prof|Sir)\.?\s+/u, '');
    const known = people.find(title);
    if (known) return people.toSpeaker(known);
    if (!isRoleWord(bare)) return { name: title };
  }
  if (/^[\p{Script=Han}\p{Script=Katakana}ー]+$/u.test(phrase)) return resolveCjk(phrase, people);
  if (!/\p{L}/u.test(bare) || /^(?:it|this|that|which|who)$/iu.test(bare)) return null;
  const head = bare.split(/\s+/u).pop()!.toLowerCase();
  if (DEFINITE.test(phrase) && !ORG_HEADS.has(head)) {
    const person = people.findByRole(contentWords(bare)) ?? people.antecedent(paragraph, offset);
    if (person) return people.toSpeaker(person);
  }
  return { name: bare };
}

const CJK_TITLE = /(?:総裁|氏|首相|大臣|社長|会長|教授|代表|長官|知事|市長|議員|さん|容疑者|被告)$/u;

function resolveCjk(phrase: string, people: People): Speaker {
  const name = phrase.replace(CJK_TITLE, '');
  return people.findCjk(name) ?? { name };
}
