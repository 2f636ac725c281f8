import { subjectAfterDash } from './dash-subject';
import { activeLanguage } from './language';
import { ORG_WORDS } from './lexicon';
import { isRoleWord } from './role-words';
import {
  COMPANY_SUFFIX,
  CONTRACTED_AUXILIARY,
  DAY_BEFORE_VERB,
  endsInName,
  endsWithRole,
  hasTitle,
  isApposition,
  mainClauseName,
  NAME_SHAPE,
  namesNoOne,
  opensClause,
  opensWithOpener,
  ownedNoun,
  PLACE_SHAPE,
  RELATIVE_CLAUSE,
  roleLedName,
  SAYS_AMOUNT,
  titleLed,
  withoutSecondVerb,
} from './subject-shapes';
import { tailPhrase } from './tail-phrase';

/**
 * The speaker phrase beside a verb of saying, once cues.ts has found the verb: the
 * subject that ends the words before it ("Jane Doe, the charity's director, said") or
 * that follows it ("said Carsten Brzeski, global head of macro at ING"). Appositions set
 * off by commas are kept after a "|" so the resolver can read them as a role.
 */

/**
 * "angrily", "quietly" before the verb — lower case only: "Dr Kelly said" keeps its "Kelly"
 * (auxiliaries ignore case). After a determiner an -ly word is a noun ("a source close to the
 * family said", "his ally said"), and so are a few others ("the weekly said").
 */
const ADVERB_BEFORE_VERB =
  /(?<!(?:^|\s)(?:the|a|an|his|her|their|its|our|my|your|this|that|one|every|each))\s+(?!(?:ally|family|rally|supply|assembly|reply|daily|weekly|monthly|quarterly|elderly)\s*$)\p{Ll}{3,}ly\s*$/u;

/** The words before a verb without the auxiliaries and adverbs between the subject and the verb. */
function withoutAuxiliaries(head: string): string {
  // ("He’ll say", "the Defense Ministry on Sunday confirmed": a contracted auxiliary or a day goes.)
  let text = head.replace(CONTRACTED_AUXILIARY, '').replace(DAY_BEFORE_VERB, '');
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text.replace(activeLanguage().auxiliaryBeforeVerb, '').replace(ADVERB_BEFORE_VERB, '');
    // "una fuente … nos la resumió": object pronouns of the article's language (lang objectPronouns).
    const pronouns = activeLanguage().objectPronounBeforeVerb;
    if (pronouns) text = text.replace(pronouns, '');
    text = withoutPhraseBeforeVerb(text);
  }
  return text;
}

/**
 * "Firma ve svém prohlášení uvedla", "La empresa en un comunicado señaló": a phrase between the
 * subject and its verb (lang subjectEnds). One word after a role is the role's own ("le juge en
 * chef", "la alcaldesa en funciones").
 */
function withoutPhraseBeforeVerb(text: string): string {
  const phrase = activeLanguage().phraseBeforeVerb?.exec(text);
  if (!phrase) return text;
  const kept = text.slice(0, phrase.index);
  const ownWords = phrase[0].trim().split(/\s+/u).length - 1;
  if (ownWords === 1 && isRoleWord(kept.split(/\s+/u).pop() ?? '')) return text;
  return kept;
}

/** "Patricia Moore, PhD,", "Ann Lee, M.D.": letters after a name, set off like an apposition but no role. */
const CREDENTIAL =
  /^(?:Ph\.?\s?D|M\.?D|MBA|RN|DDS|DMD|DVM|Esq|CPA|LCSW|MSW|J\.?D|D\.?O|MPH|FRCP|FACP|PsyD|EdD|MSc|BSc|MA|MS|BA)\.?$/u;

