import { activeLanguage } from './language';
import { isRoleWord } from './role-words';
import { bareRole, roleSubject } from './roles';

/**
 * Unnamed voices: "the source", "an insider", "a spokesperson". Such a phrase is its own
 * speaker unless an earlier speaker carries that role; it never points back to whoever was
 * named last (the person the source is talking about).
 */
export const ANONYMOUS = new Set(
  (
    'source sources insider insiders official officials witness witnesses resident residents neighbour ' +
    'neighbor neighbours neighbors user users spokesperson spokesman spokeswoman representative rep aide ' +
    'person people friend friends relative fan fans man woman patient respondent respondents participant participants ' +
    // (A spokesperson in the languages Pith reads: "erklärte der Sprecher der Stadt" after the mayor
    // was named is the spokesman, not the mayor.)
    'sprecher sprecherin porte-parole portavoz portavoce porta-voz woordvoerder woordvoerster rzecznik rzeczniczka ' +
    // (A source and a witness in the same languages: "recalcó la fuente" after a place was named
    // is the source, unnamed, not the place.)
    'fuente fuentes fonte fontes fonti quelle quellen zeuge zeugin zeugen témoin témoins testigo testigos ' +
    'testimone testimoni testemunha testemunhas bron bronnen źródło świadek'
  ).split(' '),
);

/** "a", "one", "another Fox executive": a determiner that brings in someone not named. */
const INDEFINITES = '(?:an?|one|another)';
const INDEFINITE = new RegExp(`^${INDEFINITES}\\s+`, 'iu');
/** Where the head of "a person close to the family" ends: at the words that tie it to someone. */
const AFTER_HEAD = /\s(?:close|familiar|with|of|at|for|from|in|who|whom|briefed|involved)\b/iu;

/**
 * "a Fox executive", "one senior official", "a person close to the Murdochs": an indefinite
 * article before a role or an unnamed voice brings in someone the text does not name. A name
 * inside the phrase is whom they work for or know, never who speaks ("a Fox executive" is not
 * "21st Century Fox", "a person close to X" is not X). The role itself is the speaker, or null
 * when the phrase is not of that kind. English only: other languages' articles are also numbers.
 */
export function unnamedVoice(phrase: string): string | null {
  if (!INDEFINITE.test(phrase) || !activeLanguage().codes.has('en')) return null;
  const oneOf = ONE_OF.exec(phrase);
  if (oneOf) return oneOfThem(oneOf[1]!, oneOf[2]!);
  const words = phrase.split(/\s+/u);
  if (words.length < 2 || words.length > 10) return null;
  const cut = phrase.search(AFTER_HEAD);
  const head = (cut > 0 ? phrase.slice(0, cut) : phrase).trim().split(/\s+/u).pop()!;
  if (!isRoleWord(head) && !ANONYMOUS.has(head.toLowerCase())) return null;
  return bareRole(phrase.replace(INDEFINITE, 'a '));
}

/** "one of the survivors", "one of his neighbours": one of a group, the noun in the plural. */
const ONE_OF = /^[Oo]ne\s+of\s+(?:the|his|her|their|its|our|my|those)\s+((?:[\p{Ll}-]+\s+){0,2})(\p{Ll}+s)$/u;

/** "one of the survivors" → "survivor": one of a group of people is a voice of that kind. */
function oneOfThem(modifiers: string, plural: string): string | null {
  const singular = plural.endsWith('ies')
    ? `${plural.slice(0, -3)}y`
    : plural.replace(/(?<=(?:ch|sh|ss|x))es$|s$/u, '');
  if (!isRoleWord(singular) && !ANONYMOUS.has(singular)) return null;
  return `${modifiers}${singular}`;
}

/**
 * "Another respondent highlighted …:", "One survey respondent summed this up as follows:": the
 * unnamed voice a sentence opens with, as a speaker's name, or null when it opens otherwise.
 */
export function unnamedOpening(sentence: string): string | null {
  const text = sentence.trimStart();
  if (!INDEFINITE.test(text)) return null;
  const role = roleSubject(text);
  if (role && !role.definite) return unnamedVoice(role.phrase);
  const words = text.split(/\s+/u);
  for (let n = 2; n <= 4 && n < words.length; n++) {
    const voice = unnamedVoice(words.slice(0, n).join(' '));
    if (voice) return voice;
  }
  return null;
}

/** How far back in its paragraph "a police officer" is looked for before "the officer". */
const UNNAMED_REACH = 300;

/**
 * The role's head came just before `offset` with an indefinite determiner ("Even when a police
 * officer first called, …" before "the officer recalled"): the one brought in unnamed.
 */
export function introducedUnnamed(head: string, paragraph: string, offset: number): boolean {
  if (!/^\p{Ll}{3,}$/u.test(head)) return false;
  const before = paragraph.slice(Math.max(0, offset - UNNAMED_REACH), offset);
  return new RegExp(`(?<!\\p{L})${INDEFINITES}\\s+(?:[\\p{Ll}-]+\\s+){0,2}${head}(?!\\p{L})`, 'iu').test(
    before,
  );
}
