import type { Speaker } from '../types';
import { findAntecedent, lastBefore, type Mention } from './antecedent';
import { appositiveRole } from './appositive';
import { bodyNounFirst } from './capitalised-nouns';
import { CjkNames } from './cjk-names';
import { captionsOf } from './credit-lines';
import { inferGenders } from './gender';
import { inGenitive, nominative, surnameInCase } from './genitive';
import type { Gender } from './language';
import { DETERMINER, LOOSE_RELATIONS } from './lexicon';
import { FullNames, ifMentionedBefore, latestWithSurname, loneNameEvidence } from './lone-names';
import {
  afterOpeningPreposition,
  hasSignalAfter,
  isPossessive,
  namesAThing,
  notALoneName,
  nounBefore,
  ownsThing,
  shortNameSignal,
  speechBefore,
  titleAfterThe,
} from './mention-context';
import { knownHeadBeforeParticle } from './name-before-particle';
import { findNames } from './names';
import { pronounOpens } from './participle-subject';
import { sentenceStarts } from './sentences';
import { mask, surname } from './text';
import { SurnameTitles, titleBefore } from './titled-names';

/** A person (or a name that may be one) met in the article. */
export interface Person {
  name: string;
  role?: string;
  /** As the article shows it (gender.ts); unknown for most people. */
  gender?: Gender;
  /** A title, role, apposition, age or speech verb showed this is a person (not "Nissan Leaf"). */
  strong: boolean;
}

/** Text outside quotations, per paragraph, as [start, end) ranges to skip. */
export type Skips = readonly (readonly [number, number])[];

/**
 * Everyone named in the article, first introduction first, with where they are
 * mentioned outside quotations: short names ("Espinosa", "Mr Reed") resolve to
 * the full name and role of that first introduction.
 */
export class People {
  private readonly bySurname = new Map<string, Person>();
  private readonly byFirstName = new Map<string, Person>();
  /** "Yeun Joon Kim" → "Joon", "Gabriel García Márquez" → "García": a name's middle words, as articles shorten it. */
  private readonly byMiddleName = new Map<string, Person>();
  /** Every full name as registered: "Jerry Jones" after "Stephen Jones" is found again as itself. */
  private readonly byFullName = new Map<string, Person>();
  private readonly mentions: Mention[][] = [];
  /** Japanese and Chinese names by their first introduction (植田 → 植田和男). */
  readonly cjk: CjkNames;
  private readonly sentenceCache = new Map<number, number[]>();
  private readonly titles = new SurnameTitles();
  /** Per paragraph, 1 at each offset inside a quotation. */
  readonly quoted: readonly Uint8Array[];

  constructor(
    readonly paragraphs: readonly string[],
    skips: readonly Skips[],
  ) {
    const quoted = paragraphs.map((text, p) => mask(text.length, skips[p] ?? []));
    this.quoted = quoted;
    // A picture's caption registers who is named in it, but is no place a pronoun points back to.
    const captions = captionsOf(paragraphs);
    paragraphs.forEach((text, p) => {
      const list: Mention[] = [];
      const caption = captions[p]!;
      for (const match of findNames(text)) {
        if (quoted[p]![match.start]) continue;
        // "masquerading as a Tax Preparation Service": an indefinite article names a thing, not a person.
        // ("In her Stitch Fix review": after a possessive, a thing she owns; people come with a noun
        // between, "her son Jack".)
        if (!match.marked && namesAThing(text, match.start)) continue;
        // ("the First Lady quietly tore into …": a title, unless the name is already someone's.)
        if (!match.marked && titleAfterThe(text, match.start, match.name) && !this.find(match.name)) continue;
        if (!match.marked && bodyNounFirst(match.name)) continue;
        // "our friend Dan Lee, former Director of Marketing at Ava": a relation before the name
        // says less than the role set off after it.
        const role =
          match.role && !LOOSE_RELATIONS.has(match.role.toLowerCase())
            ? match.role
            : (appositiveRole(text, match.start, match.end) ?? match.role);
        const strong =
          match.marked ||
          (role !== undefined && !(match.guessedRole && role === match.role)) ||
          (hasSignalAfter(text, match.end) && !afterOpeningPreposition(text, match.start)) ||
          speechBefore(text, match.start) ||
          nounBefore(text, match.start, match.name);
        // "По словам заместителя мэра Андрея Бочкарёва, …": the person is Андрей Бочкарёв.
        const full = inGenitive(text, match.start) ? nominative(match.name) : match.name;
        const head = knownHeadBeforeParticle(match, full, text, (n) => this.find(n));
        const name = head ?? full;
        const end = head ? match.start + head.length : match.end;
        const titled = titleBefore(
          text.slice(match.start, match.end),
          name,
          role,
          text.slice(Math.max(0, match.start - 16), match.start),
        );
        const person = this.addTitled(name, role, strong, titled);
        if (person && !caption)
          list.push({
            start: match.start,
            end,
            person,
            possessive: isPossessive(text, end),
            owner: isPossessive(text, end) && ownsThing(text, end),
          });
      }
      this.mentions.push(list);
    });
    this.addShortMentions(quoted, captions);
    inferGenders(paragraphs, this.mentions, quoted, (p) => this.sentenceStartsOf(p));
    this.titles.lendGenders();
    this.cjk = new CjkNames(paragraphs);
  }

