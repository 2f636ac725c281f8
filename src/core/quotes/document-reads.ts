import { activeLanguage } from './language';
import { DOCUMENT_NOUNS } from './orgs';
import { subjectAfterVerb } from './subjects';

/**
 * "“…,” the statement read." / "The letter reads: “…”": in English a document's "read" is its
 * "says". "Read" is no verb of saying by itself ("she read the letter", "he read “The Hobbit”"),
 * so it counts only right after a document's noun, rewritten to a verb the cues know, of the same
 * length (the cue readers work on the text as given).
 */
const DOCUMENT_READ = new RegExp(
  `\\b(${[...DOCUMENT_NOUNS].filter((w) => /^[a-z-]+$/u.test(w)).join('|')})(\\s+)(reads|read)\\b`,
  'giu',
);

export function documentReads(text: string): string {
  if (!/\bread/iu.test(text) || !activeLanguage().codes.has('en')) return text;
  return text.replace(
    DOCUMENT_READ,
    (_, noun: string, space: string, verb: string) =>
      `${noun}${space}${verb.length === 5 ? 'notes' : 'said'}`,
  );
}

/**
 * "Later, I got an email reply from a Google representative." before a paragraph that is only a
 * quote: the document's issuer, whose words those are (lang documents, issuedBy). The words after
 * the link word, up to a preposition or the sentence's end, as a cue's subject is read.
 */
export function documentIssuer(sentence: string): string | null {
  const document = activeLanguage().documentFrom?.exec(sentence);
  if (!document) return null;
  return subjectAfterVerb(sentence.slice(document.index + document[0].length));
}
