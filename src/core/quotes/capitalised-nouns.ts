import { activeLanguage } from './language';
import { DETERMINER, NOT_NAME_STARTS } from './lexicon';
import { isTitle } from './role-before';
import { isRoleWord } from './role-words';
import { JOINED_ARTICLE } from './text';

/**
 * German writes every noun with a capital, so a run of capitals there is as often a noun phrase
 * as a name: "Freilassung Maduros", "Angehörigen der Opfer", "Seine Augen", "Erfüllung der Pflicht".
 * Left as names they became the people a later "er" or "sie" stood for; and a role noun before a
 * name became part of it ("der Philosoph Richard David Precht", "Präsident des Deutschen
 * Bauernverbands Joachim Rukwied"). Only for languages that capitalise their nouns (those with lang
 * notNameStarts), but for one check that holds in any: a common noun before "von"/"van" ("die
 * Aufmerksamkeit von Jeanmaire Molina", "in Zeiten von Corona").
 */

/** German and Dutch endings of common nouns (Aufmerksamkeit, Zeiten, Regierung, Gemeinschaft). */
const COMMON_NOUN_ENDING = /(?:ung|heit|keit|schaft|tät|tion|sion|nis|tum|ismus|zeit|heid)(?:en)?$/u;

/** Particles before which an article belongs to a name ("von der Leyen", "van der Bellen"). */
const NAME_PARTICLE = /^(?:von|van|vom|zu|zur|de)$/u;

/**
 * The part of a capitalised run that can be a name: the run itself, or the text after the noun
 * phrase it opens with, or before the article that joins a noun to its genitive. Returns the
 * characters dropped at the start and the text kept.
 */
export function nameablePart(run: string): { skipped: number; kept: string } {
  const language = activeLanguage();
  // (Most runs have neither a particle nor a language that capitalises nouns: nothing to split.)
  if (language.notNameStarts.size === 0 && !/\s(?:von|van|vom)\s/u.test(run))
    return { skipped: 0, kept: run };
  const words = [...run.matchAll(/\S+/gu)];
  const tokens = words.map((w) => w[0]);
  // ("die Aufmerksamkeit von Jeanmaire Molina": a common noun before "von"/"van" is a thing of
  // someone's, not a first name; the name, if any, follows.)
  const particle = tokens.findIndex((t, i) => i > 0 && /^(?:von|van|vom)$/u.test(t));
  let first = particle > 0 && COMMON_NOUN_ENDING.test(tokens[particle - 1]!.toLowerCase()) ? particle + 1 : 0;
  if (language.notNameStarts.size === 0) return keep(run, words, first, tokens.length);
  // ("Aussagen von Enrique Tarragona", "Leben von Sharon Stone": a noble particle comes before a
  // surname alone or "der"/"zu"; before a first name and a surname "von" is the preposition.)
  if (particle > 0 && /^vo[nm]$/u.test(tokens[particle]!) && tokens.length - particle >= 3) {
    if (!/^(?:der|den|dem|zu|und)$/u.test(tokens[particle + 1]!)) first = particle + 1;
  }
  const roleBefore = (i: number) => tokens.slice(0, i).some((t) => isRoleWord(t));
  for (let i = first; i < tokens.length - 1; i++) {
    const lower = tokens[i]!.toLowerCase();
    // "Seine Augen", "Diese Woche": a determiner opens a noun phrase.
    if (i === first && language.notNameStarts.has(lower)) first = i + 1;
    // "Freilassung Maduros": a common noun is no part of a name; a name may follow it.
    // (Not a body's own word: "Stiftung Warentest".)
    else if (lower.length > 5 && COMMON_NOUN_ENDING.test(lower) && !bodyWord(lower) && !roleBefore(i))
      first = i + 1;
  }
  let last = tokens.length;
  for (let i = first + 1; i < tokens.length; i++) {
    // "Angehörigen der Opfer": an article inside the run joins a noun to its genitive.
    if (
      /^(?:der|des|die)$/u.test(tokens[i]!) &&
      !NAME_PARTICLE.test(tokens[i - 1]!.toLowerCase()) &&
      !roleBefore(i)
    ) {
      last = i;
      break;
    }
  }
  return keep(run, words, first, last);
}

