import { activeLanguage, type Gender, genderOfWord } from './language';
import { surname } from './text';

/**
 * A person's gender as the article shows it, so that "she said" does not go to the man named
 * last. Several weak signals are summed, none decides alone: a title or gendered noun right
 * before the name (Mr, Mme, "his wife"), a gendered noun or role ending set after it
 * ("Paul Girard, retraité"), and the gendered pronouns of the sentence that names only that
 * person and of the next sentence when it names nobody ("Jane Doe runs a bakery. She …").
 * The words are the article's languages' (lang masculine/feminine); with none, nothing is inferred.
 */

export interface GenderMention {
  start: number;
  end: number;
  person: { name: string; gender?: Gender; strong: boolean; role?: string };
  possessive?: boolean;
}

/** The first noun set off after a name, past an article or possessive. */
const NOUN_AFTER =
  /^,\s*(?:(?:the|his|her|their|its|le|la|les|une|son|sa|ses|der|die|das|eine|sein|seine|ihr|ihre|el|los|las|su|il|lo|seu|sua|het|zijn|haar)\s+)?(\p{L}+)/iu;

/** Object pronouns, which stand for someone other than the subject of their clause. */
const OBJECT_ONLY = new Set(['him', 'ihn', 'ihm', 'hem']);

/** "… hearing his mom sing": a gendered noun after a possessive is someone else, not the one named. */
const OWNED =
  /(?:(?<!\p{L})(?:his|her|their|its|my|your|our|son|sa|ses|mon|ma|mes|sein|seine|seiner|seinem|ihr|ihre|ihrem|mein|meine|su|sus|mi|mis|seu|sua|meu|minha|suo|suoi|sue|zijn|haar|mijn|jego|jej|ich|jeho|její|jejich|его|её|ее|их)|\p{L}['’]s)\s+$/iu;

/** "said she", "said that she", "told CNN’s host on Monday that she": the reported clause's own subject. */
const OWN_CLAUSE = /^(?:\s*|[^,.;:!?“”"«»]{0,60}?\bthat\s+)$/iu;
const PREPOSITION_NEXT = /^\s+(?:at|about|of|to|in|on|with|for|from|into|over|as|off|up|back)\b/iu;

/** "told her:", "asked him to": an object pronoun after one verb, before what was said. */
const OBJECT_AFTER = /^\s+\p{Ll}+\s+(him|her)(?=\s*[:,]|\s+(?:that|to)\b)/iu;

/** A preposition right before a name: "by Jeffrey Epstein", "to Jane Doe". */
const OBLIQUE = /\b(?:by|to|with|from|for|against|of|at|about|par|por|da|di|de|door)\s+$/iu;

/** A title or noun before a name, or a noun after it, counts as much as three pronouns. */
const NOUN_WEIGHT = 3;

export function inferGenders(
  paragraphs: readonly string[],
  mentions: readonly (readonly GenderMention[])[],
  quoted: readonly Uint8Array[],
  sentenceStartsOf: (paragraph: number) => readonly number[],
): void {
  const { gender, genderEndings, genderWord, pronouns, verb, notNameStarts } = activeLanguage();
  const capitalises = notNameStarts.size > 0;
  if (gender.size === 0) return;
  const votes = new Map<GenderMention['person'], [number, number]>();
  const vote = (person: GenderMention['person'], g: Gender, weight: number) => {
    const tally = votes.get(person) ?? [0, 0];
    tally[g === 'm' ? 0 : 1] += weight;
    votes.set(person, tally);
  };
  paragraphs.forEach((text, p) => {
    // Full names count though not yet known as people: a verb of saying after them marks them later.
    const list = (mentions[p] ?? []).filter(
      (m) => (m.person.strong || m.person.name.includes(' ')) && !m.possessive,
    );
    if (list.length === 0) return;
    // ("Ford’s will said he did not want his family …": someone else named in the possessive may own the pronouns.)
    const named = mentions[p] ?? [];
    const words: { at: number; g: Gender; subject: boolean }[] = [];
    for (const w of genderWord ? text.matchAll(genderWord) : []) {
      const at = w.index ?? 0;
      const g = genderOfWord(w[0], gender);
      // ("Elise Matthesen found him.": an object pronoun is never the subject's own.)
      if (
        g &&
        !quoted[p]![at] &&
        !OBJECT_ONLY.has(w[0].toLowerCase()) &&
        !OWNED.test(text.slice(Math.max(0, at - 12), at))
      )
        words.push({ at, g, subject: pronouns.has(w[0].toLowerCase()) });
    }
    const starts = sentenceStartsOf(p);
    for (let s = 0; s < starts.length; s++) {
      const from = starts[s]!;
      const to = starts[s + 1] ?? text.length;
      const here = list.filter((m) => m.start >= from && m.start < to);
      for (const m of here) {
        // ("His mother, Jane Hill": the noun may be set off by a comma; a pronoun is not one:
        // "d’après elle, M. Macron a balayé l’idée" says nothing of his gender.)
        const before = /(\p{L}[\p{L}.]*),?\s+$/u.exec(text.slice(Math.max(0, m.start - 16), m.start))?.[1];
        const g = before && !pronouns.has(before.toLowerCase()) ? genderOfWord(before, gender) : undefined;
        if (g) vote(m.person, g, NOUN_WEIGHT);
        // ("Die Interviewerin Roni Aviram": the role found with the name, where its noun takes a capital.)
        const head = capitalises ? m.person.role?.split(/\s+/u).pop() : undefined;
        const gr = head ? nounGender(head) : undefined;
        if (gr && !g) vote(m.person, gr, NOUN_WEIGHT);
        // ("Jane Hill, his mother,": the noun, not the possessive before it, which is someone else's.)
        const after = NOUN_AFTER.exec(text.slice(m.end, m.end + 40))?.[1];
        const ga = after ? (genderOfWord(after, gender) ?? byEnding(after, genderEndings)) : undefined;
        if (ga) vote(m.person, ga, NOUN_WEIGHT);
      }
      if (here.length === 0) continue;
      const other = here.find((m) => m.person !== here[0]!.person);
      if (other) {
        // "Marta Lund was 17 when she met Carl Voss": a subject pronoun before anyone else is named
        // can only be the one who opens the sentence (not past a verb of saying: "X said she …").
        const between = text.slice(here[0]!.end, other.start);
        const first = /^[\s“"‘(]*$/u.test(text.slice(from, here[0]!.start));
        if (first && !verb.test(between))
          for (const w of words)
            if (w.subject && w.at > here[0]!.end && w.at < other.start) vote(here[0]!.person, w.g, 1);
        // ("Roe said Smith told her: “…”": past the first one's verb of saying, the object of the
        // second one's verb is the first — never its own clause's subject.)
        const object =
          first && verb.test(between) ? OBJECT_AFTER.exec(text.slice(other.end, to))?.[1] : undefined;
        const g = object ? genderOfWord(object, gender) : undefined;
        if (g) vote(here[0]!.person, g, 1);
        continue;
      }
      if (named.some((m) => m.start >= from && m.start < to && m.person !== here[0]!.person)) continue;
      // The next sentence counts when it names nobody: its pronouns can only be this person's.
      const next = starts[s + 2] ?? text.length;
      const reach = named.some((m) => m.start >= to && m.start < next) ? to : next;
      // (A subject pronoun counts in full, and so does a possessive after a name opening the sentence,
      // "Lena Müller and her partner"; elsewhere a possessive counts half: "The biggest get was
      // Trump, and reviewers panned her questions" holds someone else's "her".)
      const opens = /^[\s“"‘(]*$/u.test(text.slice(from, here[0]!.start));
      // ("Govender said the investigation revealed that of the accounts in her name, two were fake":
      // past a verb of saying, the words reported are about others; only a subject pronoun
      // opening the reported clause, "Jane Doe said she would go", "told CNN that she …", is still the speaker's own.)
      // ("McDowell still laughs at the memory of hearing his mom": a verb before a preposition reports nothing.)
      const saying = verb.exec(text.slice(here[0]!.end, to));
      const afterVerb = saying ? here[0]!.end + saying.index + saying[0].length : reach;
      const reported =
        saying && !PREPOSITION_NEXT.test(text.slice(afterVerb, afterVerb + 12)) ? afterVerb : reach;
      // ("A woman who was raped by Jeffrey Epstein has revealed she …": after a preposition the name is
      // no subject, and its sentence's pronouns are its subject's.)
      const oblique = !opens && OBLIQUE.test(text.slice(from, here[0]!.start));
      for (const w of words) {
        if (w.at < here[0]!.end || w.at >= reach || (oblique && w.at < to)) continue;
        if (w.at >= reported && w.at < to && !(w.subject && OWN_CLAUSE.test(text.slice(reported, w.at))))
          continue;
        vote(here[0]!.person, w.g, w.subject || opens ? 1 : 0.5);
      }
    }
  });
  for (const [person, [m, f]] of votes) {
    if (m >= 2 * f && m >= 1) person.gender = 'm';
    else if (f >= 2 * m && f >= 1) person.gender = 'f';
  }
}

/** "retraitée" → f: an ending of a lower-case role noun, in languages whose nouns show gender that way. */
function byEnding(word: string, endings: readonly (readonly [string, Gender])[]): Gender | undefined {
  if (word.length < 5 || !/^\p{Ll}/u.test(word)) return undefined;
  return endings.find(([e]) => word.endsWith(e))?.[1];
}

/**
 * The gender of a role's head noun: "spokeswoman" → f; where nouns take a capital also by its
 * ending ("Interviewerin", "Ministerin" → f).
 */
export function nounGender(noun: string): Gender | undefined {
  const language = activeLanguage();
  const lower = noun.toLowerCase();
  return (
    genderOfWord(lower, language.gender) ??
    (language.notNameStarts.size > 0 ? byEnding(lower, language.genderEndings) : undefined)
  );
}

/** The gender a pronoun asks of its antecedent ("she" → f), if the language marks it. */
/** The gender of whoever owns what a phrase names, when a possessive opens it: "His father" → m. */
export function ownerGender(phrase: string): Gender | undefined {
  const first = /^\s*(\p{L}+)/u.exec(phrase)?.[1] ?? '';
  return OWNED.test(`${first} `) ? genderOfWord(first, activeLanguage().gender) : undefined;
}

export function pronounGender(pronoun: string): Gender | undefined {
  return genderOfWord(pronoun, activeLanguage().gender);
}

/** Whether the quote speaks of the person in the third person ("… Martha would not want …"): then not theirs. */
export function namedInQuote(quote: string, name: string): boolean {
  const last = surname(name);
  if (last.length < 3 || !/^\p{Lu}/u.test(last)) return false;
  // A plain search with the letter checks at each end: a regex built per name and quote was
  // compiled anew on every call.
  for (let at = quote.indexOf(last); at >= 0; at = quote.indexOf(last, at + 1)) {
    const end = at + last.length;
    if (
      !LETTER_BEFORE.test(quote.slice(Math.max(0, at - 2), at)) &&
      !LETTER_AFTER.test(quote.slice(end, end + 2))
    )
      return true;
  }
  return false;
}
const LETTER_BEFORE = /\p{L}$/u;
const LETTER_AFTER = /^\p{L}/u;
