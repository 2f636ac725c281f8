import { firstNameApposed } from './apposed-name';
import { nounGender, ownerGender, pronounGender } from './gender';
import { activeLanguage, type Gender } from './language';
import {
  afterPreposition,
  invertedSpeaker,
  isSubject,
  objectOfPreposition,
  opensClause,
  pronounSubject,
} from './mention-context';
import type { People, Person } from './people';
import { withRole } from './people-by-role';
import { bareRole, roleSubject } from './roles';

/**
 * The antecedent search: who "he", "she", "they" or "the minister" stands for at a point of the
 * article, read back sentence by sentence from the people People has found there.
 */

/** Where a paragraph names someone, outside quotations. */
export interface Mention {
  start: number;
  end: number;
  person: Person;
  /** "Mr. Ruiz's lawyer": the sentence is about someone else. */
  possessive?: boolean;
  /** "DiMugno’s study time was …": a possessive of a thing, so the sentence is still about its owner. */
  owner?: boolean;
}

/** Only a comma or two between a role and the name after it: ", " in "Her landlord, Tom Baker,". */
const APPOSED = /^[\s,]*$/u;
/** How many sentences back "he" or "she" is looked for. */
const MAX_SENTENCES_BACK = 12;

/**
 * Who "he"/"she"/"they" most likely is at a point: the first person named in the
 * nearest sentence before it that names someone (the sentence's subject, usually).
 * `accept` rules people out ("she" is not a man the article has shown to be one).
 */
