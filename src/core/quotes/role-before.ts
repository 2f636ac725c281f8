import { activeLanguage } from './language';
import { NOT_NAME_STARTS, ROLE_FILLERS, TITLES } from './lexicon';
import { isRoleWord } from './role-words';

/** Lower-case role words right before the name: "chief executive Anjali Rao", "RMT general secretary". */
export function roleBefore(text: string, start: number): string {
  const head = text.slice(Math.max(0, start - 60), start);
  const words = head.split(/\s+/u).filter(Boolean);
  const taken: string[] = [];
  let from = words.length - 1;
  // "China’s ambassador to Britain Liu Xiaming": a role of a place, the place named in capitals.
  for (let places = 1; places <= 3; places++) {
    const role = words[words.length - 2 - places];
    const link = words[words.length - 1 - places]?.toLowerCase();
    const placeWords = words.slice(words.length - places);
    if (
      role &&
      isRoleWord(role) &&
      (link === 'to' || link === 'of' || link === 'for') &&
      placeWords.every((w) => /^\p{Lu}[\p{L}’'-]*$/u.test(w))
    ) {
      taken.push(link, ...placeWords);
      from = words.length - 2 - places;
      break;
    }
  }
  // (Up to seven words: "University of California San Diego scientist" is one role.)
  for (let i = from; i >= 0 && taken.length < 7 + (words.length - 1 - from); i--) {
    const w = words[i]!;
    if (/[,.;:!?)(]$/.test(w)) break;
    const lower = w.toLowerCase();
    // "Estera Events Co-Owner and Lead Planner Erica Vanco": two titles joined make one role.
    if (taken.length === 0 && (lower === 'and' || w === '&') && i > 0 && isRoleWord(words[i - 1]!)) {
      taken.unshift(w);
      continue;
    }
    if (taken.length === 0 && !isRoleWord(w)) break;
    // ("« … », juge Mme Binet": a verb of saying after the quote's close, not the noun it may also be.)
    if (/[,”"»]$/u.test(words[i - 1] ?? '') && activeLanguage().verb.exec(w)?.[0] === w) break;
    if (isRoleWord(w) || ROLE_FILLERS.has(lower) || /^\p{Lu}/u.test(w) || /['’]s$/u.test(w)) taken.unshift(w);
    else if (nounBeforeRole(w, words[i - 1], taken[0])) taken.unshift(w);
    else break;
  }
  while (taken.length > 0 && NOT_NAME_STARTS.has(taken[0]!.toLowerCase())) taken.shift();
  // ("Rebecca Cooke is the partner of Manchester City midfielder Phil Foden": the partner is
  // someone else; the name's own role starts after the relation's "of".)
  for (let i = taken.length - 2; i > 0; i--) {
    if (taken[i]!.toLowerCase() === 'of' && RELATIONS.has(taken[i - 1]!.toLowerCase()))
      return taken.slice(i + 1).join(' ');
  }
  return taken.join(' ');
}

/**
 * "Defense Council board member", "Pew Research Center policy analyst": in English, a lower-case
 * noun between a body's capitalised name and the role word is part of the role (not "said board
 * member"; other languages put such words after the noun: "pro Českou televizi hejtman").
 */
function nounBeforeRole(word: string, before: string | undefined, next: string | undefined): boolean {
  return (
    activeLanguage().primary === 'en' &&
    /^\p{Ll}{3,}$/u.test(word) &&
    next !== undefined &&
    isRoleWord(next) &&
    before !== undefined &&
    ((/^\p{Lu}[\p{L}-]*$/u.test(before) && !NOT_NAME_STARTS.has(before.toLowerCase())) ||
      // ("chief product officer", "deputy health minister": a rank, a field, then the office.)
      (RANKS.has(before.toLowerCase()) && !isRoleWord(word)))
  );
}

/** Ranks that open a role whose field comes between them and its noun ("chief technology officer"). */
const RANKS = new Set('chief senior deputy assistant associate principal junior acting interim'.split(' '));

/** Nouns that tie one person to another: "the partner of", "the daughter of" someone. */
export const RELATIONS = new Set(
  (
    'partner wife husband spouse widow widower daughter son mother father parent brother sister child ' +
    'girlfriend boyfriend fiancé fiancée niece nephew cousin aunt uncle grandson granddaughter ' +
    'grandmother grandfather stepson stepdaughter friend colleague neighbour neighbor mom mum dad'
  ).split(' '),
);

/** Titles of courtesy or rank in a family, never the noun of a role ("Prälat Dr.", "Peter King."). */
const COURTESY =
  /^(?:mr|mrs|ms|miss|mx|dr|prof|herr|frau|m|mme|mlle|sir|dame|lord|king|queen|pope|rev|fr|hon)\.?$/iu;
/** The role before a name without its titles ("Dr"), unless its modifier needs them: "First Lady". */
export function roleOf(words: string[]): string[] {
  const kept = words.filter((t) => !isTitle(t) || isRoleWord(t));
  const last = kept[kept.length - 1];
  if (last === undefined || isRoleWord(last)) return kept;
  const at = words.lastIndexOf(last);
  const nouns = words.slice(at + 1);
  return nouns.length > 0 && nouns.every((t) => isTitle(t) && !COURTESY.test(t)) ? [...kept, ...nouns] : kept;
}

export function isTitle(token: string): boolean {
  return TITLES.has(token.toLowerCase().replace(/\.$/, ''));
}

/** Titles written out in full: "… according to MMQB's Peter King. Suh …" ends a sentence at "King.". */
const WRITTEN_OUT_TITLES = new Set(
  'king queen president pope judge justice senator governor father sister brother general major coach mayor'.split(
    ' ',
  ),
);

/** "Dr.", "Sen.", "Gov.": a title's abbreviation, whose full stop ends no sentence. */
export function isAbbreviatedTitle(token: string): boolean {
  return isTitle(token) && !WRITTEN_OUT_TITLES.has(token.slice(0, -1).toLowerCase());
}

/** "Minister for ", "Secretary of State for ": a role's preposition, a portfolio's name next. */
export function portfolioBefore(text: string, start: number): boolean {
  // (The cheap test first: names are looked for in many windows of a long paragraph.)
  if (!/\b(?:for|of)\s+$/u.test(text.slice(Math.max(0, start - 5), start))) return false;
  const role = /(\p{L}+)(?:\s+of\s+State)?\s+(?:for|of)\s+$/u.exec(
    text.slice(Math.max(0, start - 40), start),
  )?.[1];
  return role !== undefined && isRoleWord(role);
}

/**
 * "to become Chief Whip", "was appointed Chief Justice": a verb of taking office (lang officeVerbs)
 * right before a role and the one word after it, which is then the office; not an owner ("became
 * President Trump's …").
 */
export function officeTaken(text: string, start: number, lastToken: string): boolean {
  if (/['’]s?$/u.test(lastToken)) return false;
  return activeLanguage().officeVerbBefore?.test(text.slice(Math.max(0, start - 24), start)) ?? false;
}
