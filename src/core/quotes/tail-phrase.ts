import { activeLanguage } from './language';
import { isSentenceOpener } from './openers';
import { isRoleWord } from './role-words';

/** The last few words before the verb, cut at conjunctions: "… boost and Espinosa" → "Espinosa". */
export function tailPhrase(text: string): string | null {
  const words = text.trim().split(/\s+/u).filter(Boolean);
  // ("… and Donald Trump Jr who wrote on X: “…”": the relative pronoun's person is the subject.)
  if (words.length > 1 && words[words.length - 1] === 'who') words.pop();
  const taken: string[] = [];
  // (Where a single quote opens, if anywhere: a possessive mark after it may close that quote.)
  const firstOpening = words.findIndex((w) => w.includes('‘'));
  for (let i = words.length - 1; i >= 0 && taken.length < 14; i--) {
    const w = words[i]!;
    if (/^(?:and|but|that|while|as|when|because|which|who|if|so|then|und|dass|et|que|mais|إذ)$/iu.test(w))
      break;
    // ("the Netherlands’ Fontys University": a plural's possessive mark, when no ‘ opens a quote before it.)
    const possessive = /\p{L}s[’']$/u.test(w) && (firstOpening < 0 || firstOpening >= i);
    if (/[.;:!?”"’)]$/u.test(w) && taken.length > 0 && !possessive) break;
    taken.unshift(w);
  }
  const lastWord = taken[taken.length - 1]?.toLowerCase() ?? '';
  // (Not "it": "On the label, it just says “…”" credits no one.)
  if (lastWord !== 'it' && activeLanguage().pronouns.has(lastWord)) return lastWord;
  let phrase = taken
    .join(' ')
    .replace(/^[(“"‘]+/u, '')
    .replace(LINKING_PHRASE, '');
  // (Only before a short subject: "In a Truth Social post after a meeting with …" is no subject at all.)
  const opening = OPENING_PHRASE.exec(phrase)?.[0];
  if (opening && phrase.slice(opening.length).split(/\s+/u).length <= 5)
    phrase = phrase.slice(opening.length);
  // ("Meanwhile Penny said", "Afterwards Penny Smith says": an adverb opening the sentence with no
  // comma is no part of the name after it. A preposition's place stays: "In Washington Penny Smith".)
  const first = /^(\p{Lu}\p{Ll}+)\s+(?=\p{Lu})/u.exec(phrase);
  if (first && isSentenceOpener([first[1]!]) && !PREPOSITION.test(first[1]!))
    phrase = phrase.slice(first[0].length);
  // ("Later the mayor said", "Meanwhile a spokesman said": an opener before a role is no part of
  // the subject; "With a tone of certainty, the source said" keeps its preposition, and its reading.)
  if (isRoleWord(taken[taken.length - 1] ?? ''))
    phrase = phrase.replace(/^\p{Lu}\p{Ll}+\s+(?=(?:the|a|an)\s)/u, '');
  // ("Cuatro años después, valora que …": an opening phrase alone, naming no one, is no subject;
  // the verb's is left out.)
  const parts = phrase.split(/\s+/u);
  if (parts.length > 1 && isSentenceOpener(parts) && parts.slice(1).every((w) => !/^\p{Lu}/u.test(w)))
    return null;
  return phrase === '' ? null : phrase;
}

const PREPOSITION =
  /^(?:In|On|At|By|From|After|Before|During|Since|Around|Across|Among|Within|Throughout|Under)$/u;

/**
 * "On social media the Metropolitan Police said", "In a statement the company said": a phrase of
 * place or means opening the sentence with no comma, before an article or a capital.
 */
const OPENING_PHRASE =
  /^(?:On|In|At|During|After|Via|Through)\s+(?:\p{Ll}[\p{L}-]*\s+){0,3}(?!(?:the|a|an)\s)\p{Ll}[\p{L}-]*\s+(?=(?:the|a|an)\s|\p{Lu})/u;

/** "Por su parte Gazprom destacó", "De son côté, le ministre": a linking phrase before the subject. */
const LINKING_PHRASE =
  /^(?:por su parte|por otra parte|por su lado|a su vez|de hecho|en tanto|al respecto|sin embargo|no obstante|por sua vez|de son côté|par ailleurs|da parte sua)\s*,?\s+(?=\S)/iu;
