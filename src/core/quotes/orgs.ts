import { activeLanguage } from './language';
import { ORG_WORDS, TITLES } from './lexicon';
import { alternation } from './regex-words';
import { isRoleWord } from './role-words';

/**
 * Organisations named in the article, in reading order, so that the common nouns standing
 * for them ("the company said", "the agency said", "la mairie a indiqué", "it added") and
 * the documents they issue ("the statement read", "the Department of Justice complaint
 * says") resolve to the organisation named earlier rather than to the noun or a person.
 */

interface OrgMention {
  name: string;
  paragraph: number;
  offset: number;
  /** The name as written, when a legal form ("Co.", "Inc.") was left out of `name`. */
  full?: string;
}

/** A capitalised run, with the small words that join an organisation's name. */
const RUN =
  /\p{Lu}[\p{L}\p{M}’'&.-]*(?:\s+(?:(?:of|for|on|the|and|de|do|da|des|du|del|della|di|van|voor|für|der|d’|dla)\s+)*\p{Lu}[\p{L}\p{M}’'&.-]*)*/gu;
/** Organisation words beyond English that mark a capitalised run as an organisation. */
const ORG_WORDS_MORE = new Set(
  (
    'records productions studios entertainment media motors airlines airways industries enterprises ' +
    'administration cooperative prosecution spółdzielnia ministério ministerio ministère ministerium ' +
    'ministero ministerstvo министерство администрация dinas kementerian associação asociación ' +
    'association verband gewerkschaft syndicat sindicato stadt gemeente mairie câmara ayuntamiento ' +
    'comune film label'
  ).split(' '),
);
const WHEN_AFTER =
  /\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b.*$/u;
const TRAILING_CONNECTOR = /\s+(?:of|for|and|on|the|de|do|da|des|du|del|della|di|van|voor|für|der|d’|dla)$/iu;
const LEADING_ARTICLE = /^(?:The|THE|La|Le|Les|El|Los|Las|Il|Lo|Die|Der|Das|De|Het|O|A|Os|As)\s+/u;
/** Documents an organisation issues: their "author" is the organisation. */
export const DOCUMENT_NOUNS = new Set(
  (
    'statement release complaint report filing lawsuit letter study post website email e-mail memo communiqué comunicado ' +
    'brochure pamphlet leaflet booklet handbook ruling indictment judgment document ' +
    // (A body's text as it speaks: «…», señala el texto.)
    'texto testo texte documento escrito ' +
    'comunicato nota stellungnahme mitteilung verklaring komunikat oświadczenie заявление пресс-релиз ' +
    'keterangan pernyataan 声明 보도자료'
  ).split(' '),
);

/** "The developer, " opening a sentence: a common noun set off before the name it stands for. */
const NOUN_SET_OFF = /(?:^|[.!?;:]\s+)(?:The|Its|Their|La|Le|El|Il|Die|Der|Das|De|Het|O|A)\s+(\p{L}+),\s*$/u;

/** A company's legal form: "Co.", "Corp", "Inc.", "Ltd", "plc", "GmbH". */
const LEGAL_FORMS = '(?:Co|Corp|Inc|Ltd|LLC|L\\.L\\.C|plc|PLC|AG|SA|S\\.A|GmbH|NV|N\\.V|BV|Pty)\\.?';
/** Legal forms closing a name, shown without them. */
const LEGAL_FORM = new RegExp(`(?<=\\S)(?:,?\\s+${LEGAL_FORMS})+$`, 'u');
/** Two companies joined by "and", the first closed by its legal form. */
const TWO_BODIES = new RegExp(`^(.+?\\s${LEGAL_FORMS}),?\\s+and\\s+(\\p{Lu}.*)$`, 'u');

/** Words that name no body alone: "General" of "General Motors", "National" of "National Grid plc". */
const GENERIC = new Set(
  'general national international united american british european global first new royal central federal state city'.split(
    ' ',
  ),
);

