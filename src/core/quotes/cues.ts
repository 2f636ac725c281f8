import { activeLanguage } from './language';
import { NOT_NAME_STARTS } from './lexicon';
import { isRoleWord } from './names';
import { roleSubject } from './roles';
import { hasSentenceBreak, lastSentence } from './sentences';

/**
 * Attribution cues: the words around a quotation that say who spoke.
 * These functions only cut out the phrase that names the speaker
 * ("said Espinosa" → "Espinosa"); attribute.ts decides who that phrase is.
 * A phrase may carry an aside after a "|": "Jane Doe|the charity's director".
 * The verbs, source words and pronouns are the article's languages' (lang/*.ts).
 */

/** Auxiliaries and adverbs between a subject and its verb: "Espinosa has also said", "Brooke tearfully asked". */
const AUXILIARIES =
  /(?:\s+(?:(?:has|had|have) to|has|had|have|was|were|is|also|later|then|once|previously|further|again|simply|just|quickly|earlier|recently|would|will|did|instead|however|reportedly|finally|initially|repeatedly|publicly|privately|separately|bluntly|candidly|proudly|\p{Ll}{3,}ly|por su parte|ainsi|aussi|auch|noch|ook|a|ont|ha|han|hat|haben|heeft|hebben|è|foi|tem))+\s*$/iu;
const FRENCH_INVERTED = /^(?:a-t-(?:il|elle)|\p{L}+-t-(?:il|elle)|\p{L}+-(?:il|elle))(?![\p{L}])/iu;
/** French and Spanish perfect tense after the quote: a déclaré X, ha afirmado X. */
const PERFECT = /^(?:a|ont|ha|han|heeft|hebben|hat|haben|ha\s+fatto|è|sono)\s+/iu;
const JAPANESE_TOPIC = /([\p{Script=Han}\p{Script=Katakana}ー]{2,12})(?:は|が)\s*$/u;
/** Commas that separate clauses, not the comma in 7,500. */
const CLAUSE_COMMA = /\s*[,،](?!\d)\s*/u;
/** Arabic "called …" before a name: ويدعى أبو محمود. */
const ARABIC_NAMED = /^(?:و?يدعى|و?يُدعى|المدعو)\s+/u;
/** "الخبيرة في شؤون المياه الدكتورة سلمى الخطيب": role, then a title, then the name. */
const ARABIC_INNER_TITLE = /^(.+?)\s+(?:المهندسة?|الدكتورة?|السيدة?|الشيخ|الأستاذة?)\s+(.+)$/u;
const ARABIC_TITLE = /^(?:المهندسة?|الدكتورة?|السيدة?|الشيخ|الأستاذة?)\s+/u;

export function hasSpeechCue(text: string): boolean {
  const language = activeLanguage();
  // “…,” states Slayton: a lead-only verb counts where it opens the attribution.
  return (
    language.verb.test(text) || language.source.test(text) || language.lead.test(text.replace(/^[\s,]+/u, ''))
  );
}