/** The run's words from `first` up to `last`, and how many characters come before them. */
function keep(
  run: string,
  words: RegExpExecArray[],
  first: number,
  last: number,
): { skipped: number; kept: string } {
  if (first >= last) return { skipped: run.length, kept: '' };
  const from = words[first]!.index ?? 0;
  const to = (words[last - 1]!.index ?? 0) + words[last - 1]![0].length;
  return { skipped: from, kept: run.slice(from, to) };
}

/** A body's word, or a compound ending in one ("Bundesregierung", "Staatsanwaltschaft"). */
function bodyWord(lower: string): boolean {
  for (const word of activeLanguage().orgNouns) if (lower.endsWith(word)) return true;
  return false;
}

/** A word that may be part of a person's name: a capital, then lower case, and no body's word. */
function nameWord(word: string): boolean {
  return (/^\p{Lu}\p{Ll}/u.test(word) || JOINED_ARTICLE.test(word)) && !bodyWord(word.toLowerCase());
}

/** Endings of an adjective after a definite article (weak declension: "der Deutsche", "des Roten"). */
const WEAK_ADJECTIVE = /(?:e|en)$/u;
/** A definite article right before, or before a noun and "und" ("der Publizist und Philosoph"). */
const ARTICLE_BEFORE = /(?:^|[\s(„"])(?:der|die|den|dem|des)\s+(?:\p{Lu}[\p{L}-]*\s+(?:und|&)\s+)?$/iu;

/**
 * "sagt der Philosoph Richard David Precht", "des Staatsrechtlers Klaus Stern": in a language that
 * capitalises nouns, a capital after a definite article is a noun unless it is declined like an
 * adjective, and a noun before a first name and a surname is the person's role. `before` is the
 * text right before the run (its last words will do); `token` the run's first word, `after` the
 * words after it.
 */
export function nounAfterArticle(before: string, token: string, after: readonly string[]): boolean {
  const language = activeLanguage();
  if (language.notNameStarts.size === 0 || after.length < 2 || token.length < 4) return false;
  // (A first name and a surname: capitals only, no body's word: not "dem Lager von Dadaab", "der
  // Schweizer Gemeinde Crans-Montana".)
  if (!after.every(nameWord)) return false;
  const lower = token.toLowerCase();
  // ("die Leiterin des Hauptstadtbüro Bioenergie Sandra Rostek": after a role the article opens
  // its body, genitiveBody's case.)
  const owner = /(\S+)\s+(?:der|des)\s+$/u.exec(before)?.[1];
  if (owner && isRoleWord(owner)) return false;
  return (
    ARTICLE_BEFORE.test(before) &&
    !WEAK_ADJECTIVE.test(lower) &&
    !bodyWord(lower) &&
    !(token === token.toUpperCase())
  );
}

/**
 * "Präsident des Deutschen Bauernverbands Joachim Rukwied", "Sprecherin der Grünen-Fraktion
 * Katharina Schulze": after a role, a genitive article opens the body it belongs to, and the
 * last two capitals are the person's first name and surname. `words` are the run's words after
 * its role words (`afterRole`), or the whole run, the role then ending the text `before` it.
 * Returns the role words before the run ("Präsident des", or "") and where the name starts in
 * `words`; null if it is no such run. Only for languages that capitalise their nouns.
 */
export function genitiveBody(
  before: string,
  words: readonly string[],
  afterRole: boolean,
): { role: string; name: number } | null {
  if (activeLanguage().notNameStarts.size === 0 || words.length < (afterRole ? 4 : 3)) return null;
  const name = words.slice(-2);
  if (!name.every((w) => nameWord(w) && !isRoleWord(w))) return null;
  // ("Außenminister der Vereinigten Arabischen Emirate": a body's adjective is declined, its noun
  // follows, so the body cannot end on an adjective.)
  const bodyEnd = words[words.length - 3]!;
  if (/^\p{Lu}\p{Ll}+en$/u.test(bodyEnd)) return null;
  if (afterRole)
    return /^(?:der|des)$/u.test(words[0]!) && /^\p{Lu}/u.test(words[1]!)
      ? { role: '', name: words.length - 2 }
      : null;
  const role = /(?:^|\s)(\p{Lu}[\p{L}-]*\s+(?:der|des))\s+$/u.exec(before)?.[1];
  return role && isRoleWord(role.split(/\s+/u)[0]!) ? { role, name: words.length - 2 } : null;
}

/**
 * Whether a run's first word after its role (if any) shows no name follows: "Sprechers der Berliner
 * Polizei" (a body after its role, in the language's own list); "From: Grandma What she said: …"
 * (a word that opens a clause, after a role).
 */
export function noNameAfter(token: string, afterRole: boolean): boolean {
  return activeLanguage().notNameStarts.has(token) || (afterRole && NOT_NAME_STARTS.has(token.toLowerCase()));
}

/**
 * A run that names no one: an article and a title ("Le Premier ministre", "The President"), or a
 * run ending in a pronoun ("Lesen Sie", a teaser's imperative).
 */
export function noOne(tokens: readonly string[]): boolean {
  if (tokens.length === 2 && DETERMINER.test(`${tokens[0]} `) && isTitle(tokens[1]!)) return true;
  return tokens.length > 1 && activeLanguage().pronouns.has(tokens[tokens.length - 1]!.toLowerCase());
}

/** An article, maybe with an adjective: "eine halbe", "den", "einer neuen". */
const DETERMINED =
  /(?:^|[\s(„"])(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines)\s+(?:\p{Ll}+\s+)?$/iu;

/**
 * "eine halbe Stunde von Einsatzort zu Einsatzort", "den Einfluss von Tiktok": where nouns are
 * capitalised, "Noun von Noun" after an article, or running on with "zu", is a noun phrase,
 * not a name with its particle ("Ursula von der Leyen").
 */
export function nounWithVon(before: string, tokens: readonly string[], after: string): boolean {
  if (activeLanguage().notNameStarts.size === 0 || tokens[1] !== 'von' || isRoleWord(tokens[0]!))
    return false;
  return DETERMINED.test(before) || /^\s+zu\s/u.test(after);
}

/** A body after "von der": two words or more ("Direktbank ING"), or a word of a body ("Verbraucherzentrale"). */
function bodyAfter(words: readonly string[]): boolean {
  return words.length >= 2 || (words.length === 1 && bodyWord(words[0]!.toLowerCase()));
}

/**
 * "sagte Experte Bernd Bönte der Deutschen Presse-Agentur": in German, an article after two
 * capitals that are no role ("Bernd Bönte") is the case of who was told or the body the person is
 * of, not a name's particle (that is "von der", "van der"); the run ends before it. After a role the
 * article opens the role's body ("Präsident des Deutschen Bauernverbands Joachim Rukwied").
 */
export function endBeforeArticle(run: string): string {
  if (!activeLanguage().codes.has('de')) return run;
  const tokens = run.split(/\s+/u);
  const afterTwoNames = (i: number) =>
    i >= 2 && tokens.slice(i - 2, i).every((w) => /^\p{Lu}\p{Ll}/u.test(w) && !isRoleWord(w));
  const at = tokens.findIndex(
    (t, i) =>
      afterTwoNames(i) &&
      ((/^(?:der|dem|des)$/u.test(t) && /^\p{Lu}/u.test(tokens[i + 1] ?? '')) ||
        // ("Carsten Brzeski von der Direktbank ING", "Simone Vintz von der Verbraucherzentrale": after
        // a first name and a surname, "von der" and a body is where they work; "von der Leyen" follows one.)
        (/^vo[nm]$/u.test(t) && bodyAfter(tokens.slice(i + 1).filter((w) => !/^(?:der|dem|den)$/u.test(w))))),
  );
  return at < 0 ? run : tokens.slice(0, at).join(' ');
}

/**
 * "im Berliner Führerbunker": a noun after an article's preposition; "21st Century Fox", "20th
 * Century Studios": capitals after an ordinal name a thing, not a person.
 */
export function thingBefore(text: string, start: number): boolean {
  const close = text.slice(Math.max(0, start - 8), start);
  return !!activeLanguage().articlePrepositionBefore?.test(close) || /\d(?:st|nd|rd|th)\s$/u.test(close);
}

/**
 * "dem israelischen Sender Channel 13", "Stiftung Warentest": where nouns take capitals, a run that
 * opens with a body's noun is a body's name (names.ts keeps it as one), never a person.
 */
export function bodyNounFirst(name: string): boolean {
  const language = activeLanguage();
  return language.notNameStarts.size > 0 && language.orgNouns.has(name.split(/\s+/u)[0]!.toLowerCase());
}
