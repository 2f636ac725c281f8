import {
  endBeforeArticle,
  genitiveBody,
  nameablePart,
  noNameAfter,
  noOne,
  nounAfterArticle,
  nounWithVon,
  thingBefore,
} from './capitalised-nouns';
import { activeLanguage } from './language';
import { ADVERB_ENDS, NOT_NAME_STARTS, ORG_WORDS, SPEAKS_AFTER, SURNAME_TOO } from './lexicon';
import { SPEECH_BEFORE } from './mention-context';
import { GENERATION, NICKNAME, NICKNAME_HINT, REPEATED_NAME, SECOND_PARTICLE, SEQUENCE } from './name-runs';
import { placeAfterArticle } from './place-after-article';
import { modifiesBody, placeOpening } from './place-opening';
import { isAbbreviatedTitle, isTitle, officeTaken, portfolioBefore, roleBefore, roleOf } from './role-before';
import { isRoleWord } from './role-words';
import { COMPANY_SUFFIX } from './subject-shapes';

/** A name found in the text: "Nissan CEO Ivan Espinosa" → name "Ivan Espinosa", role "Nissan CEO". */
export interface NameMatch {
  start: number;
  end: number;
  /** The name without titles or roles; one token when only a title marked it (Mr Reed → "Reed"). */
  name: string;
  role?: string;
  /** A title or a role marked this as a person rather than a product or a place. */
  marked: boolean;
  /** The role is a noun guessed from its article ("der Philosoph …"): no sign of a person. */
  guessedRole?: boolean;
}