/** Words that make a run a place, a day or an event rather than a body that speaks. */
const NOT_BODIES = new Set(
  'street road lane avenue square park bridge station airport day week year award awards cup championship series festival city centre center stadium hall'.split(
    ' ',
  ),
);

/** "compound annual growth rate (CAGR)": an acronym that abbreviates lower-case words is a term, not a body. */
function definesTerm(text: string, at: number): boolean {
  return /\p{Ll}[\p{L}-]*\s+\($/u.test(text.slice(Math.max(0, at - 40), at));
}

/** "through WhatsApp, SMS, email and social media": an acronym listed with lower-case things is one of them. */
function listedWithThings(text: string, at: number, length: number): boolean {
  return (
    /,\s*$/u.test(text.slice(Math.max(0, at - 3), at)) &&
    /^(?:,|\s+(?:and|or))\s+(?!the\s|a\s|an\s)\p{Ll}/u.test(text.slice(at + length, at + length + 12))
  );
}

/**
 * The words before a title that a person's name follows to the end of the run ("Police" of
 * "Police Chief Dana Reyes"); null when the run has no such title.
 */
function titleBeforeName(run: string): string | null {
  const tokens = run.split(/\s+/u);
  for (let i = tokens.length - 2; i > 0; i--) {
    const token = tokens[i]!.replace(/\.$/u, '');
    if (!(TITLES.has(token.toLowerCase()) || isRoleWord(token))) continue;
    const after = tokens.slice(i + 1);
    if (after.length <= 3 && after.every((t) => /^\p{Lu}[\p{Ll}’'-]+$|^\p{Lu}\.$/u.test(t) && !isOrgWord(t)))
      return tokens.slice(0, i).join(' ');
    return null;
  }
  return null;
}

function isOrgWord(token: string): boolean {
  const t = token.toLowerCase().replace(/[.,’']+$/u, '');
  return (ORG_WORDS.has(t) && !NOT_BODIES.has(t)) || ORG_WORDS_MORE.has(t);
}

/** How far back, in paragraphs, a body whose name does not hold the noun may stand for it ("the company"). */
const UNMATCHED_REACH = 3;

export class Organisations {
  private readonly list: OrgMention[] = [];
  private readonly names = new Set<string>();
  /**
   * Bodies named as such beyond doubt, lower case, under any of their mentions: brought in by a
   * common noun ("gaming giant Nintendo"), written with a legal form ("Boeing Co."), or named in
   * several words one of which says what it is ("British Medical Association"). Not initials
   * ("AFP", "GPS") nor a bare noun ("Police").
   */
  private readonly fullBodies = new Set<string>();

  constructor(
    private readonly paragraphs: readonly string[],
    quoted: (paragraph: number, offset: number) => boolean,
  ) {
    const orgNouns = activeLanguage().orgNouns;
    const capitalises = activeLanguage().notNameStarts.size > 0;
    paragraphs.forEach((text, p) => {
      for (const m of text.matchAll(RUN)) {
        const at = m.index ?? 0;
        if (quoted(p, at)) continue;
        let raw = m[0]
          // "Leeds Crown Court on Friday": a day or month after "on" is when, not part of the name.
          .replace(WHEN_AFTER, '')
          .replace(/['’]s?$/u, '')
          .replace(TRAILING_CONNECTOR, '')
          .replace(/[.,]$/u, '');
        // "Richard Chamberlain of RBC Capital Markets": a person of a body; the body is after "of".
        const split = /^(.+?)\s+(?:of|for|at)\s+(.+)$/u.exec(raw);
        if (split && !split[1]!.split(/\s+/u).some(isOrgWord)) raw = split[2]!;
        let name = raw.replace(LEADING_ARTICLE, '');
        // "Police Chief Dana Reyes", "Fire Department Captain Ann Lee": a title and the person holding
        // it end the run; the body, if any, is before the title.
        const titled = titleBeforeName(name);
        if (titled !== null) {
          if (titled.split(/\s+/u).length < 2) continue;
          name = titled;
        }
        const tokens = name.split(/\s+/u);
        // "La cooperativa Oleojaén", "the label Big Machine": a common noun names what follows.
        // (Where nouns take a capital, a lower-case word is none: "zentrale Ziele" is no "Zentrale".)
        // ("used to police Chinese citizens": after "to" the noun is a verb.)
        const [verbal, word = ''] = /(\bto\s+)?(\S*)\s*$/u
          .exec(text.slice(Math.max(0, at - 24), at))!
          .slice(1);
        const before = verbal || (capitalises && /^\p{Ll}/u.test(word)) ? '' : word.toLowerCase();
        // ("The developer, Northgate Homes, said": the noun opening the sentence may be set off by a
        // comma; "at a car company, Shulman said" is no such thing.)
        const setOff = NOUN_SET_OFF.exec(text.slice(Math.max(0, at - 40), at))?.[1]?.toLowerCase();
        const named =
          (orgNouns.has(before) || (setOff !== undefined && orgNouns.has(setOff))) && tokens.length <= 4;
        // ("CEO", "CFO": a role's initials are no body.)
        const acronym =
          /^\p{Lu}{3,6}$/u.test(name) &&
          !isRoleWord(name) &&
          !definesTerm(text, at) &&
          !listedWithThings(text, at, name.length);
        // ("banking giant Goldman Sachs … Goldman Sachs estimates": named again, it is still a body.)
        if (!(tokens.some(isOrgWord) || named || acronym || this.names.has(name.toLowerCase()))) continue;
        // ("Boeing Co. and Lockheed Martin Corp.": a legal form closes the first body's name.)
        const pair = TWO_BODIES.exec(name);
        if (pair) {
          this.push(pair[1]!, p, at);
          this.push(pair[2]!, p, at + name.indexOf(pair[2]!, pair[1]!.length));
        } else this.push(name, p, at, named);
      }
      const han = activeLanguage().hanOrg;
      if (han)
        for (const m of text.matchAll(han)) if (!quoted(p, m.index ?? 0)) this.push(m[0], p, m.index ?? 0);
    });
    this.addShortForms(quoted);
  }

  /**
   * "Big Machine" after "Big Machine Records", "Acme" after "Acme Corp.": a body named again
   * without the words that made it one is still that body, so "the company said" after "Swift
   * accused … Big Machine of …" is Big Machine Records, not the body named in full after it.
   */
  private addShortForms(quoted: (paragraph: number, offset: number) => boolean): void {
    const forms = new Map<string, string>();
    for (const { name, full } of this.list) {
      const tokens = (full ?? name).split(/\s+/u);
      let keep = tokens.length;
      while (keep > 0 && isOrgWord(tokens[keep - 1]!)) keep--;
      if (keep === 0 || keep === tokens.length) continue;
      const short = tokens.slice(0, keep).join(' ');
      if (short.length < 3 || !/^\p{Lu}/u.test(short) || (keep === 1 && GENERIC.has(short.toLowerCase())))
        continue;
      if (!forms.has(short)) forms.set(short, name);
    }
    if (forms.size === 0) return;
    // (Not where a capitalised word goes on: that is the full name, or another body's.)
    const again = new RegExp(
      `(?<![\\p{L}\\p{N}])${alternation(forms.keys())}(?![\\p{L}\\p{N}]|\\s+\\p{Lu})`,
      'gu',
    );
    const before = this.list.length;
    this.paragraphs.forEach((text, p) => {
      for (const m of text.matchAll(again))
        if (!quoted(p, m.index ?? 0)) this.push(forms.get(m[0].replace(/\s+/gu, ' '))!, p, m.index ?? 0);
    });
    if (this.list.length > before) this.list.sort((a, b) => a.paragraph - b.paragraph || a.offset - b.offset);
  }

  /** Registers a mention; `introduced` when a common noun brought the body in ("gaming giant Nintendo"). */
  private push(full: string, paragraph: number, offset: number, introduced = false): void {
    if (full.length < 2) return;
    // ("Boeing Co." is shown as the reader knows it, "Boeing"; both forms are the body's.)
    const name = full.replace(LEGAL_FORM, '');
    this.list.push(name === full ? { name, paragraph, offset } : { name, paragraph, offset, full });
    const tokens = name.split(/\s+/u);
    if (introduced || name !== full || (tokens.length > 1 && tokens.some(isOrgWord)))
      this.fullBodies.add(name.toLowerCase());
    this.names.add(name.toLowerCase());
    this.names.add(full.toLowerCase());
  }

  private followedBy(org: OrgMention, word: string): boolean {
    const text = this.paragraphs[org.paragraph]!;
    return text
      .slice(org.offset, org.offset + org.name.length + 60)
      .toLowerCase()
      .includes(word);
  }

  /** The latest organisation named before a point whose name holds the word ("Institute" → Venezuelan Institute for …). */
  holding(paragraph: number, offset: number, word: string): string | undefined {
    const wanted = word.toLowerCase();
    for (let i = this.list.length - 1; i >= 0; i--) {
      const org = this.list[i]!;
      if (org.paragraph > paragraph || (org.paragraph === paragraph && org.offset >= offset)) continue;
      // (A run over a full stop is two names, not one: "… School of Management. HCA".)
      if (/[.!?]\s/u.test(org.name)) continue;
      if (org.name.toLowerCase().split(/\s+/u).includes(wanted) && org.name.length > word.length)
        return org.name;
    }
    return undefined;
  }

  /** The latest organisation named before a point and at most `reach` paragraphs back ("it said"). */
  latestWithin(paragraph: number, offset: number, reach: number): string | undefined {
    for (let i = this.list.length - 1; i >= 0; i--) {
      const org = this.list[i]!;
      if (org.paragraph > paragraph || (org.paragraph === paragraph && org.offset >= offset)) continue;
      return paragraph - org.paragraph <= reach ? org.name : undefined;
    }
    return undefined;
  }

  /** Whether a speaker name is an organisation met in the article. */
  isOrganisation(name: string): boolean {
    return this.names.has(name.toLowerCase());
  }

  /**
   * The organisation a common noun stands for at a point: the latest one named before it
   * that shares a word with the phrase ("the production company" → Dick Clark Productions,
   * "the agency" → … Agency), else simply the latest one named.
   */
  latestBefore(paragraph: number, offset: number, phrase: string, near?: string): string | undefined {
    const words = phrase
      .toLowerCase()
      .split(/\s+/u)
      .map((w) => w.replace(/s$/u, ''))
      .filter((w) => w.length > 3);
    let latest: string | undefined;
    for (let i = this.list.length - 1; i >= 0; i--) {
      const org = this.list[i]!;
      if (org.paragraph > paragraph || (org.paragraph === paragraph && org.offset >= offset)) continue;
      // (A body whose name does not hold the noun stands for it only when it is named as a body
      // beyond doubt (fullBodies) and close by: "GPS" or "AFP" just before, or "Saxo Bank" paragraphs
      // before, are not "the company" of "a company spokesperson said" nor "the government" of "the
      // government said". With no noun — a document's issuer — the latest body named.)
      const eligible =
        words.length === 0 ||
        (this.fullBodies.has(org.name.toLowerCase()) && paragraph - org.paragraph <= UNMATCHED_REACH);
      if (eligible) latest ??= org.name;
      const own = org.name.toLowerCase();
      if (words.some((w) => own.includes(w))) return org.name;
      // "Big Machine Records issued a statement": the body next to the document's noun.
      if (near && this.followedBy(org, near)) return org.name;
      if (paragraph - org.paragraph > 12) break;
    }
    return latest;
  }
}