export function findAntecedent(
  people: People,
  paragraph: number,
  offset: number,
  accept?: (person: Person) => boolean,
  /** The pronoun being resolved ("she"), when it is one. */
  pronoun?: string,
  /** A definite role standing for someone ("the 48-year-old"): a weak subject will do, as for a pronoun. */
  anaphor = false,
): Person | undefined {
  const forPronoun = pronoun !== undefined;
  // (The pronoun's gender, if it shows one: "he" does not go to a role a "his" opens, below.)
  const asked = pronoun === undefined ? undefined : pronounGender(pronoun);
  const chainedSubject = pronoun === undefined ? null : pronounSubject(pronoun);
  let looked = 0;
  // Once someone is ruled out, the one meant was named further back: look twice as far.
  let reach = MAX_SENTENCES_BACK;
  // Whether a sentence passed on the way back named anyone (see the weak subject below).
  let passedSomeone = false;
  // Where someone of the other gender was passed over: only as far as the paragraph before it does
  // that leave the run of sentences about the one meant unbroken.
  let passedOtherIn: number | undefined;
  for (let p = paragraph; p >= 0 && looked < reach; p--) {
    const text = people.paragraphs[p]!;
    const limit = p === paragraph ? offset : text.length;
    const starts = people.sentenceStartsOf(p);
    const mentions = people.mentionsIn(p);
    let m = lastBefore(mentions, limit);
    for (let s = lastBefore(starts, limit); s >= 0 && looked < reach; s--, looked++) {
      const from = starts[s]!;
      const to = Math.min(starts[s + 1] ?? limit, limit);
      let first: Mention | undefined;
      let weak: Mention | undefined;
      let owner: Mention | undefined;
      let ruledOut: Mention | undefined;
      let named = false;
      for (; m >= 0 && mentions[m]!.start >= from; m--) {
        // ("Asked by Jane Fox about it, he said": not Jane Fox, in the pronoun's own sentence or in
        // one before it, whose "he" is someone named further back.)
        if (forPronoun && inOpeningPhrase(text, mentions[m]!, looked === 0 ? limit : to)) continue;
        // ("Without mentioning Trump by name, the First Lady tore into …. She said": not Trump.)
        if (forPronoun && inLeadingClause(text, from, mentions[m]!)) continue;
        // ("Ähnlich wie Molina ist auch Davis fasziniert, »…«, sagt er": Davis, not the one compared.)
        if (compared(text, mentions[m]!)) continue;
        if (mentions[m]!.possessive) {
          named = true;
          // ("Bernard’s go-to option is “…,” he explains": in the quote's own sentence a full name
          // with no signal of its own will do.)
          if (
            mentions[m]!.owner &&
            (mentions[m]!.person.strong || (looked === 0 && mentions[m]!.person.name.includes(' '))) &&
            opensClause(text, from, mentions[m]!.start)
          )
            owner = mentions[m];
          continue;
        }
        if (accept && !accept(mentions[m]!.person)) {
          ruledOut = mentions[m];
          reach = 2 * MAX_SENTENCES_BACK;
          // (Someone of the other gender does not end a run of sentences about the one meant: "she"
          // passes over a man the article has shown to be one.)
          if (!ofOtherGender(mentions[m]!.person, pronoun)) named = true;
          else passedOtherIn ??= p;
          continue;
        }
        named = true;
        if (mentions[m]!.person.strong) first = mentions[m];
        else if (mentions[m]!.person.name.includes(' ')) weak = mentions[m];
      }
      // "… she was more nervous than Rose-Lynn Harlan has ever been. “…,” she said": a sentence whose
      // subject is the same pronoun only names others after it; the one meant is further back —
      // unless the one named says something in it ("Sie unterhält …, sagt Rektorin Eileen Lyons").
      const nearest = first ?? weak;
      // (Not a pronoun inside a quotation: "“… because she is attractive …,” chided Asha Rangappa".)
      const subject =
        nearest &&
        chainedSubject &&
        !invertedSpeaker(text, nearest.start) &&
        [...text.slice(from, to).matchAll(chainedSubject)].find(
          (m) => people.quoted[p]?.[from + m.index!] !== 1,
        );
      if (nearest && subject && subject.index! < nearest.start - from) continue;
      // "A former model told me her parents called the police on Ailes. “…,” she says": an unnamed
      // subject opening the sentence is whom a pronoun means, not someone named later in it.
      const unnamed = forPronoun && first ? unnamedSubject(text.slice(from, to), first.start - from) : null;
      if (unnamed && (!accept || accept(unnamed))) return unnamed;
      if (first) return first.person;
      // "DiMugno’s study time was more structured. He said …": the owner, when nobody else is named.
      if (owner && (!accept || accept(owner.person))) return owner.person;
      // "A spokesperson for Network Rail said …": a sentence about a role, naming nobody.
      const role = roleSubject(text.slice(from, to));
      // "John Smith runs the bakery. His father, Tom, founded it. “…,” he said": a role owned by someone
      // of the pronoun's gender is that one's kin or colleague; the pronoun goes on meaning the owner.
      if (role && asked && ownerGender(role.phrase) === asked) continue;
      // "El presidente de Oleojaén, Antonio Ruiz Molina, explicó …", "Ekonomista rolny dr Marek
      // Sadowski …": the role opens the sentence and the name follows it; the name is the subject.
      if (
        role &&
        weak &&
        weak.start >= from + role.end &&
        /^[\s,]*(?:[\p{L}’'-]+\.?,?\s+){0,3}$/u.test(text.slice(from + role.end, weak.start))
      )
        return weak.person;
      // "Her daughter, Claire, who cares for her, said …": a first name alone, set off after the role.
      const apposed = role ? firstNameApposed(text.slice(from + role.end, to)) : null;
      if (role && apposed) {
        const person = people.add(apposed.name, role.phrase, true);
        // (The role's noun gives the gender: "His wife, Ann," is not the one "he" stands for; so does
        // the apposition's: "Her neighbour, an 80-year-old widower named Frank,".)
        if (person) person.gender ??= roleGender(role.phrase) ?? apposed.gender;
        if (person && (!accept || accept(person))) return person;
      }
      const byRole = role
        ? { name: bareRole(role.phrase), strong: true, gender: roleGender(role.phrase) ?? apposed?.gender }
        : null;
      if (byRole && accept && !accept(byRole)) continue;
      // ("Her landlord, Tom Baker, said …" before "she said": the role is the one ruled out, named after it.)
      if (
        role &&
        ruledOut &&
        ruledOut.start >= from + role.end &&
        APPOSED.test(text.slice(from + role.end, ruledOut.start))
      )
        continue;
      if (role && !role.definite) return byRole!;
      // "The actress …": someone named earlier with that role; else whoever was named before.
      if (role)
        return withRole(people, role.phrase, accept) ?? findAntecedent(people, p, from, accept) ?? byRole!;
      // (A place or a thing passed over ends no run of sentences about the one meant.)
      const closed = (starts[s + 1] ?? Number.POSITIVE_INFINITY) <= limit;
      const thing = !!weak && looked === 0 && objectOfPreposition(text, weak.start, p === paragraph, closed);
      if (weak && looked === 0 && !thing) return weak.person;
      // "Garth Brooks" as a line of its own, then "Asked if he would perform, the country star
      // replied": a name heading the paragraph below is who that paragraph is about.
      if (weak && p === paragraph - 1 && headsParagraph(text, weak) && (!accept || accept(weak.person)))
        return weak.person;
      // "Hannah Cairo grew up in the Bahamas. … She found it lonely. “…,” she said.": for a pronoun, a name
      // in subject position ("Within three years Ruiz was running …") with no signal is still the one meant when every sentence since
      // names nobody (a profile's subject, carried by pronouns).
      if (
        (forPronoun || anaphor) &&
        weak &&
        !passedSomeone &&
        (passedOtherIn === undefined || p >= passedOtherIn - 1) &&
        isSubject(text, from, weak.start, weak.end)
      )
        return weak.person;
      if (named && !(thing && !first)) passedSomeone = true;
    }
  }
  return undefined;
}

/** The article has shown the person to be of the other gender than the pronoun asks ("she" and a man). */
function ofOtherGender(person: Person, pronoun: string | undefined): boolean {
  const asked = pronoun === undefined ? undefined : pronounGender(pronoun);
  return asked !== undefined && person.gender !== undefined && person.gender !== asked;
}

/** The mention is the whole of its paragraph: a name on a line of its own. */
function headsParagraph(text: string, mention: Mention): boolean {
  return text.slice(0, mention.start).trim() === '' && /^[\s.:]*$/u.test(text.slice(mention.end));
}

/**
 * "Asked by Jane Fox about it, he said": the mention follows a preposition inside a phrase that
 * closes with a comma right before the pronoun's clause ("According to X, he …" is not one).
 */
function inOpeningPhrase(text: string, mention: Mention, limit: number): boolean {
  return (
    afterPreposition(text, mention.start) &&
    !/according\s+to\s+$/iu.test(text.slice(Math.max(0, mention.start - 16), mention.start)) &&
    /^[^,.;:!?“”"«»]*,\s*\p{Ll}+\s/u.test(text.slice(mention.end, limit))
  );
}

/**
 * A name in a phrase that opens its sentence with a preposition or a participle and hands over
 * to a subject of its own ("Without mentioning Trump by name, the First Lady …", "After meeting
 * Jones, the minister …"): the one named there is not who the sentence is about.
 */
function inLeadingClause(text: string, sentenceStart: number, mention: Mention): boolean {
  return (
    LEADING_PHRASE.test(text.slice(sentenceStart, mention.start)) &&
    /^[^,.;:!?“”"«»]*,\s*(?:the|a|an|his|her|their|he|she|they)\s/u.test(
      text.slice(mention.end, mention.end + 80),
    )
  );
}

/**
 * The name follows a word of comparison ("than Jones", "ähnlich wie Molina"), or opens with one
 * where capitals run on from the sentence's start ("Unlike Olivia Grant, …"): set beside the
 * subject, not it.
 */
function compared(text: string, mention: Mention): boolean {
  const before = activeLanguage().comparisonBefore;
  if (!before) return false;
  const from = Math.max(0, mention.start - 30);
  const firstWord = /^\S+\s+/u.exec(text.slice(mention.start, mention.end))?.[0].length ?? 0;
  return (
    before.test(text.slice(from, mention.start)) ||
    (firstWord > 0 && before.test(text.slice(from, mention.start + firstWord)))
  );
}

const LEADING_PHRASE =
  /^\s*(?:Without|After|Before|Despite|Unlike|Like|Asked|Following|Besides|Beyond|Apart from|\p{Lu}\p{Ll}+ed by|\p{Lu}\p{Ll}{2,}ing)\b[^,.;:!?“”"«»]*$/u;

/** "the spokeswoman" → f: the gender of a role phrase's head noun, if the language marks it. */
function roleGender(phrase: string): Gender | undefined {
  return nounGender(phrase.trim().split(/\s+/u).pop() ?? '');
}

/** Index of the last item (a number or something with a start) before `limit`, or -1; items are in order. */
export function lastBefore(items: readonly (number | { start: number })[], limit: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const item = items[mid]!;
    if ((typeof item === 'number' ? item : item.start) < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * The role opening a sentence with "a", "an" or "one" ("A former model", "One Fox executive"),
 * as someone unnamed, when the sentence's first name comes well after it (its object, not an
 * apposition: "A spokesman, Tom Reed, said" is Tom Reed).
 */
function unnamedSubject(sentence: string, nameAt: number): Person | null {
  const role = roleSubject(sentence);
  if (!role || role.definite || !/^\s*(?:an?|one)\s/iu.test(sentence) || nameAt < role.end) return null;
  if (/^[\s,]*(?:[\p{L}’'-]+\.?,?\s+){0,3}$/u.test(sentence.slice(role.end, nameAt))) return null;
  return { name: bareRole(role.phrase), strong: true, gender: roleGender(role.phrase) } as Person;
}
