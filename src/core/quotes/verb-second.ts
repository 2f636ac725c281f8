import { activeLanguage } from './language';
import { DETERMINER, DOCUMENT_HEADS } from './lexicon';
import { DOCUMENT_NOUNS } from './orgs';
import { isRoleWord } from './role-words';
import { subjectAfterVerb } from './subjects';

/**
 * „…“, schimpft der AfD-Chef. / „…“, weiß der amtierende HSV-Präsident, warnt aber: in a
 * verb-second language the word after a quote's comma is a verb whatever verb it is, so its
 * subject speaks — when that subject names someone („…“, lautet die Antwort names no one). Null
 * where the language is not verb-second or no such word comes.
 */
export function verbSecondSubject(after: string): string | null {
  const verb = activeLanguage().verbSecondVerb?.exec(after);
  if (!verb) return null;
  // ("„…“, ereiferte sich der Coach": a reflexive pronoun before the subject is the verb's own.)
  const reflexive = activeLanguage().reflexiveFirst;
  const words = after.slice(verb[0].length);
  const rest = reflexive ? words.replace(reflexive, '') : words;
  // ("„…“, gilt dem Verein als …": an object after the verb, not its subject.)
  if (startsWithObject(rest)) return null;
  // („…“, ließ sie auf dem Kurznachrichtendienst X wissen: a pronoun right after the verb is its subject.)
  const pronoun = /^\p{L}+/u.exec(rest)?.[0] ?? '';
  if (activeLanguage().pronouns.has(pronoun.toLowerCase())) return pronoun;
  // ("singt SAM und ich fühle, was er meint": "und" and a lower-case word open a clause of its own.)
  // ("seufzt Catherine eine Pult-Insel entfernt": an indefinite article after a capital opens an object.)
  const subject = subjectAfterVerb(
    rest
      .replace(/\s+und\s+\p{Ll}.*$/su, '')
      .replace(/(?<=\p{Lu}[\p{L}-]*)\s+(?:ein|eine|einen|einem)\s.*$/su, ''),
  );
  if (!subject) return null;
  // ("Name|role": "der AfD-Chef, warnt aber" leaves a clause where a name would be; the role speaks.)
  const [first = '', aside] = subject.split('|');
  if (nounPhrase(first) && namesSomeone(first)) return subject;
  return aside && nounPhrase(aside) && aside.split(/\s+/u).some((w) => isRoleWord(w)) ? aside : null;
}

/**
 * The subject pronoun of a line before a colon: the one opening it, as for a sentence before a
 * quote ("She thinks the plan is wrong: “…”"; not "it"), or one right after the verb.
 */
export function linePronoun(line: string): string | null {
  const opener = /^\s*(\p{L}+)/u.exec(line)?.[1]?.toLowerCase();
  if (opener && opener !== 'it' && activeLanguage().pronouns.has(opener)) return opener;
  return pronounAfterVerb(line);
}

/**
 * "Auch Debatten darüber hält er für sinnvoll: „…“": a verb-second sentence may open with its
 * object, its subject pronoun then right after the verb. The first pronoun after a lower-case word
 * that is no preposition, adverb or determiner ("für sie", "auch sie", "man sie" are none); null in
 * other languages.
 */
export function pronounAfterVerb(sentence: string): string | null {
  const language = activeLanguage();
  if (language.subjectPronouns.size === 0) return null;
  const opening = /^\s*(\p{L}+)/u.exec(sentence)?.[1]?.toLowerCase() ?? '';
  const fronted = language.frontedOpeners.has(opening) || language.frontedAdverbs.has(opening);
  for (const m of sentence.matchAll(WORD_PAIR)) {
    const [, before = '', pronoun = ''] = m;
    // ("Ihre Arbeit hat sie oft an die Grenze gebracht": "sie" may be the object; a pronoun that
    // is never one counts, another only after a fronted phrase or adverb, "Mit Aviv ging sie …".)
    if (!language.pronouns.has(pronoun)) continue;
    if (!language.subjectPronouns.has(pronoun) && !fronted) return null;
    const known =
      language.frontedOpeners.has(before) ||
      language.frontedAdverbs.has(before) ||
      language.notNameStarts.has(before) ||
      language.pronouns.has(before) ||
      IMPERSONAL.has(before);
    return known ? null : pronoun;
  }
  return null;
}
// (The second word in a lookahead, so pairs overlap: "so hält er" holds "hält er".)
const WORD_PAIR = /(?<=^|[\s,])(\p{Ll}+)\s+(?=(\p{Ll}+)[\s,:])/gu;
/** "man", "es": a subject of no one, so a pronoun after it is an object. */
const IMPERSONAL = new Set(['man', 'es', 'und', 'oder', 'aber', 'dass', 'ob', 'wie']);

/**
 * A subject is a noun phrase: "stärken Kinder besser als jedes Lob und sorgen …" runs on past one
 * into a comparison (the quote was an example there, not something said).
 */
function nounPhrase(phrase: string): boolean {
  const language = activeLanguage();
  // (Its last word may be a verb's particle: "führte Webhofer aus".)
  const words = phrase.trim().split(/\s+/u).slice(0, -1);
  return (
    words.length < 10 && !words.some((w) => language.frontedOpeners.has(w) || language.frontedAdverbs.has(w))
  );
}

function startsWithObject(rest: string): boolean {
  const ends = activeLanguage().afterSubjectEnd;
  ends.lastIndex = 0;
  return ends.exec(` ${rest}`)?.index === 0;
}

/** Where the head of "der Sprecher der Stadt", "the head of the agency" ends: its genitive or "of". */
const GENITIVE_LINK = new Set([
  'der',
  'des',
  'of',
  'von',
  'van',
  'de',
  'du',
  'del',
  'della',
  'di',
  'do',
  'da',
]);

/**
 * "er", "Hans Meier", "der AfD-Chef", "the minister", "die NRW-Studie": a phrase after a verb of
 * saying that names someone who can speak — a pronoun, a name, a role, a body or a document — not
 * something said ("die Antwort", "das Motto der Stadt").
 */
export function namesSomeone(phrase: string): boolean {
  const language = activeLanguage();
  const words = phrase.trim().split(/\s+/u);
  const first = words[0] ?? '';
  if (language.pronouns.has(first.toLowerCase())) return true;
  if (/^\p{Lu}/u.test(first) && !language.notNameStarts.has(first.toLowerCase())) return true;
  const link = words.findIndex((w, i) => i > 0 && GENITIVE_LINK.has(w));
  const head = (link > 0 ? words.slice(0, link) : words).pop() ?? '';
  const noun = head.toLowerCase().split('-').pop() ?? '';
  // ("la DGSA", "the BBC": a capitalised head after an article, where nouns are not capitalised.)
  if (language.notNameStarts.size === 0 && DETERMINER.test(phrase.trim()) && /^\p{Lu}/u.test(head))
    return true;
  return (
    isRoleWord(head) ||
    language.orgNouns.has(noun) ||
    DOCUMENT_NOUNS.has(noun) ||
    DOCUMENT_HEADS.has(noun) ||
    language.documents.has(noun)
  );
}
