import { activeLanguage } from './language';
import { DETERMINER, NOT_NAME_STARTS, ORG_WORDS } from './lexicon';
import { RELATIONS } from './role-before';
import { isRoleWord } from './role-words';

/**
 * Speakers known only by their role: "A spokesperson for Network Rail said …",
 * "Kölns Oberbürgermeisterin begrüßte …". Such a phrase at the start of a sentence
 * is the sentence's subject, and "she said" after it means that role.
 */

/** "spokesperson for the Home Office" → "Home Office spokesperson". */
const FOR_ORG = /^(\p{Ll}[\p{L}\s-]*?)\s+(for|of|at)\s+(?:the\s+)?(.+)$/u;
const OWNER_PRONOUN = /^(?:mine|yours|his|hers|ours|theirs)$/iu;
const COUNT = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/iu;
const DEFINITE = /^(?:the|der|die|das|le|la|el|il)\s/iu;
const ARTICLE = /^(?:the|a|an|der|die|das|ein|eine|le|la|un|une)$/iu;
/** Words inside a title of office: "deputy prime minister", "shadow home secretary". */
const ROLE_MODIFIERS = new Set(
  'prime foreign home health finance culture defence defense interior justice transport energy education environment trade housing shadow general deputy vice chief executive managing press national senior junior assistant attorney'.split(
    ' ',
  ),
);
const LEAD_WORD = /^(?:the|a|an|its|his|her|their|der|die|das|ein|eine|le|la|un|une|\p{Lu}[\p{L}’'-]*)$/u;
/** Lower-case words that may stand between the article and the role: "A former employee", "one senior official". */
const BEFORE_ROLE = new Set(
  'former ex senior junior longtime long-time young elderly local retired current top leading fellow'.split(
    ' ',
  ),
);
/**
 * " for the Home Office", " de la Plataforma", " della Salute": the body a role belongs to, named
 * (in the Romance languages one word: "il ministro della Salute Orazio Schillaci" goes on with a name).
 */
const ORG_TAIL =
  /^\s+(?:(?:for|of|at)\s+(?:the\s+)?(?:\p{Lu}[\p{L}’'-]*\s*)+|(?:de(?:\s+la|\s+los|\s+las)?|del(?:la|lo|le)?|di|dei|degli|du|des|da|do|dos|das|van(?:\s+de)?|von)\s+\p{Lu}[\p{L}’'-]*)/u;

/** The phrase without its article, with "X for Y" turned round: "a spokesperson for the group" → "group spokesperson". */
export function bareRole(phrase: string): string {
  return (
    phrase
      .trim()
      .replace(DETERMINER, '')
      // ("the mother of four", "a father of 2": a count of children, not a body to put first; "a
      // friend of mine", "the father of the victim": whose friend or father, not a body either.)
      // ("a firefighter at the scene": where someone is, not a body, unless one is named.)
      .replace(FOR_ORG, (whole: string, role: string, link: string, org: string) =>
        COUNT.test(org.trim()) ||
        OWNER_PRONOUN.test(org.trim()) ||
        RELATIONS.has(role.split(/\s+/u).pop()!) ||
        (link === 'at' &&
          !/\p{Lu}/u.test(org) &&
          !activeLanguage().orgNouns.has(org.trim().split(/\s+/u).pop()!)) ||
        // ("secretary of state", "chief of staff": a title's own words, not a body to put first.)
        (link === 'of' && !/\bof\s+the\s/u.test(whole) && /^\p{Ll}[\p{L}-]*$/u.test(org.trim()))
          ? whole
          : `${org.trim()} ${role}`,
      )
  );
}

/** A role phrase that opens the sentence, with where it ends; null when the sentence starts otherwise. */
export function roleSubject(sentence: string): { phrase: string; end: number; definite: boolean } | null {
  const lead = /^\s*/u.exec(sentence)![0].length;
  const words = sentence.slice(lead).split(/\s+/u).slice(0, 6);
  // "Meanwhile the spokesman said", "Email the writer at …": a capitalised word before an article
  // is no part of the role (an adverb, an imperative); the phrase starts at the article.
  let first = 0;
  for (let i = 0; i < words.length; i++) {
    if (i > 0 && ARTICLE.test(words[i]!) && !ARTICLE.test(words[i - 1]!)) first = i;
    const word = words[i]!.replace(/[,.;:]$/u, '');
    if (isRoleWord(word)) {
      // "Chief executive", "Head coach", "Shadow chancellor": take the whole run of role words.
      let j = i;
      while (j + 1 < words.length && !/[,.;:]$/u.test(words[j]!)) {
        const next = words[j + 1]!.replace(/[,.;:]$/u, '');
        if (!isRoleWord(next) && !(ROLE_MODIFIERS.has(next.toLowerCase()) && j + 2 < words.length)) break;
        j++;
      }
      // "deputy prime" without its noun: step back to the last real role word.
      while (j > i && !isRoleWord(words[j]!.replace(/[,.;:]$/u, ''))) j--;
      const lastWord = words[j]!.replace(/[,.;:]$/u, '');
      let end = lead + words.slice(0, j).join(' ').length + (j > 0 ? 1 : 0) + lastWord.length;
      // ("A spokesman for the bank said": a body's common noun completes the role too.)
      const tail = ORG_TAIL.exec(sentence.slice(end)) ?? bodyNounTail(sentence.slice(end));
      if (tail) end += tail[0].trimEnd().length;
      const start = lead + (first > 0 ? words.slice(0, first).join(' ').length + 1 : 0);
      const phrase = sentence.slice(start, end);
      // ("From Aunt: What she said: …": a heading that opens with a preposition names no one.)
      if (OPENS_NO_ROLE.has(words[first]!.toLowerCase())) return null;
      return { phrase, end, definite: DEFINITE.test(phrase) && !/['’]s\s/u.test(phrase) };
    }
    // ("Als Generalsekretär übernehme er …", "As chairman, he …": in the role, not the one who has it.)
    if (i === 0 && CAPACITY.test(word)) return null;
    // ("Every worker here has a job, the boss explains": a quantified role is no one in particular.)
    if (QUANTIFIER.test(word)) return null;
    if (!LEAD_WORD.test(word) && !/['’]s$/u.test(word) && !BEFORE_ROLE.has(word)) return null;
    if (word !== words[i]) return null;
  }
  return null;
}

/** English prepositions and conjunctions: a role phrase never opens with one. */
const OPENS_NO_ROLE = new Set(
  'in on at by for with from to of and but or if after before when while since during because until unless despite among'.split(
    ' ',
  ),
);
/** "every", "each", "no" in the languages read: before a role, they make it no one in particular. */
const QUANTIFIER =
  /^(?:every|each|any|all|no|jede[rsmn]?|alle|kein(?:e[rsmn]?)?|chaque|tout|tous|toutes|aucun|aucune|cada|todos|todas|ningún|ninguna|ogni|tutti|tutte|nessun|nessuno|nenhum|nenhuma|elke|ieder|iedere|geen|każdy|każda|wszyscy|żaden|každý|každá|všichni|žádný|каждый|каждая|все|setiap|semua)$/iu;
/** "as" in the languages read: a role held, before the role's noun. */
const CAPACITY = /^(?:as|als|como|comme|come|jako|как)$/iu;

/** " for the bank", " of the agency": a role's tail that is a body's common noun. */
function bodyNounTail(rest: string): RegExpExecArray | null {
  const tail = /^\s+(?:for|of|at)\s+the\s+(\p{Ll}+)/u.exec(rest);
  const noun = tail?.[1] ?? '';
  return tail && (activeLanguage().orgNouns.has(noun) || ORG_WORDS.has(noun)) ? tail : null;
}

const RANKS = new Set(
  'senior junior lead staff associate assistant principal chief executive general managing'.split(' '),
);

/**
 * "Rust consultant", "Safety systems engineer", "Senior Principal Engineer" (a signature): a role
 * that a capitalised word modifies, or a title made only of ranks and roles, names no one.
 */
export function isModifiedRole(phrase: string): boolean {
  const words = phrase.split(/\s+/u);
  // "Senior Principal Engineer": a title made only of ranks and roles names no one.
  if (words.length >= 2 && words.every((w) => RANKS.has(w.toLowerCase()) || isRoleWord(w))) return true;
  return (
    words.length >= 2 &&
    /^\p{Lu}\p{Ll}+$/u.test(words[0]!) &&
    // "The president", "One tester", "His lawyer": no name modifies the role.
    !NOT_NAME_STARTS.has(words[0]!.toLowerCase()) &&
    !/^(?:one|another|other|any)$/iu.test(words[0]!) &&
    // ("El ministro", "Il sindaco": nor an article of another language.)
    !DETERMINER.test(`${words[0]} `) &&
    words.slice(1).every((w) => /^\p{Ll}[\p{L}-]*$/u.test(w)) &&
    isRoleWord(words[words.length - 1]!)
  );
}