const POSSESSIVE = /['’]s?$/u;
const ROLE_SET_OFF_BEFORE = /\b([\p{L}-]+),\s*$/u;

function personBySurname(tokens: readonly string[], text: string, start: number, end: number): boolean {
  if (tokens.length !== 2 || isOrgToken(tokens[0]!) || !SURNAME_TOO.has(tokens[1]!.toLowerCase()))
    return false;
  if (
    SPEAKS_AFTER.test(text.slice(end, end + 30)) ||
    SPEECH_BEFORE.test(text.slice(Math.max(0, start - 16), start))
  )
    return true;
  const before = ROLE_SET_OFF_BEFORE.exec(text.slice(Math.max(0, start - 40), start))?.[1];
  return !!before && isRoleWord(before) && /^,/u.test(text.slice(end, end + 2));
}

function isOrgToken(token: string): boolean {
  const t = token.toLowerCase().replace(/\.$/, '');
  // ("Chartered Professional Accountants of Canada": a profession in the plural names its body.)
  const profession = t.length >= 8 && t.endsWith('s') && isRoleWord(t.slice(0, -1));
  return (
    ORG_WORDS.has(t) ||
    // ("Policía Local", "Guardia Civil": a body's noun in the article's language, where capitals
    // mark names, not every noun.)
    (activeLanguage().notNameStarts.size === 0 && activeLanguage().orgNouns.has(t)) ||
    profession ||
    (token.length >= 2 && token === token.toUpperCase() && /\p{Lu}{2}/u.test(token))
  );
}

/** "apparently", "reportedly", "unsurprisingly": adverbs no given name is spelt like. */
const SENTENCE_ADVERB = /^\p{L}{3,}(?:ent|ant|ous|ed|ate|ive|ing|ful|less|ab|ib|ical)ly$/u;

/** Every capitalised run in the text that reads as a person's name, with the role words around it. */
export function findNames(text: string): NameMatch[] {
  const out: NameMatch[] = [];
  // Lee ’Spider’ Walsh: blank the nickname (same length, so offsets hold) to join the name.
  const plain = NICKNAME_HINT.test(text)
    ? text.replace(NICKNAME, (_, first: string, nick: string) => first + ' '.repeat(nick.length))
    : text;
  for (const m of plain.matchAll(SEQUENCE)) {
    // "Pro Bahn. Dessen …": a full stop after a word ends the run (not after Mr. or an initial).
    let start = m.index ?? 0;
    for (const raw of splitAtFullStops(m[0]).flatMap(splitAtOwner)) {
      let piece = raw;
      let at = plain.indexOf(piece, start);
      // "ambassador to Britain Liu Xiaming": after "to"/"of"/"in", a place can open the run.
      const place = placeOpening(plain, piece, at);
      if (place > 0) {
        const tokens = piece.split(/\s+/u);
        at += tokens.slice(0, place).join(' ').length + 1;
        piece = tokens.slice(place).join(' ');
      }
      // "25. Martin Parr Martin Parr (b. 1952) is …": a heading run into the sentence that repeats it.
      const repeated = REPEATED_NAME.exec(piece)?.[1];
      if (repeated) {
        at += piece.length - repeated.length;
        piece = repeated;
      }
      const match = modifiesBody(plain, piece, at + piece.length) ? null : toName(plain, piece, at);
      if (match) out.push(match);
      start = at + piece.length;
    }
  }
  return out;
}

/** "Анна Ивановна Петрова": a patronymic after a first name, which is then no place. */
const PATRONYMIC = /(?:вич|вна|чна)$/u;

/** "мэр Москвы Сергей Собянин": a place in the genitive (lang genitivePlaceEndings) opens the run. */
function isGenitivePlace(token: string): boolean {
  const t = token.toLowerCase();
  return t.length > 4 && activeLanguage().genitivePlaceEndings.some((e) => t.endsWith(e));
}

/**
 * "Car Talk’s John Paul", "Vermont’s Bongard": a possessive inside a run of capitals owns the
 * name after it (where the person works); the owner and the name are separate runs.
 */
function splitAtOwner(run: string): string[] {
  const tokens = run.split(/\s+/u);
  const owner = tokens.findIndex((t, i) => i < tokens.length - 1 && /\p{L}['’]s$/u.test(t));
  if (owner < 0) return [run];
  // Only before a name: "Clinique’s Senior Brand Engagement Manager" is a title, left as it was.
  const rest = tokens.slice(owner + 1);
  if (rest.length > 3 || rest.some((t) => isRoleWord(t))) return [run];
  return [tokens.slice(0, owner + 1).join(' '), ...splitAtOwner(rest.join(' '))];
}

function splitAtFullStops(run: string): string[] {
  const pieces: string[] = [];
  let current: string[] = [];
  for (const token of run.split(/\s+/u)) {
    const ends = token.endsWith('.') && !isAbbreviatedTitle(token) && !/^(?:\p{Lu}\.)+$/u.test(token);
    current.push(ends ? token.slice(0, -1) : token);
    if (ends) {
      pieces.push(current.join(' '));
      current = [];
    }
  }
  if (current.length > 0) pieces.push(current.join(' '));
  return pieces.filter(Boolean);
}

function toName(text: string, run: string, at: number): NameMatch | null {
  // ("Freilassung Maduros", "Seine Augen": in German a run of capitals may be a noun phrase.)
  const { skipped, kept: whole } = nameablePart(run);
  if (whole === '') return null;
  const start = at + skipped;
  if (placeAfterArticle(text.slice(Math.max(0, start - 12), start), whole)) return null;
  // "Lot van Hooijdonk van Mobiliteit": a name holds one particle; a second opens a portfolio or place.
  const second = SECOND_PARTICLE.exec(whole);
  const raw = endBeforeArticle(second ? second[1]! : whole);
  const tokens = raw.split(/\s+/u);
  const language = activeLanguage();
  let first = 0;
  // ("Auch FDP-Chef Christian Lindner": a German adverb opening the sentence is no part of the role.)
  // ("Im August", "Mit Aviv": nor a preposition fronted before it.)
  // ("Apparently Lindsey’s posts …": a sentence adverb in -ly opening the run, in English.)
  const opens = (t: string) =>
    NOT_NAME_STARTS.has(t) ||
    (SENTENCE_ADVERB.test(t) && language.codes.has('en')) ||
    language.frontedAdverbs.has(t) ||
    language.frontedOpeners.has(t) ||
    language.ownVerbs?.has(t) === true ||
    language.asWords.has(t);
  while (first < tokens.length && opens(tokens[first]!.toLowerCase().replace(/\.$/, ''))) {
    if (isTitle(tokens[first]!)) break;
    first++;
  }
  // ("Grosbliederstroff Wenn Helmut Kohl": a dateline run into the sentence; where nouns are
  // capitalised, a conjunction or adverb inside the run starts the sentence, and the name after it.)
  const inside = tokens.findLastIndex(
    (t, i) =>
      i > first &&
      (language.frontedAdverbs.has(t.toLowerCase()) || language.frontedOpeners.has(t.toLowerCase())),
  );
  if (inside > first && language.notNameStarts.size > 0) first = inside + 1;
  if (
    nounWithVon(text.slice(Math.max(0, start - 30), start), tokens.slice(first), text.slice(at + run.length))
  )
    return null;
  // ("Von Liat erfuhren wir …": "Von" before one word opens a phrase; "Von der Leyen" is a name.)
  if (tokens[first] === 'Von' && tokens.length - first === 2) first++;
  let marked = false;
  let roleEnd = -1;
  // ("Martin Luther King Jr.": a title before a generational suffix is the surname.)
  const named = tokens.length > 2 && GENERATION.test(tokens.at(-1)!) ? tokens.length - 1 : tokens.length;
  for (let i = first; i < named - 1; i++) {
    // ("John M. Ford": a capital and a full stop after a given name is an initial, not the French "M.")
    if (i > first && /^\p{Lu}\.$/u.test(tokens[i]!) && /^\p{Lu}\p{Ll}/u.test(tokens[i - 1]!)) continue;
    if (isRoleWord(tokens[i]!) || isTitle(tokens[i]!)) {
      roleEnd = i;
      marked = true;
    }
  }
  // ("sagt der Philosoph Richard David Precht": a noun after an article is the role; not before
  // a body's name, "der Ingmar Heuer GmbH". It marks no one: "dem Hantavirus Anfang Mai" reads alike.)
  const after = tokens.slice(first + 1);
  let guessed = false;
  if (
    roleEnd < first &&
    !after.some((t) => isOrgToken(t) || COMPANY_SUFFIX.test(t)) &&
    nounAfterArticle(text.slice(Math.max(0, start - 60), start), tokens[first] ?? '', after)
  ) {
    roleEnd = first;
    guessed = true;
  }
  let nameTokens = tokens
    .slice(Math.max(first, roleEnd + 1))
    .map((t, i, all) => (i === all.length - 1 ? t.replace(POSSESSIVE, '') : t));
  // ("Presidente de la Junta", "Minister van Financiën": a particle after a role joins it to its body,
  // when a body's word is all that follows; "Burgemeester van der Laan" is a name.)
  const capitals = nameTokens.filter((t) => /^\p{Lu}/u.test(t));
  if (
    roleEnd >= first &&
    /^\p{Ll}/u.test(nameTokens[0] ?? '') &&
    capitals.length === 1 &&
    (isOrgToken(capitals[0]!) ||
      activeLanguage().orgNouns.has(capitals[0]!.toLowerCase()) ||
      // ("Kapitän von Real": "von" and one word after a role is its club or town, not "von der Leyen".)
      (nameTokens.length === 2 && nameTokens[0] === 'von'))
  )
    return null;
  // "Kepala Badan Pangan Nasional Arief Prasetyo Adi", "Menteri Keuangan Sri Mulyani": a run of
  // capitals names the body (or the portfolio), then the person.
  let bodyTokens: string[] = [];
  // ("Präsident des Deutschen Bauernverbands Joachim Rukwied": a role's body in the genitive.)
  const genitive = genitiveBody(text.slice(Math.max(0, start - 40), start), nameTokens, roleEnd >= first);
  if (genitive) {
    bodyTokens = [genitive.role, ...nameTokens.slice(0, genitive.name)].filter(Boolean);
    nameTokens = nameTokens.slice(genitive.name);
    marked = true;
  } else if (noNameAfter(nameTokens[0] ?? '', roleEnd >= first)) {
    return null;
  } else if (nameTokens.length >= 2) {
    const orgWords = activeLanguage().orgWords;
    // (An acronym or an English body word counts only after a role word, or after a role's "for"/"of"
    // as a portfolio's: "CBS This Morning" is a show; "Secretary of State for Foreign Affairs David Lammy".)
    const bodyAllowed = roleEnd >= 0 || portfolioBefore(text, start);
    let lastBody = nameTokens.findLastIndex(
      (t) => orgWords.has(t.toLowerCase()) || (bodyAllowed && isOrgToken(t)),
    );
    // (A place in the genitive opens the run only: "Trzaskowski" ends like one too.)
    if (lastBody < 0 && isGenitivePlace(nameTokens[0]!) && !PATRONYMIC.test(nameTokens[1]!)) {
      lastBody = 0;
      // ("Tramwajów Warszawskich Maciej Dutkiewicz": a body's name in the genitive, two words long.)
      while (lastBody + 3 < nameTokens.length && isGenitivePlace(nameTokens[lastBody + 1]!)) lastBody++;
    }
    let rest = nameTokens.length - lastBody - 1;
    // ("Universitas Indonesia Fithra Faisal": a lone body word is not a body's name; its next word is part of it.)
    if (lastBody === 0 && rest >= 3 && activeLanguage().orgWords.has(nameTokens[0]!.toLowerCase())) {
      lastBody = 1;
      rest -= 1;
    }
    // ("Kepala BNPB Suharyanto": after a role word, one name is enough.)
    if (lastBody >= 0 && rest >= (roleEnd >= 0 ? 1 : 2) && rest <= 4) {
      bodyTokens = nameTokens.slice(0, lastBody + 1);
      nameTokens = nameTokens.slice(lastBody + 1);
      // ("Suharyanto di Jakarta": a lower-case word after the name is a preposition here, not "di" of "Di Maio".)
      const lower = nameTokens.findIndex((t) => /^\p{Ll}/u.test(t));
      if (lower > 0) nameTokens = nameTokens.slice(0, lower);
    }
  }
  // ("kata Arief di Jakarta": where "di" is a preposition, the name ends before it.)
  const broken = nameTokens.findIndex((t) => activeLanguage().nameBreaks.has(t));
  if (broken > 0) nameTokens = nameTokens.slice(0, broken);
  // ("Hanoi, Vietnam Saturday": a day after a name is when, not part of it.)
  while (
    nameTokens.length > 1 &&
    /^(?:KC|QC|MP|MEP|Jr\.?|Sr\.?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)$/u.test(
      nameTokens[nameTokens.length - 1]!,
    )
  )
    nameTokens.pop();
  // "What You Can Do Instead", "Box Details When": a title-case phrase, not a name; adverbs and conjunctions are nobody’s surname.
  if (ADVERB_ENDS.has(nameTokens[nameTokens.length - 1]?.toLowerCase() ?? '')) return null;
  // "At Brown I look forward …": the pronoun, not a regnal number ("Queen Elizabeth I" has its title).
  if (nameTokens.length > 1 && nameTokens[nameTokens.length - 1] === 'I' && !tokens.some(isTitle))
    nameTokens.pop();
  // A title or role before it makes Traci Park a person even though "park" names places; so does a
  // role set off before it, or a verb of saying after it, for a surname that is also a place word
  // ("The lawyer, Sue Park, said", "Ann Hall said").
  if (
    nameTokens.length === 0 ||
    (!marked && nameTokens.some(isOrgToken) && !personBySurname(nameTokens, text, start, start + raw.length))
  )
    return null;
  // "Algorithmic Justice League": a role word before an organisation's word is part of its name.
  if (nameTokens.every(isOrgToken)) return null;
  if (nameTokens.some((t) => /\p{Lu}{2}/u.test(t) && t === t.toUpperCase())) return null;
  // One word is a name only when a title or role marks it, and not as an office taken ("to become
  // Chief Whip he set in train …").
  if (nameTokens.length === 1 && (!marked || (roleEnd >= first && officeTaken(text, start, tokens.at(-1)!))))
    return null;
  // ("X": no name is one letter.)
  if ((!marked && thingBefore(text, start)) || nameTokens.every((t) => t.length === 1)) return null;
  if (nameTokens.length > 4 || noOne(nameTokens)) return null;
  const roleTokens = [...roleOf(tokens.slice(first, roleEnd + 1)), ...bodyTokens];
  const before = roleBefore(text, start);
  const role = [before, roleTokens.join(' ')].filter(Boolean).join(' ') || undefined;
  const name = nameTokens.join(' ');
  const end = start + raw.length;
  const match: NameMatch = { start, end, name, role, marked: marked || before !== '' };
  if (guessed && before === '') match.guessedRole = true;
  return match;
}
