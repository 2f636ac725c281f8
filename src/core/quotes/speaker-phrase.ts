import { bodySpeakingFrom } from './body-from';
import { isRoleWord } from './role-words';

/** A conjunction or focus adverb before an article, or a capitalised one before a name: no part of who speaks. */
const LEADING_CONJUNCTION =
  /^(?:(?:[Mm]a|[Aa]nche|[Pp]ure|[Pp]erò|[Mm]ais|[Aa]ussi|[Ee]t|[Pp]ero|[Tt]ambién|[Mm]as|[Tt]ambém|[Bb]ut|[Aa]nd|[Aa]lso|[Ee]ven)\s+(?=(?:il|lo|la|l’|le|les|el|los|las|o|os|as|the)\s)|(?:But|And|Yet|Also|Even)\s+(?=\p{Lu}))/u;

/** An age between a determiner and a role: "der 35 Jahre alte …", "the 35-year-old …". */
const AGE_BEFORE_ROLE =
  /(?<=^\p{L}+\s)(?:\d{1,3}\s+Jahre\s+alte[rn]?|\d{1,3}-(?:year|jährige[rn]?)(?:-old)?)\s+(?=\p{L})/u;
/** A determiner and a role, then "and" and more (group 2): "the coach and captain of …". */
const TWO_ROLES = /^((?:the|der|die|das|le|la|el|il)\s+\S+)\s+(?:and|und|et|y|e)\s+(.+)$/iu;
/** Two capitalised words: a name. */
const NAME_RUN = /\p{Lu}[\p{L}’'-]+\s+\p{Lu}[\p{L}’'-]+/u;

/** A cue phrase without what surrounds who speaks: marks, a possessive, a leading conjunction, an elided preposition. */
export function cleanPhrase(raw: string): string {
  // ("vor seinem „Müll“-Fauxpas sagte": the tail of a compound whose head was in quote marks is
  // no one; the words before the marks are part of the same sentence.)
  if (/^\s*-\p{L}/u.test(raw)) return '';
  // (「…」と心配そうに, 「…」を逸脱している: a Japanese particle opens no name; a name in kana runs on in
  // kana, "ともこ", "はるか".)
  if (/^\s*(?:を|[とにでがはのへ](?=[\p{Script=Han}\p{Script=Katakana}をのと]))/u.test(raw)) return '';
  const cleaned = raw
    .trim()
    .replace(/\s+(?:that|who|which|and|but)$/iu, '')
    // ("[Bruck] said": an editor's brackets around the name the quoted text left out.)
    .replace(/^[([“"‘,…\s]+|[)\]”"’.,:;…\s]+$/gu, '')
    .replace(/['’]s$/u, '')
    // ("ma il New York Times rivela:", "anche il New York Times", "But Ishiba": a conjunction or focus adverb first.)
    .replace(LEADING_CONJUNCTION, '')
    // "fanno sapere dall’azienda": an elided preposition is not part of who speaks.
    .replace(/^(?:dall|dell|nell|sull|all|d|l)['’](?=\p{L})/iu, '')
    // ("der 35 Jahre alte Aufbauspieler", "the 35-year-old forward": the age beside a role says who
    // the role is; the role speaks. A bare age, "der 48-Jährige", stays: it is the noun itself.)
    .replace(AGE_BEFORE_ROLE, '')
    // ("der Aufbauspieler und Kapitän von Real", "the coach and captain": two roles of one person, the
    // first enough to know who — unless a name follows, "der Trainer und Ex-Profi Tom Berg".)
    .replace(TWO_ROLES, (whole, first: string, rest: string) =>
      NAME_RUN.test(rest) || !isRoleWord(rest.split(/\s+/u)[0]!) ? whole : first,
    );
  // ("Desde esta Asociación reclaman": the body a preposition names speaks.)
  return bodySpeakingFrom(cleaned) ?? cleaned;
}