/** The phrase naming the speaker in the words right after a closing mark, or null. */
export function cueAfter(after: string): string | null {
  const s = after.replace(/^[\s,،.;:!?—–-]+/u, '');
  if (s === '' || /^[“"‘„«»「]/u.test(s)) return null;
  const german = /^\s*,\s*so\s+(.+)/u.exec(after);
  if (german) return subjectAfterVerb(german[1]!);
  const language = activeLanguage();
  const inverted = FRENCH_INVERTED.exec(s);
  if (inverted && language.verb.test(inverted[0])) return /elle/i.test(inverted[0]) ? 'elle' : 'il';
  if (inverted && /^a-t-/iu.test(inverted[0])) return /elle/i.test(inverted[0]) ? 'elle' : 'il';
  // “…”, ujarnya: the verb carries its subject.
  if (language.pronounVerb?.test(s)) return 'dia';
  const perfect = PERFECT.exec(s);
  const afterPerfect = perfect ? s.slice(perfect[0].length) : '';
  const perfectLead = perfect ? language.lead.exec(afterPerfect) : null;
  if (perfectLead) return subjectAfterVerb(afterPerfect.slice(perfectLead[0].length));
  const lead = language.lead.exec(s);
  if (lead) return subjectAfterVerb(s.slice(lead[0].length));
  const verb = language.verb.exec(s);
  // “…,” Wilgus shares. / “…,” she states: a word that is a verb only right after a quote and its subject.
  if (!verb) return language.subjectLead.exec(s)?.[1] ?? signedAfter(after);
  const head = s.slice(0, verb.index);
  // “…”, acrescentou. / «…», dodał. — the verb alone: its subject is the one already in play.
  // ("they": a pronoun of no gender, so whoever is in play, man or woman.)
  if (head.trim() === '' && /^\s*[.!?…]?\s*$/u.test(s.slice(verb.index + verb[0].length))) return 'they';
  // “…” at the hostages’ release, adding that …: a participle's subject is the sentence's, found before.
  if (language.participles.has(verb[0].toLowerCase()) && head.trim() !== '') return null;
  // “…”, but installers warned …: a new clause with its own subject, not an attribution.
  if (/^(?:but|and|while|although|whereas|yet|so|aber|und|mais|et)\b/iu.test(head)) return null;
  if (head.split(/\s+/u).length > 30 || hasSentenceBreak(head) || /[“"„«「]/u.test(head)) return null;
  return subjectBeforeVerb(head);
}

/**
 * “…” — Angela Hernandez, Content Creator: a testimonial or epigraph signed after a dash,
 * the name (and a role after a comma) closing the paragraph.
 */
const SIGNED =
  /^\s*(?:[—–]|\s--?)\s*(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3})\s*(?:,\s*([^.;!?“”"]{2,80}?))?\s*\.?\s*$/u;

/** "“…” -- Senior software engineer working in automotive systems": signed by a role alone. */
const SIGNED_ROLE =
  /^\s*(?:[—–]|\s--?)\s*(\p{Lu}\p{Ll}+(?:\s+[\p{Ll}-]+){0,3}?)(?:\s+(?:working|at|in|from|of|for|specializing|specialising|focused|who|and|with)\b[^.!?“”"]*)?\s*\.?\s*$/u;

function signedAfter(after: string): string | null {
  const signed = SIGNED.exec(after);
  if (!signed) {
    const role = SIGNED_ROLE.exec(after)?.[1];
    return role?.split(/\s+/u).some(isRoleWord) ? role : null;
  }
  return signed[2] ? `${signed[1]}|${signed[2]}` : signed[1]!;
}

/** The phrase naming the speaker in the words before an opening mark, or null. */
export function cueBefore(before: string): string | null {
  const sentence = lastSentence(before);
  const japanese = JAPANESE_TOPIC.exec(sentence);
  if (japanese) return japanese[1]!;
  return cueInSentence(sentence, true);
}

/**
 * The speaker phrase of the last verb of saying in a sentence ("Espinosa said that … boost."),
 * or of "according to X". Participles (adding, موضحة) defer to the verb before them.
 */
export function cueInSentence(sentence: string, last = true): string | null {
  const language = activeLanguage();
  const verbs = [...sentence.matchAll(language.verbAll)].filter(
    (m) => !language.participles.has(m[0].toLowerCase()),
  );
  const verb = last ? verbs[verbs.length - 1] : verbs[0];
  const sources = [...sentence.matchAll(language.sourceAll)];
  const source = sources[sources.length - 1];
  if (source && (!verb || (source.index ?? 0) > (verb.index ?? 0))) {
    // "According to the man, the steroids …": the source ends at the first comma,
    // unless a name follows it ("Selon la secrétaire générale de la CFDT, Marylise Léon,").
    const tail = sentence.slice((source.index ?? 0) + source[0].length);
    const parts = tail.split(/\s*,\s*/u);
    const named = parts.length > 1 && /^\p{Lu}/u.test(parts[1]!);
    return subjectAfterVerb(named ? `${parts[0]}, ${parts[1]}` : (parts[0] ?? tail));
  }
  if (!verb) return participleSubject(sentence);
  const index = verb.index ?? 0;
  // "W październiku, jak podała w komunikacie, „…”": no subject of its own; the one in play spoke.
  if (language.asClause?.test(sentence.slice(0, index))) return 'they';
  // "a question asked by candidates …": the passive's agent speaks.
  const agent = /^\s+by\s+(.+)$/iu.exec(sentence.slice(index + verb[0].length));
  if (agent) return subjectAfterVerb(agent[1]!.replace(/\s+(?:searching|looking|who|that|which)\b.*$/iu, ''));
  // "…, zegt hij.", "…, explique Paul Girard": after a comma the verb comes before its subject.
  const afterVerb = sentence.slice(index + verb[0].length);
  const clauseBefore =
    sentence
      .slice(0, index)
      .split(/[,،]\s*/u)
      .filter((c) => c.trim() !== '')
      .pop() ?? '';
  if (
    /[,،]\s*$/u.test(sentence.slice(0, index)) &&
    clauseBefore.trim().split(/\s+/u).length > 4 &&
    /^\s+(?:\p{Lu}|\p{Ll})[^,:;]*[.!?]\s*$/u.test(afterVerb)
  ) {
    const subject = subjectAfterVerb(afterVerb);
    if (subject && (/^\p{Lu}/u.test(subject) || language.pronouns.has(subject.toLowerCase()))) return subject;
  }
  // "… allowed Mosseri to claim that “…”": the name before an infinitive's "to" speaks.
  const infinitive = /(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2})\s+to\s+$/u.exec(
    sentence.slice(0, index),
  );
  if (infinitive && !NOT_NAME_STARTS.has(infinitive[1]!.toLowerCase())) return infinitive[1]!;
  // "China’s ambassador … accused the UK of meddling and warned that “…”": a second verb shares
  // the subject that opens the sentence.
  if (/\s(?:and|but|then|und|et|y|e|i|en)\s+$/iu.test(sentence.slice(0, index))) {
    const opening = openingSubject(sentence);
    if (opening) return opening;
  }
  // Arabic puts the verb first: قال الوزير …
  if (/\p{Script=Arabic}/u.test(verb[0])) return subjectAfterVerb(sentence.slice(index + verb[0].length));
  return (
    subjectBeforeVerb(sentence.slice(0, index)) ?? subjectAfterVerb(sentence.slice(index + verb[0].length))
  );
}

/** The subject that opens a sentence: a name (with its title), a role phrase or a pronoun. */
function openingSubject(sentence: string): string | null {
  // "In a second statement, the chief executive …": past an opening phrase set off by a comma.
  const start = sentence.replace(/^[\s“"‘(]+/u, '');
  const lead = /^(?:[^\s,]+\s+){0,5}[^\s,]+,\s+/u.exec(start)?.[0];
  // (Only a phrase that opens with a preposition or adverb: "Jane Smith, a spokesperson, …" is the subject.)
  const text =
    lead && NOT_NAME_STARTS.has(/^\p{L}+/u.exec(lead)?.[0]?.toLowerCase() ?? '')
      ? start.slice(lead.length)
      : start;
  const pronoun = /^(\p{L}+)\s/u.exec(text)?.[1];
  if (pronoun && activeLanguage().pronouns.has(pronoun.toLowerCase()) && pronoun.toLowerCase() !== 'it')
    return pronoun;
  const name =
    /^(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,3})(?=\s+\p{Ll})/u.exec(
      text,
    );
  if (name && !NOT_NAME_STARTS.has(name[1]!.split(/\s+/u)[0]!.toLowerCase()) && !/['’]s$/u.test(name[1]!))
    return name[1]!;
  const role = roleSubject(text);
  return role ? role.phrase : null;
}

/**
 * "Benioff weighed in, saying …", "Mr. Ruiz could be heard telling a developer, …": with only a
 * participle, the speaker is the last name (or pronoun) before it.
 */
function participleSubject(sentence: string): string | null {
  const participle = activeLanguage().verb.exec(sentence);
  if (!participle) return null;
  const head = sentence.slice(0, participle.index);
  // "He urged Mr. Trump to make a deal, saying …": a pronoun opening the sentence is its subject.
  const opener = /^\s*(\p{L}+)/u.exec(head)?.[1];
  if (opener && activeLanguage().pronouns.has(opener.toLowerCase()) && opener.toLowerCase() !== 'it')
    return opener;
  const candidates = [
    ...head.matchAll(
      /(?:Mr|Mrs|Ms|Dr)\.?\s+\p{Lu}[\p{L}’'-]*|\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3}|\b(?:he|she|they)\b/gu,
    ),
  ]
    .map((m) => m[0])
    .filter((w) => !NOT_NAME_STARTS.has(w.toLowerCase()));
  return candidates[candidates.length - 1] ?? null;
}

/**
 * The subject at the end of the words before a verb. Appositions set off by
 * commas are kept after a "|" so the resolver can read them as a role:
 * "Jane Doe, the charity's director," → "Jane Doe|the charity's director".
 */
export function subjectBeforeVerb(head: string): string | null {
  const text = head.replace(AUXILIARIES, '').trimEnd();
  if (text === '') return null;
  const segments = text.split(CLAUSE_COMMA);
  if (segments[segments.length - 1] === '') segments.pop();
  if (segments.length === 0) return null;
  const last = segments[segments.length - 1]!;
  if (segments.length === 1 || activeLanguage().pronouns.has(last.toLowerCase())) return tailPhrase(last);
  // "Dylan Nelson, a postdoctoral fellow at …, Germany, and co-author of the study,": the name
  // opens the subject and every segment after it describes the name or places it.
  // ("On Monday, the People’s Daily, …": a time or place opening the sentence is not a name.)
  const nameAt = segments.findIndex((seg) => NAME_SHAPE.test(seg.trim()) && !opensWithOpener(seg));
  if (
    nameAt >= 0 &&
    nameAt < segments.length - 1 &&
    segments.slice(nameAt + 1).every(
      (seg, i) =>
        isApposition(seg) ||
        // "Rob Goldman, President Ascom North America," / "…, Senior Vice President of Sales for X, Inc.,"
        (i === 0 && titleLed(seg)) ||
        COMPANY_SUFFIX.test(seg.trim()) ||
        PLACE_SHAPE.test(seg.trim()) ||
        // "… at the Council on Energy, Environment and Water think tank": the end of a listed name.
        (i > 0 && /^\p{Lu}/u.test(seg.trim()) && /\s(?:and|&)\s+\p{Lu}/u.test(seg)),
    )
  ) {
    const name = tailPhrase(segments[nameAt]!);
    // The role is every segment after the name ("a research analyst at the Council on Energy,
    // Environment and Water think tank"), unless that runs too long to be one noun phrase.
    const whole = segments
      .slice(nameAt + 1)
      .map((seg) => seg.trim())
      .join(', ');
    const role = whole.split(/\s+/u).length <= MAX_ROLE_WORDS ? whole : segments[nameAt + 1]!.trim();
    if (name) return `${name}|${role}`;
  }
  // "X, a spokesperson for Y," / "Obi, 21, who joined …," / "the charity's boss, Helen Ward"
  const rest = segments.slice(0, -1);
  // "Moreover, one tester …" / "In 2019, the agency …": an opening word or phrase, not a name.
  if (rest.length === 1 && opensWithOpener(rest[0]!)) return tailPhrase(last);
  if (rest.length > 1 && opensWithOpener(rest[0]!)) rest.shift();
  const candidate = tailPhrase(rest.join(', '));
  if (isApposition(last) && candidate) return `${candidate}|${last}`;
  return `${tailPhrase(last) ?? last}|${rest[rest.length - 1] ?? ''}`;
}

const MAX_ROLE_WORDS = 20;

/** "Inc.", "Ltd", "GmbH": the legal form closing a company's name, set off by a comma. */
const COMPANY_SUFFIX = /^(?:Inc|Ltd|LLC|LLP|Corp|Co|PLC|plc|GmbH|AG|S\.?A|N\.?V|B\.?V|Pty)\.?$/u;

/** A capitalised title of office leads the segment ("Senior Vice President of Sales", "President Ascom"). */
function titleLed(segment: string): boolean {
  const words = segment.trim().split(/\s+/u);
  for (const word of words.slice(0, 4)) {
    if (!/^\p{Lu}/u.test(word)) return false;
    if (isRoleWord(word)) return true;
  }
  return false;
}

/** A short segment that opens with an opening word ("On Monday", "In 2019", "Moreover"). */
function opensWithOpener(segment: string): boolean {
  const words = segment.trim().split(/\s+/u);
  return words.length <= 4 && OPENERS.has(words[0]!.toLowerCase());
}

/** Words that open a sentence before its subject: "Moreover, one tester noted", "In 2019, the agency said". */
const OPENERS = new Set(
  (
    'in on at after before during since by from around across among within throughout under moreover furthermore additionally similarly likewise ' +
    'besides indeed overall meanwhile however also still then now later instead separately finally'
  ).split(' '),
);

/** A name: two to four capitalised words, possibly joined by a particle (de, van, bin). */
const NAME_SHAPE =
  /^(?:\p{Lu}[\p{L}\p{M}’'.-]*\s+)(?:(?:de|van|von|der|da|di|du|del|bin|al|ibn|le|la)\s+)?\p{Lu}[\p{L}\p{M}’'-]*(?:\s+\p{Lu}[\p{L}\p{M}’'-]*){0,2}$/u;
/** "Germany", "San Francisco": a place set off by commas inside a role. */
const PLACE_SHAPE = /^\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,2}$/u;

/** "who…", "a spokesperson for…", "21", "now professor of…": a clause describing the name before it. */
function isApposition(segment: string): boolean {
  // "Ben Sasse, R-Neb.,": a party and state.
  if (/^\p{Lu}{1,2}-\p{Lu}[\p{L}.]*$/u.test(segment.trim())) return true;
  // "Strauss Zelnick, CEO of Take-Two,": a role word leads it.
  // (But "CEO and president Craig Menear" ends with the name itself: not an apposition.)
  if (
    isRoleWord(segment.trim().split(/\s+/u)[0] ?? '') &&
    !/\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+$/u.test(segment.trim())
  )
    return true;
  // "Thomas Zurbuchen, NASA's associate administrator of …": an organisation's role.
  if (/^\p{Lu}[\p{L}.&-]*['’]s\s+\p{Ll}/u.test(segment.trim())) return true;
  return (
    /^(?:who|which|whose|a|an|the|now|then|\d+|aged|its|his|her|their|one|another|head|chief|director|co-founder)\b/iu.test(
      segment,
    ) || /^\p{Ll}/u.test(segment)
  );
}

/** The last few words before the verb, cut at conjunctions: "… boost and Espinosa" → "Espinosa". */
function tailPhrase(text: string): string | null {
  const words = text.trim().split(/\s+/u).filter(Boolean);
  const taken: string[] = [];
  for (let i = words.length - 1; i >= 0 && taken.length < 14; i--) {
    const w = words[i]!;
    if (/^(?:and|but|that|while|as|when|because|which|who|if|so|then|und|dass|et|que|mais|إذ)$/iu.test(w))
      break;
    if (/[.;:!?”"’)]$/u.test(w) && taken.length > 0) break;
    taken.unshift(w);
  }
  const lastWord = taken[taken.length - 1]?.toLowerCase() ?? '';
  if (activeLanguage().pronouns.has(lastWord)) return lastWord;
  const phrase = taken.join(' ').replace(/^[(“"‘]+/u, '');
  return phrase === '' ? null : phrase;
}

/**
 * Where the subject after a verb ends: at a preposition, a full stop or a clause, except that
 * a role set off by a comma runs on through a name ("…, founding director of the Center for
 * Environmental Politics at the University of Washington"): a preposition after the comma's
 * part and before a capital is the role's own, not the end of the subject ("said Ann Lee in
 * a statement", "said Ann Lee at the hearing" still end there).
 */
function subjectEnd(tail: string): number {
  const ends = activeLanguage().afterSubjectEnd;
  ends.lastIndex = 0;
  for (let m = ends.exec(tail); m; m = ends.exec(tail)) {
    const before = tail.slice(0, m.index);
    const comma = before.lastIndexOf(',');
    const inRole =
      comma > 0 &&
      ROLE_PREPOSITION.test(m[0]) &&
      NAMED_NEXT.test(tail.slice(m.index + m[0].length)) &&
      before
        .slice(comma + 1)
        .trim()
        .split(/\s+/u)
        .some((w) => isRoleWord(w.replace(/['’]s$/u, '')));
    if (!inRole) return m.index;
  }
  return tail.length;
}
const ROLE_PREPOSITION = /^\s+(?:of|for|at|in|on|with|from)\s$/u;
/** A name comes next: a capital, after "the" if any. */
const NAMED_NEXT = /^(?:the\s+)?\p{Lu}/u;

/** The subject after a verb or "according to": up to a preposition, a full stop or a clause. */
function subjectAfterVerb(tail: string): string | null {
  const head = tail.slice(0, subjectEnd(tail)).trim();
  const parts = head.split(CLAUSE_COMMA).filter(Boolean);
  if (parts.length === 0) return null;
  const pronoun = /^(\p{L}+)\b/u.exec(parts[0]!)?.[1];
  if (pronoun && activeLanguage().pronouns.has(pronoun.toLowerCase())) return pronoun;
  // Arabic has no capitals: the part with a title or "called" holds the name.
  const arabicName = parts.find((p) => ARABIC_NAMED.test(p) || ARABIC_TITLE.test(p));
  if (arabicName) return arabicName.replace(ARABIC_NAMED, '').replace(ARABIC_TITLE, '');
  const titled = ARABIC_INNER_TITLE.exec(parts[0]!);
  if (titled && parts.length === 1) return `${titled[2]}|${titled[1]}`;
  // "the union’s regional official, Mark Dean" / "Carsten Brzeski, global head of macro at ING"
  const [first, second] = parts;
  if (second !== undefined && /^\p{Ll}|^(?:a|an|the|der|die|das|la|le|el|los|las|les|il|lo)\s/u.test(first!))
    return `${second}|${first}`;
  // "kata Kepala Dinas Kesehatan, Budi Santoso": a capitalised role, then the name.
  if (
    second !== undefined &&
    NAME_SHAPE.test(second.trim()) &&
    isRoleWord(first!.trim().split(/\s+/u)[0] ?? '')
  )
    return `${second}|${first}`;
  return second === undefined ? first! : `${first}|${second}`;
}
