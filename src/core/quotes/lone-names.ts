import { appositiveRole } from './appositive';
import { activeLanguage } from './language';
import { NOT_NAME_STARTS, ORG_WORDS, SPEAKS_AFTER } from './lexicon';
import { speechVerbBefore } from './mention-context';
import type { People, Person } from './people';
import { isRoleWord } from './role-words';
import { surname } from './text';

/**
 * A capitalised word standing alone is a person only with evidence around it: the name finder
 * needs two words, so "Tatum said", "Smith, the club’s captain," and "Reed, 61," are read here.
 */

/** ", who grew up …", " — who only goes by …": a relative clause for a person (English; other languages' relatives serve things too). */
const WHO_AFTER = /^(?:,|\s*[—–])\s*who\s+\p{Ll}/u;

const ADDRESSING_BEFORE = /(?:^|\s)(?:told|tells|asked|asks)\s+$/iu;

/** Why a lone word is a person, with the role set off after it if any; null when nothing says so. */
export function loneNameEvidence(
  text: string,
  start: number,
  end: number,
  word: string,
): { role?: string } | null {
  if (NOT_NAME_STARTS.has(word.toLowerCase())) return null;
  // "Tatum said", "William said": a lone name before a verb of saying (not the end of a longer run).
  if (
    !/\p{Lu}[\p{L}.’'-]*\s+$/u.test(text.slice(Math.max(0, start - 30), start)) &&
    SPEAKS_AFTER.test(text.slice(end, end + 30))
  )
    return {};
  // "“…”, cuenta Marenco.", "sagte Streeck": a lone name right after a verb of saying is its
  // subject (not after one that addresses someone, "told Reuters"; not an acronym or a word
  // before a role, "said IMF chief economist …").
  // (The verb first: this runs for every capitalised word, and the verb's shape is checked cheaply.)
  if (
    /^\p{Lu}\p{Ll}/u.test(word) &&
    speechVerbBefore(text, start) &&
    !ADDRESSING_BEFORE.test(text.slice(Math.max(0, start - 8), start)) &&
    !isRoleWord(word)
  ) {
    const next = /^\s+(\p{Ll}+)/u.exec(text.slice(end, end + 30))?.[1];
    if (next ? !isRoleWord(next) : /^(?:\s*[,.;:!?)]|\s*$)/u.test(text.slice(end, end + 2))) return {};
  }
  // "Smith, the club’s captain, was blunt": a role set off after it.
  if (/^,\s*(?:the|a|an|his|her|its)\s/u.test(text.slice(end, end + 6))) {
    const role = appositiveRole(text, start, end);
    if (role?.split(/\s+/u).some((w) => isRoleWord(w.replace(/['’]s$/u, '')))) return { role };
  }
  // "Reed, 61, disputed that account": an age.
  if (/^,\s*\d{1,3},/u.test(text.slice(end, end + 6))) return {};
  // "Kim, who grew up in Seoul, moved …": a relative "who", people's own pronoun.
  if (
    WHO_AFTER.test(text.slice(end, end + 12)) &&
    !isRoleWord(word) &&
    !ORG_WORDS.has(word.toLowerCase()) &&
    !/(?:^|\s)the\s+$/iu.test(text.slice(Math.max(0, start - 5), start))
  )
    return {};
  return null;
}

/** A first name and a surname, as a run of two capitalised words. */
const FIRST_AND_SURNAME = /(?<![\p{L}’'-])(\p{Lu}\p{Ll}+)\s+(\p{Lu}[\p{L}’'-]*)(?![\p{L}’'-])/gu;

/**
 * "Park, 27, said …" after "a header from Lisa Park": the full name written earlier, which the
 * name finder left alone (a surname that is also a place word, a name with no signal of its own).
 * One pass over the article indexes where each surname is first written with a given name, so a
 * page of many lone names stays linear.
 */
export class FullNames {
  private index: Map<string, { name: string; paragraph: number; offset: number }> | undefined;

  constructor(private readonly paragraphs: readonly string[]) {}

  before(word: string, paragraph: number, offset: number): string | undefined {
    this.index ??= this.build();
    const first = this.index.get(word);
    if (!first) return undefined;
    const earlier = first.paragraph < paragraph || (first.paragraph === paragraph && first.offset < offset);
    return earlier ? first.name : undefined;
  }

  private build(): Map<string, { name: string; paragraph: number; offset: number }> {
    const index = new Map<string, { name: string; paragraph: number; offset: number }>();
    this.paragraphs.forEach((text, paragraph) => {
      for (const m of text.matchAll(FIRST_AND_SURNAME)) {
        const first = m[1]!;
        const surname = m[2]!;
        // ("Weder Brehm noch andere": a word the article's language opens phrases with is no first name.)
        const opener =
          NOT_NAME_STARTS.has(first.toLowerCase()) || activeLanguage().notNameStarts.has(first.toLowerCase());
        if (index.has(surname) || opener || isRoleWord(first)) continue;
        if (ORG_WORDS.has(first.toLowerCase())) continue;
        index.set(surname, { name: `${first} ${surname}`, paragraph, offset: m.index ?? 0 });
      }
    });
    return index;
  }
}

/** How many paragraphs back a lone surname looks for the latest full name it ends. */
const SURNAME_REACH = 10;

/**
 * "James Roosevelt, his grandson, …. “…,” Roosevelt said" after "President Franklin Roosevelt":
 * a surname two people share is the one named last before this point (within a few paragraphs),
 * not the first one the article named.
 */
export function latestWithSurname(
  people: People,
  paragraph: number,
  offset: number,
  word: string,
): Person | undefined {
  // (Only a known surname is looked for: every capitalised word of the page asks this.)
  if (!/^\p{Lu}/u.test(word) || !people.find(word)) return undefined;
  for (let p = paragraph; p >= 0 && paragraph - p <= SURNAME_REACH; p--) {
    const list = people.mentionsIn(p);
    for (let i = list.length - 1; i >= 0; i--) {
      const m = list[i]!;
      if (p === paragraph && m.start >= offset) continue;
      // (Someone shown to be a person: "Day-by-day Schiff" opening a sentence is not a second Schiff.)
      if (m.person.strong && m.person.name.includes(' ') && surname(m.person.name) === word) return m.person;
    }
  }
  return undefined;
}

/**
 * The person a first name alone stands for, if already mentioned before the offset: "the
 * delegation said Israel continued …" before "Defence Minister Israel Katz" is named is no
 * mention of him.
 */
export function ifMentionedBefore(
  people: People,
  person: Person | undefined,
  paragraph: number,
  offset: number,
): Person | undefined {
  if (!person) return undefined;
  for (let p = 0; p <= paragraph; p++) {
    if (people.mentionsIn(p).some((m) => m.person === person && (p < paragraph || m.start < offset)))
      return person;
  }
  return undefined;
}

/**
 * "Speaking to the Daily Mail Lacerda claimed": a capitalised run after "the" is a body, and a
 * surname of someone named in full that ends it (no comma between them) is that person.
 */
export function surnameAfterBody(
  people: People,
  at: { paragraph: number; offset: number },
  before: string,
  name: string,
): Person | undefined {
  const words = name.split(/\s+/u);
  if (words.length < 2 || !/(?:^|\s)the\s+$/iu.test(before)) return undefined;
  const last = words[words.length - 1]!;
  const person = latestWithSurname(people, at.paragraph, at.offset, last) ?? people.find(last);
  return person?.name.includes(' ') && !name.startsWith(person.name.split(/\s+/u)[0]!) ? person : undefined;
}