  /**
   * Registers a name met with a gendered title or relation: "Lady Starmer" after "Sir Keir Starmer"
   * is someone else, named by title and surname, when everyone of that surname is of the other gender.
   */
  addTitled(
    name: string,
    role: string | undefined,
    strong: boolean,
    titled: ReturnType<typeof titleBefore>,
  ): Person | undefined {
    const fit = titled && !name.includes(' ') ? this.titles.fitting(name, titled.gender) : undefined;
    let person: Person | undefined;
    if (fit) {
      person = fit;
      person.strong ||= strong;
      person.role ??= role;
    } else if (fit === null && titled?.title) {
      person = { name: `${titled.word} ${name}`, role, strong: true };
      this.byFullName.set(person.name.toLowerCase(), person);
    } else person = this.add(name, role, strong);
    // (A title met with one of several people of a surname who fit it shows nothing about which.)
    if (person)
      this.titles.note(person, fit === undefined || this.titles.alone(person) ? titled?.gender : undefined);
    return person;
  }

  /** Registers a name (full or short) and returns the person it denotes. */
  add(name: string, role: string | undefined, strong: boolean): Person | undefined {
    const tokens = name.split(' ');
    const known = this.find(name);
    if (known) {
      known.strong ||= strong;
      known.role ??= role;
      return known;
    }
    if (tokens.length < 2 && !strong) return undefined;
    const person: Person = { name, role, strong };
    this.byFullName.set(name.toLowerCase(), person);
    this.titles.note(person);
    // Two people sharing a surname or a first name ("Lee Jae-myung" … "Interior Minister Lee Sang-min"):
    // the short form stays with the one introduced first, as articles name the second in full.
    const key = surname(name).toLowerCase();
    if (!this.bySurname.has(key)) this.bySurname.set(key, person);
    // ("Le Village", "La Fontaine": an article is no first name to find its bearer by.)
    const first = DETERMINER.test(`${tokens[0]} `) ? '' : tokens[0]!.toLowerCase();
    if (tokens.length > 1 && first && !this.byFirstName.has(first)) this.byFirstName.set(first, person);
    for (const middle of tokens.slice(1, -1)) {
      const key = middle.toLowerCase();
      if (/^\p{Lu}\p{Ll}+$/u.test(middle) && !this.byMiddleName.has(key)) this.byMiddleName.set(key, person);
    }
    return person;
  }

  /** The person a name denotes: itself, by surname, or by first name ("Jodie" → Jodie Marsh). */
  find(name: string): Person | undefined {
    const tokens = name.split(' ');
    if (tokens.length > 1) {
      const same = this.byFullName.get(name.toLowerCase());
      if (same) return same;
    }
    const last = surname(name).toLowerCase();
    const bySurname = this.bySurname.get(last);
    // ("Abu Amer" with "Abu Hassan Amer" and "Sadeq Abu Amer" met, "Sheib ad-Din" when "Siham Zein
    // ad-Din" holds the short form: the one whose name ends so, before one who shares the first word.)
    const tail = ` ${name.toLowerCase()}`;
    if (bySurname && tokens.length > 1 && !bySurname.name.toLowerCase().endsWith(tail))
      for (const p of this.byFullName.values()) if (p.name.toLowerCase().endsWith(tail)) return p;
    if (
      bySurname &&
      (tokens.length === 1 ||
        bySurname.name.split(' ')[0] === tokens[0] ||
        bySurname.name === name ||
        // "Van Der Beek" after "James Van Der Beek": the whole of a surname of several words
        // ("De Miranda" opening a sentence after "Luis de Miranda": whatever the particle's case).
        bySurname.name.toLowerCase().endsWith(` ${name.toLowerCase()}`))
    ) {
      return bySurname;
    }
    if (bySurname && tokens.length > 1 && bySurname.name.split(' ').length === 1) return bySurname;
    if (tokens.length === 1)
      return this.byFirstName.get(last) ?? surnameInCase(last, this.bySurname) ?? this.byMiddleName.get(last);
    return undefined;
  }