/** Commas that separate clauses, not the comma in 7,500. */
const CLAUSE_COMMA = /\s*[,،](?!\d)\s*/u;
/** Arabic "called …" before a name: ويدعى أبو محمود. */
const ARABIC_NAMED = /^(?:و?يدعى|و?يُدعى|المدعو)\s+/u;
/** "الخبيرة في شؤون المياه الدكتورة سلمى الخطيب": role, then a title, then the name. */
const ARABIC_INNER_TITLE = /^(.+?)\s+(?:المهندسة?|الدكتورة?|السيدة?|الشيخ|الأستاذة?)\s+(.+)$/u;
const ARABIC_TITLE = /^(?:المهندسة?|الدكتورة?|السيدة?|الشيخ|الأستاذة?)\s+/u;

/**
 * The subject at the end of the words before a verb. Appositions set off by
 * commas are kept after a "|" so the resolver can read them as a role:
 * "Jane Doe, the charity's director," → "Jane Doe|the charity's director".
 */
export function subjectBeforeVerb(head: string): string | null {
  const text = withoutAuxiliaries(head).trimEnd();
  if (text === '') return null;
  const segments = text.split(CLAUSE_COMMA).filter((seg, i) => i === 0 || !CREDENTIAL.test(seg.trim()));
  if (segments[segments.length - 1] === '') segments.pop();
  if (segments.length === 0) return null;
  // ("Berríos emitió un comunicado en la que expresó": "que" before the verb leaves its subject out.)
  const main = subjectAfterDash(text) ?? mainClauseName(head, segments);
  if (main) return main;
  const last = segments[segments.length - 1]!;
  if (segments.length === 1 || activeLanguage().pronouns.has(last.toLowerCase())) return tailPhrase(last);
  // ("Er kämpfte mit den Tränen, als er sagte", "…, which he describes as": a pronoun right before
  // the verb is its subject, whatever clause comes first. Not "it" or "they", which stand for bodies
  // and groups as often: "which they called Project Red Dog because, well, “Pink Poodle” …".)
  const lastWord = last.trim().split(/\s+/u).pop()!.toLowerCase();
  if (lastWord !== 'it' && lastWord !== 'they' && activeLanguage().pronouns.has(lastWord)) return lastWord;
  // "Dylan Nelson, a postdoctoral fellow at …, Germany, and co-author of the study,": the name
  // opens the subject and every segment after it describes the name or places it.
  // ("On Monday, the People’s Daily, …": a time or place opening the sentence is not a name.)
  // ("Tesla CEO, Elon Musk, said": a capitalised phrase ending in a role word is the role, not the name.)
  const nameAt = segments.findIndex(
    (seg, i) =>
      (NAME_SHAPE.test(seg.trim()) ||
        // ("Fellow protester, mechanical engineer Richard Weir, 60, from Tynemouth, North Tyneside,":
        // a job in lower case before the name, then the name's age and places.)
        (i < segments.length - 2 && roleLedName(seg.trim()))) &&
      !opensWithOpener(seg) &&
      !endsWithRole(seg),
  );
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
  // ("…, as Montoya-Lewis herself said,": a clause a conjunction opens has its own subject.)
  if (/^\s*(?:as|when|while|because|since|though|although)\s+\S+(?:\s+\S+){0,3}\s*$/iu.test(last))
    return tailPhrase(last);
  // "X, a spokesperson for Y," / "Obi, 21, who joined …," / "the charity's boss, Helen Ward"
  const rest = segments.slice(0, -1);
  // "Moreover, one tester …" / "In 2019, the agency …": an opening word or phrase, not a name.
  if (rest.length === 1 && opensWithOpener(rest[0]!)) return tailPhrase(last);
  if (rest.length > 1 && opensWithOpener(rest[0]!)) rest.shift();
  const candidate = tailPhrase(rest.join(', '));
  // ("Consultada sobre esta desproporción, una fuente de los servicios …", "Asked about it, a
  // spokesman …": a clause that names no one opens the sentence; the subject is after it.)
  // ("Omicron has been detected in South America, and the Director noted that": a clause of its own.)
  const clause = /^\s*(?:and|but)\s+((?:the|a|an)\s.+)$/iu.exec(last);
  if (clause) return tailPhrase(clause[1]!);
  if (isApposition(last) && candidate) {
    const articleLed = /^(?:a|an|the|una?|el|la|los|las|un[ae]?|le|les|il|lo|der|die|das|eine?)\s/iu.test(
      last.trim(),
    );
    // ("In the speech, first disclosed by the Aspen Times, the former mayor": a participle's agent is no subject.)
    const participial = /^(?:\p{Ll}+\s+)?\p{Ll}+ed\s+by\s/u.test(candidate);
    return articleLed && (namesNoOne(candidate) || participial) ? tailPhrase(last) : `${candidate}|${last}`;
  }
  // "Robin Rönnlund, PhD student in … and leader of the fieldwork, said": a segment naming a
  // job after a bare name is the name's role, even when no role word opens it.
  if (candidate && NAME_SHAPE.test(candidate) && hasTitle(last) && !endsInName(last))
    return `${candidate}|${last.trim()}`;
  // ("A esto se suma que el presidente, Luis Lacalle Pou,": the role is the phrase, not its clause.)
  const role = (rest[rest.length - 1] ?? '').replace(/^.*\sque\s+(?=\S)/iu, '');
  return `${tailPhrase(last) ?? last}|${role}`;
}

