import type { Speaker } from '../types';
import { NOT_NAME_STARTS, ORG_HEADS, PRONOUNS } from './lexicon';
import { findNames, isRoleWord } from './names';
import type { People } from './people';
import { bareRole } from './roles';
import { contentWords } from './text';

/** Where a cue phrase is read: the people of the article, the spot, and who has spoken so far. */
export interface ResolveContext {
  people: People;
  paragraph: number;
  offset: number;
  /** Speakers of the earlier quotes, latest last: "the minister" is most likely one of them. */
  earlier: readonly (Speaker | null)[];
}

const DETERMINER =
  /^(?:the|a|an|another|one|its|his|her|their|der|die|das|den|dem|ein|eine|le|la|les|l’|un|une)\s+/iu;
/** "the minister", "der FDP-Politiker", "الوزير": a short definite phrase points back to someone named. */
const ANAPHOR =
  /^(?:(?:the|der|die|das|le|la|l’)\s+(?!\S+['’]s\b)\S+(?:\s+(?!of\b|for\b|at\b)\S+){0,2}|ال\p{L}+)$/iu;
const AFFILIATION = /\b(?:of|at|from|for|with|in|von|vom|de|du|del|der)\s+(?:the\s+)?$/iu;
const CJK_TITLE = /(?:総裁|氏|首相|大臣|社長|会長|教授|代表|長官|知事|市長|議員|さん|容疑者|被告)$/u;

/** Turns a cue phrase ("he", "Espinosa", "a Home Office spokesperson", "Name|role") into a speaker. */
export function resolvePhrase(phrase: string, context: ResolveContext): Speaker | null {
  const [main = '', aside] = phrase.split('|');
  const speaker = resolveOne(main, context) ?? (aside ? resolveOne(aside, context) : null);
  if (!speaker) return null;
  if (!speaker.role && aside && aside !== main && isRoleLike(aside))
    return { ...speaker, role: aside.trim() };
  return speaker;
}

function isRoleLike(text: string): boolean {
  return text.split(/\s+/u).some(isRoleWord) || DETERMINER.test(text);
}

function resolveOne(raw: string, context: ResolveContext): Speaker | null {
  const { people } = context;
  const phrase = raw
    .trim()
    .replace(/\s+(?:that|who|which|and|but)$/iu, '')
    .replace(/^[(“"‘,]+|[)”"’.,:;]+$/gu, '')
    .replace(/['’]s$/u, '');
  if (phrase === '' || phrase.split(/\s+/u).length > 12) return null;
  if (PRONOUNS.has(phrase.toLowerCase()))
    return fromPerson(people.antecedent(context.paragraph, context.offset), people);
  // "Prof Ryan MacDonald of the University of St Andrews": a name after "of" is an affiliation.
  const names = findNames(phrase).filter(
    (n) => !AFFILIATION.test(phrase.slice(Math.max(0, n.start - 6), n.start)),
  );
  const named = names[names.length - 1];
  // "Social Care spokesperson": a name followed by a role noun only modifies it.
  if (named && !/^\s+\p{Ll}+\s*$/u.test(phrase.slice(named.end))) {
    const person = people.add(named.name, named.role, true);
    return person ? people.toSpeaker(person) : { name: named.name };
  }
  const bare = bareRole(phrase);
  if (/^\p{Lu}/u.test(bare) && bare.split(/\s+/u).length <= 3 && !/\p{Ll}+\s+\p{Ll}/u.test(bare)) {
    const title = bare.replace(/^(?:Mr|Mrs|Ms|Dr|Prof|Sir)\.?\s+/u, '');
    const known = people.find(title);
    if (known) return people.toSpeaker(known);
    if (!isRoleWord(bare) && !NOT_NAME_STARTS.has(title.toLowerCase())) return { name: title };
  }
  if (/^[\p{Script=Han}\p{Script=Katakana}ー]+$/u.test(phrase)) {
    const name = phrase.replace(CJK_TITLE, '');
    return people.findCjk(name) ?? { name };
  }
  if (!/\p{L}/u.test(bare) || /^(?:it|this|that|which|who)$/iu.test(bare)) return null;
  const head = bare.split(/\s+/u).pop()!.toLowerCase();
  if (ANAPHOR.test(phrase) && !ORG_HEADS.has(head)) {
    const speaker =
      earlierWithRole(bare, context) ?? fromPerson(people.findByRole(contentWords(bare)), people);
    if (speaker) return speaker;
    const person = people.antecedent(context.paragraph, context.offset);
    if (person) return people.toSpeaker(person);
  }
  // A speaker phrase is a short noun phrase, not a clause: "removal (44 percent of Americans" is not one.
  if (
    bare.split(/\s+/u).length > 6 ||
    /[()\d%]/u.test(bare) ||
    /^(?:that|which|who|whom|if|whether)\b/iu.test(bare)
  ) {
    return null;
  }
  // …and names someone: a capital, a role or organisation noun, or a plural (residents, officials).
  const words = bare.split(/\s+/u);
  if (
    NOT_NAME_STARTS.has(words[0]!.toLowerCase()) ||
    /^(?:with|without|by|into|under|over|through)$/iu.test(words[0]!)
  ) {
    return null;
  }
  const namesSomeone =
    /\p{Lu}|\p{Script=Arabic}|\p{Script=Han}/u.test(bare) ||
    words.some((w) => isRoleWord(w) || ORG_HEADS.has(w.toLowerCase())) ||
    /\p{Ll}{3,}s$/u.test(words[words.length - 1]!);
  return namesSomeone ? { name: bare } : null;
}

function fromPerson(person: ReturnType<People['find']>, people: People): Speaker | null {
  return person ? people.toSpeaker(person) : null;
}

/** The latest earlier speaker whose name or role holds the phrase's head noun (minister → energy minister). */
function earlierWithRole(bare: string, context: ResolveContext): Speaker | null {
  const head = bare.split(/\s+/u).pop()!.toLowerCase().replace(/^ال/u, '');
  if (head.length < 3) return null;
  for (let i = context.earlier.length - 1; i >= 0; i--) {
    const speaker = context.earlier[i];
    if (speaker && `${speaker.name} ${speaker.role ?? ''}`.toLowerCase().includes(head)) return speaker;
  }
  return null;
}
