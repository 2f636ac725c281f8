import { bodySpeakingFrom } from './body-from';

/** A conjunction or focus adverb before an article, or a capitalised one before a name: no part of who speaks. */
const LEADING_CONJUNCTION =
  /^(?:(?:[Mm]a|[Aa]nche|[Pp]ure|[Pp]erò|[Mm]ais|[Aa]ussi|[Ee]t|[Pp]ero|[Tt]ambién|[Mm]as|[Tt]ambém|[Bb]ut|[Aa]nd|[Aa]lso|[Ee]ven)\s+(?=(?:il|lo|la|l’|le|les|el|los|las|o|os|as|the)\s)|(?:But|And|Yet|Also|Even)\s+(?=\p{Lu}))/u;

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
    .replace(/^(?:dall|dell|nell|sull|all|d|l)['’](?=\p{L})/iu, '');
  // ("Desde esta Asociación reclaman": the body a preposition names speaks.)
  return bodySpeakingFrom(cleaned) ?? cleaned;
}
