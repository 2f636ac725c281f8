import { activeLanguage, type Gender, genderOfWord } from './language';
import type { Person } from './people';
import { surname } from './text';

/**
 * People who share a surname, told apart by a title ("Sir Keir Starmer" … "Lady Starmer, the
 * Prime Minister's wife"; "Mary Smith and her husband, John Smith" … "Mrs Smith said"): a
 * gendered title before a surname shows which of them it is. The surname alone still goes to
 * the one introduced first (People), as articles name the second in full.
 */
export class SurnameTitles {
  private readonly bySurname = new Map<string, Person[]>();
  private readonly shown = new Map<Person, Gender>();

  /** Notes a person under their surname, with the gender a title or relation showed, if any. */
  note(person: Person, gender?: Gender): void {
    const key = surname(person.name).toLowerCase();
    const list = this.bySurname.get(key);
    if (!list) this.bySurname.set(key, [person]);
    else if (!list.includes(person)) list.push(person);
    if (gender && !this.shown.has(person)) this.shown.set(person, gender);
  }

  /**
   * The person of this surname a title of this gender fits: one shown to be of that gender, else
   * one not shown to be of either; null when everyone of that surname is of the other gender,
   * undefined when no one has it.
   */
  fitting(word: string, gender: Gender): Person | null | undefined {
    const list = this.bySurname.get(word.toLowerCase());
    if (!list) return undefined;
    const genderOf = (person: Person) => this.shown.get(person) ?? person.gender;
    return list.find((p) => genderOf(p) === gender) ?? list.find((p) => genderOf(p) === undefined) ?? null;
  }

  /** A title is a gender shown ("Sir Keir Starmer"): for whoever the article's words left undecided. */
  lendGenders(): void {
    for (const [person, gender] of this.shown) person.gender ??= gender;
  }

  /** Whether a person is the only one of their surname (a title met with them then shows their gender). */
  alone(person: Person): boolean {
    return (this.bySurname.get(surname(person.name).toLowerCase())?.length ?? 0) <= 1;
  }
}

/**
 * The gendered title or relation a name is introduced with: the word the match holds before the
 * name ("Sir" of "Sir Keir Starmer", "Mrs." of "Mrs. Smith"), else its role ("husband").
 */
export function titleBefore(
  matched: string,
  name: string,
  role: string | undefined,
  before: string,
): { word: string; gender: Gender; title: boolean } | undefined {
  const { gender } = activeLanguage();
  if (gender.size === 0) return undefined;
  const word = matched.startsWith(name) ? undefined : /^\S+/u.exec(matched)?.[0];
  const byWord = word ? genderOfWord(word, gender) : undefined;
  if (word && byWord) return { word, gender: byWord, title: true };
  // ("her husband, John Smith": the relation may be set off by a comma before the name.)
  // (Only the last words: a regex run back over a long phrase costs its square.)
  const relation = /(\p{L}+),?\s+$/u.exec(before.slice(-24))?.[1] ?? role?.split(/\s+/u).pop();
  const byRole = relation ? genderOfWord(relation, gender) : undefined;
  return relation && byRole ? { word: relation, gender: byRole, title: false } : undefined;
}