const MAX_ROLE_WORDS = 20;

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
    // ("…, an expert in humanitarian law at Utrecht University": a lower-case field, then the role's body.)
    const after = tail.slice(m.index + m[0].length);
    const inRole =
      comma > 0 &&
      ROLE_PREPOSITION.test(m[0]) &&
      (NAMED_NEXT.test(after) || (/^\s+(?:in|on)\s$/u.test(m[0]) && FIELD_THEN_BODY.test(after))) &&
      before
        .slice(comma + 1)
        .trim()
        .split(/\s+/u)
        .some((w) => isRoleWord(w.replace(/['’]s$/u, '')));
    const lastWord = before.trim().split(/\s+/u).pop() ?? '';
    // "a spokesman for the Foreign Office": a role's own body; "the Institute for Fiscal Studies",
    // "the Bank of England": a connector inside a body's name.
    const ownBody =
      /^\s+(?:of|for)\s$/u.test(m[0]) &&
      ((isRoleWord(lastWord) && NAMED_NEXT.test(after)) ||
        (/^\p{Lu}\p{Ll}/u.test(lastWord) && ORG_WORDS.has(lastWord.toLowerCase()) && /^\p{Lu}/u.test(after)));
    // "l’assessore lombardo al Welfare, Guido Bertolaso": a role runs on to the name set off after it.
    if (!inRole && !ownBody && !roleThenName(before, after)) return m.index;
  }
  return tail.length;
}

function roleThenName(before: string, after: string): boolean {
  return (
    // ("…, a prévenu le commissaire à l’économie Pierre Moscovici.": or straight after the role's
    // own lower-case words, when the name ends the clause.)
    (/^[^,.;:]{1,40},\s*\p{Lu}[\p{L}’'-]+\s+\p{Lu}/u.test(after) || ROLE_THEN_NAME_ENDING.test(after)) &&
    before
      .trim()
      .split(/\s+/u)
      .some((w) => isRoleWord(w.replace(/['’]s$/u, '').replace(/^\p{L}['’]/u, '')))
  );
}
const ROLE_THEN_NAME_ENDING =
  /^(?:[\p{Ll}’'-]+\s+){0,3}\p{Lu}[\p{Ll}’'-]+(?:\s+\p{Lu}[\p{Ll}’'-]+){1,2}\s*(?:[.;]|$)/u;
const ROLE_PREPOSITION = /^\s+(?:of|for|at|in|on|with|from)\s$/u;
const FIELD_THEN_BODY = /^(?:[\p{Ll}-]+\s+){1,5}(?:at|of|for|with)\s+(?:the\s+)?\p{Lu}/u;
/** A name comes next: a capital, after "the" if any. */
const NAMED_NEXT = /^(?:the\s+)?\p{Lu}/u;

/** "ha spiegato a margine di un evento": a preposition right after the verb; the subject is left out. */
export function subjectLeftOut(tail: string): boolean {
  // ("said a spokesperson for …": in English "a" is an article, whatever other languages are in force.)
  if (activeLanguage().primary === 'en' && /^\s*(?:a|an|the)\s/iu.test(tail)) return false;
  return subjectEnd(` ${tail.trimStart()}`) === 0;
}

/** «…», insistió ayer. / «…», aseguró luego en una entrevista: up to two adverbs after the verb are no subject. */
export function withoutAdverbsAfterVerb(text: string): string {
  const adverb = activeLanguage().adverbAfterVerb;
  return text.replace(adverb, '').replace(adverb, '');
}

/** "a statement from the sheriff’s office" → "the sheriff’s office": a document's issuer speaks (lang documents). */
export function withoutDocument(text: string): string {
  const document = activeLanguage().issuedBy;
  return document ? text.replace(document, '') : text;
}

/** The subject after a verb or "according to": up to a preposition, a full stop or a clause. */
export function subjectAfterVerb(text: string): string | null {
  // ("… “useful” says a lot about the company": what the words say, not who says them.)
  if (SAYS_AMOUNT.test(text)) return null;
  // ("Dodał, że jeśli Iran …": a reported clause, not a subject, follows the verb.)
  if (activeLanguage().reportedClause.test(text)) return null;
  // ("Как рассказал журналистам источник …": the person addressed comes before the subject.)
  const { addresseeAfterVerb: addressee, timeAfterVerb: time } = activeLanguage();
  const timeless = time ? text.replace(time, ' ') : text;
  // ("said Smith and added that …", "sagte Smotrich und betonte": a second verb of the same subject.)
  const tail = withoutSecondVerb(withoutDocument(addressee ? timeless.replace(addressee, ' ') : timeless));
  const head = tail
    .slice(0, subjectEnd(tail))
    .trim()
    .replace(activeLanguage().adverbEndingSubject, '')
    // ("kommentiert der Journalist von «Schweiz Aktuell»": the words up to a quote end in its preposition.)
    .replace(/\s+(?:of|for|from|von|für|de|di|da|van)$/u, '');
  const parts = head
    .split(CLAUSE_COMMA)
    .filter(Boolean)
    .filter((part, i) => i === 0 || !CREDENTIAL.test(part.trim()));
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
  // "die Kauffrau, die Abnehmer wie Globus beliefert", "the trader, who supplies …": a relative
  // clause after the subject describes it; it names no one.
  // ("schimpft der AfD-Chef, woraufhin Voigt …": so does a clause a conjunction opens.)
  if (second !== undefined && (RELATIVE_CLAUSE.test(second.trim()) || opensClause(second))) return first!;
  if (
    second !== undefined &&
    (/^\p{Ll}|^(?:a|an|the|der|die|das|la|le|el|los|las|les|il|lo)\s/u.test(first!) ||
      ownedNoun(first!, second))
  ) {
    // ("says study co-author Boris Kingma, a biophysicist at …": a role that runs into the name
    // is the name's; the article after the comma opens its apposition, not the name.)
    if (endsInName(first!) && isApposition(second) && !NAME_SHAPE.test(second.trim()))
      return `${first}|${second}`;
    return `${second}|${first}`;
  }
  // "kata Kepala Dinas Kesehatan, Budi Santoso", "says Acme Moving's Vice President, Ivan Petrov": a
  // capitalised role (a title among its words), then a name with none.
  if (second !== undefined && NAME_SHAPE.test(second.trim()) && hasTitle(first!) && !hasTitle(second))
    return `${second}|${first}`;
  return second === undefined ? first! : `${first}|${second}`;
}
