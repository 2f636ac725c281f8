import type { Speaker } from '../types';
import { pronounGender } from './gender';
import { activeLanguage } from './language';
import type { ResolveContext } from './resolve-context';
import { isRoleWord } from './role-words';
import { ANONYMOUS, unnamedOpening } from './unnamed-voices';

/** How far back in its paragraph the unnamed voice a pronoun stands for is looked for. */
const REACH = 300;

/** "one mother", "a retired teacher", "another neighbour": someone brought in without a name. */
// (Not case-insensitive, which would let \p{Ll} take capitals too: only the determiner may open a sentence.)
const INTRODUCED =
  /(?<![\p{L}\p{N}’'-])(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+((?:[\p{Ll}-]+\s+){0,2}?)(\p{Ll}{3,})(?![\p{L}\p{N}’'-])/gu;

/**
 * Words after which "a teacher" says what someone named is, not who else is there ("Smith,
 * a teacher,", "she was a mother of three", "as a nurse").
 */
const PREDICATIVE = /(?:,|\b(?:is|was|are|were|be|been|being|became|becomes|as|like|['’]s))\s*$/iu;

/**
 * "WIRED spoke to one mother, who …. “…,” she said": a gendered pronoun stands for the unnamed
 * voice its paragraph just brought in, when that voice's noun is of the pronoun's gender and
 * no one was named between them — not for a person named paragraphs before. English only: the
 * determiners are English, and other languages' articles are also numbers.
 */
export function unnamedAntecedent(pronoun: string, context: ResolveContext): Speaker | null {
  if (!activeLanguage().codes.has('en')) return null;
  const gender = pronounGender(pronoun);
  if (gender === undefined) return null;
  const { people } = context;
  const searchFrom = people.pronounSearchFrom(context.paragraph, context.offset, pronoun);
  const paragraph = people.paragraphs[context.paragraph] ?? '';
  const start = Math.max(0, searchFrom - REACH);
  const before = paragraph.slice(start, searchFrom);
  let voice: { at: number; phrase: string } | null = null;
  for (const match of before.matchAll(INTRODUCED)) {
    const noun = match[2]!.toLowerCase();
    if (!isRoleWord(noun) && !ANONYMOUS.has(noun)) continue;
    if (pronounGender(noun) !== gender) continue;
    if (PREDICATIVE.test(before.slice(0, match.index))) continue;
    // ("A spokesman for the bank said …. “…,” he said": the voice with the body it speaks for.)
    voice = {
      at: start + match.index,
      phrase: unnamedOpening(before.slice(match.index)) ?? `${match[1]}${match[2]}`,
    };
  }
  if (!voice) return null;
  const at = voice.at;
  // ("A neighbour called Mrs Jones …, she said": whoever is named after the voice is nearer.)
  if (people.mentionsIn(context.paragraph).some((m) => m.start > at && m.start < searchFrom)) return null;
  return { name: voice.phrase };
}
