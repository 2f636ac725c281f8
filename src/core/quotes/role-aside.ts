import { DETERMINER } from './lexicon';
import { DAYS_AND_MONTHS } from './openers';
import { isRoleWord } from './role-words';

/** A clause's own verb between lower-case words ("the grape is a first cousin"): no role has one. */
export const OWN_VERB = /\p{Ll}\s(?:is|are|was|were|has|have|had|will|would|can|could|should)\s+\p{Ll}/u;

/** A participle or gerund opening a clause: not "managing director", but "citing a report". */
export const PARTICIPLE_CLAUSE =
  /^(?:\p{Ll}{3,}ing\s+(?:the|a|an|his|her|their|its|our|to|on|at|in|with|for|about|from|that)\s|\p{Ll}+(?:ando|endo|iendo|indo)\s)/u;

/**
 * The role set off beside a name ("Jane Doe, the charity's director," → "the charity's
 * director"), or null when the words beside it are not a role. Split from resolve.ts.
 */
export function asideRole(aside: string): string | null {
  return isRoleLike(aside) ? withoutDanglingClause(aside.trim()) : null;
}

/** "a São Paulo resident who", "a senior scientist working" → the role, without the clause cut off after it. */
function withoutDanglingClause(role: string): string {
  const cut = role.replace(/\s+(?:who|which|that|whose)$/u, '');
  const participle = /\s+(\S+)\s+\p{Ll}{3,}ing$/u.exec(cut);
  return participle && isRoleWord(participle[1]!) ? cut.slice(0, cut.lastIndexOf(' ')) : cut;
}

function isRoleLike(text: string): boolean {
  // Korean and Chinese roles come from their own cues (서울시 교통정책과장, 副秘书长).
  if (/[\p{Script=Hangul}\p{Script=Han}]/u.test(text)) return true;
  // A role is a noun phrase about a job: "The tuft cell …" from a neighbouring clause is not one,
  // nor a clause with its own verb ("A basic understanding of it is important, LaRovere said").
  // (Between lower-case words: "founder of The Privilege is Mine" names a company.)
  // ("Rubio, welcoming the premier,", "dando il benvenuto alla premier": a participle's clause.)
  if (OWN_VERB.test(text) || PARTICIPLE_CLAUSE.test(text.trim())) return false;
  return (
    text.split(/\s+/u).some(isRoleWord) ||
    (DETERMINER.test(text) && /\s(?:of|at|for|with|from)\s/u.test(text) && text.split(/\s+/u).length <= 16)
  );
}

/** "the Palestinian Dialogue Group": an article and a run of capitalised words. */
const THE_NAMED =
  /\bthe\s+(\p{Lu}[\p{L}’'-]*(?:\s+(?:of|for|and|\p{Lu}[\p{L}’'-]*))*(?<!\s(?:of|for|and)))/gu;

/**
 * A cue phrase's main part and its aside ("he|a spokesman"). ("Peter White, SVP of enterprise AI
 * and automation at Acme, told": the clause cut at "and" leaves a role's lower-case tail as the
 * main part; the name set off before it speaks.)
 */
export function mainAndAside(phrase: string): [string, string | undefined] {
  const [main = '', aside] = phrase.split('|');
  if (aside && /^\p{Ll}/u.test(main) && !DETERMINER.test(main) && /^\p{Lu}/u.test(aside))
    return [aside, main];
  // ("At the end of June, a statement by the spokesperson said": a month or a day left of an opening
  // time phrase is when, not who; "June", "May" are names only where nothing else is set off.)
  if (aside && DAYS_AND_MONTHS.test(main.toLowerCase())) return [aside, undefined];
  // ("Abu Amer is the head of the Palestinian Dialogue Group in Turkey, which says …": "which" is
  // the thing or body named last with its article, not the person the clause began with.)
  const body = aside === 'which' ? [...main.matchAll(THE_NAMED)].pop()?.[1] : undefined;
  if (body) return [body, undefined];
  return [main, aside];
}