  /** Everyone introduced, first introduction first (one per surname: the one its short form stands for). */
  introduced(): Iterable<Person> {
    return this.bySurname.values();
  }

  /**
   * Who "he"/"she"/"they" most likely is at a point (antecedent.ts): `accept` rules people out
   * ("she" is not a man the article has shown to be one).
   */
  antecedent(
    paragraph: number,
    offset: number,
    accept?: (person: Person) => boolean,
    /** The pronoun being resolved ("she"), when it is one. */
    pronoun?: string,
  ): Person | undefined {
    return findAntecedent(this, paragraph, offset, accept, pronoun);
  }

  /** Where this paragraph names people outside quotations, in order (for antecedent.ts). */
  mentionsIn(paragraph: number): readonly Mention[] {
    return this.mentions[paragraph] ?? [];
  }

  /** The first strong person named in a paragraph between two offsets (the subject of that sentence). */
  firstNamedIn(paragraph: number, from: number, to: number): Person | undefined {
    const mentions = this.mentions[paragraph] ?? [];
    // Binary search to the first mention at or after `from`: long paragraphs stay linear overall.
    for (let i = lastBefore(mentions, from) + 1; i < mentions.length; i++) {
      const mention = mentions[i]!;
      if (mention.start >= to) break;
      if (mention.person.strong && !mention.possessive) return mention.person;
    }
    return undefined;
  }

  /**
   * Where to look back from for the person a pronoun stands for: the start of the sentence
   * when the pronoun is that sentence's subject ("He urged Mr. Trump …, saying “…”", "Quoting
   * Adam Smith, she said …"), else the spot.
   */
  pronounSearchFrom(paragraph: number, offset: number, pronoun: string): number {
    const starts = this.sentenceStartsOf(paragraph);
    const start = starts[Math.max(0, lastBefore(starts, offset + 1))] ?? 0;
    return pronounOpens(this.paragraphs[paragraph]!.slice(start, offset), pronoun) ? start : offset;
  }

  sentenceStartsOf(paragraph: number): readonly number[] {
    let starts = this.sentenceCache.get(paragraph);
    if (!starts) {
      starts = sentenceStarts(this.paragraphs[paragraph]!);
      this.sentenceCache.set(paragraph, starts);
    }
    return starts;
  }

  toSpeaker(person: Person): Speaker {
    return person.role ? { name: person.name, role: person.role } : { name: person.name };
  }

  /** Surnames and first names standing alone ("Espinosa was asked…") are mentions too. */
  private addShortMentions(quoted: readonly Uint8Array[], captions: readonly boolean[]): void {
    const single = /\p{Lu}[\p{L}\p{M}]*(?:[’'-]\p{L}+)*/gu;
    const fullNames = new FullNames(this.paragraphs);
    this.paragraphs.forEach((text, p) => {
      if (captions[p]) return;
      const list = this.mentions[p]!;
      const named = list.map((m) => [m.start, m.end] as const);
      const covered = mask(text.length, named);
      for (const m of text.matchAll(single)) {
        const start = m.index ?? 0;
        if (covered[start] || quoted[p]![start] || notALoneName(text, start, m[0].length)) continue;
        const word = m[0].replace(/['’]s$/u, '');
        const end = start + m[0].length;
        const lone = loneNameEvidence(text, start, end, word);
        const person =
          latestWithSurname(this, p, start, word) ??
          this.bySurname.get(word.toLowerCase()) ??
          ifMentionedBefore(this, this.byFirstName.get(word.toLowerCase()), p, start) ??
          (lone
            ? (this.byMiddleName.get(word.toLowerCase()) ??
              this.add(fullNames.before(word, p, start) ?? word, lone.role, true))
            : undefined);
        if (!person) continue;
        const possessive = isPossessive(text, end);
        list.push({ start, end, person, possessive, owner: possessive && ownsThing(text, end) });
        person.strong ||= shortNameSignal(text, start, start + m[0].length);
      }
      list.sort((a, b) => a.start - b.start);
    });
  }
}
