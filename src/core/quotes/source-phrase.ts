import { nominative } from './genitive';
import { activeLanguage } from './language';
import { findNames } from './names';
import { subjectAfterVerb, withoutDocument } from './subjects';

/** A determiner and one noun: "his analysis", "su análisis". */
const OWNED_NOUN = /^(\p{L}+)\s+\p{Ll}[\p{L}-]*$/iu;

/** "Marylise Léon", "Hugo de Jonge": capitalised words and a name's particles, nothing else. */
function isNameOnly(phrase: string): boolean {
  const words = phrase.trim().split(/\s+/u);
  return (
    words.length <= 6 &&
    /^\p{Lu}/u.test(words[0]!) &&
    words.every(
      (word) =>
        /^\p{Lu}/u.test(word) ||
        /^(?:d[aeiou]s?|de[lr]?|van|von|der|den|ter|la|le|bin|ibn|al|y)$/u.test(word),
    )
  );
}

/**
 * The speaker phrase of "according to X" and its kin (lang `sources`), `source` being the match
 * in `sentence`: X, up to its comma or the end of its name.
 */
export function sourcePhrase(sentence: string, source: RegExpMatchArray): string | null {
  const language = activeLanguage();
  // ("Weber zufolge „…“", "Dem Bericht zufolge": a postposition follows its source.)
  if (/^zufolge\s*$/iu.test(source[0])) {
    const before = /(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})\s*$/u.exec(sentence.slice(0, source.index));
    return before ? before[1]!.replace(/^(?:Dem|Der|Den|Des)\s+/u, '') : null;
  }
  const held = sentence.slice((source.index ?? 0) + source[0].length);
  // ("Nach Einschätzung des US-Militärs habe der Pier …": a German source's genitive, in the nominative.)
  const genitive = /^nach\s/iu.test(source[0]) ? GERMAN_GENITIVE.exec(held) : null;
  if (genitive) return genitive[1] === 'des' ? withoutGenitiveS(genitive[2]!) : genitive[2]!;
  // "According to the man, the steroids …": the source ends at the first comma,
  // unless a name follows it ("Selon la secrétaire générale de la CFDT, Marylise Léon,").
  // ("According to a copy of the filing obtained by the Daily Haymaker:": the filing is the source.)
  const tail = withoutDocument(language.heldBy ? held.replace(language.heldBy, '') : held);
  const parts = tail.split(/\s*,\s*/u);
  // ("According to reports, Heidnik repeatedly beat …": a clause after the comma is the sentence's own.)
  const named = parts.length > 1 && isNameOnly(parts[1]!);
  // ("Volgens woordvoerder Peter de Vries is de situatie “…”": with no comma, the clause after the
  // name is the sentence's own; the source ends with the name.)
  const name = parts.length === 1 ? findNames(tail)[0] : undefined;
  const bare = name && name.start <= 40 && !/[^\p{L}\s.’'-]/u.test(tail.slice(0, name.start));
  // ("Laut Polizei ist „…“": where every noun has a capital, the noun phrase ends at the verb after it.)
  const nounPhrase =
    parts.length === 1 && language.notNameStarts.size > 0
      ? CAPITALISED_NOUN_PHRASE.exec(tail)?.[1]
      : undefined;
  const subject = subjectAfterVerb(
    named ? `${parts[0]}, ${parts[1]}` : bare ? tail.slice(0, name.end) : (nounPhrase ?? parts[0] ?? tail),
  );
  // ("According to his analysis, …", "Según su análisis, …": the possessor speaks, whoever is in play.)
  const owner = subject ? OWNED_NOUN.exec(subject)?.[1]?.toLowerCase() : undefined;
  if (owner && language.possessives.has(owner)) return language.possessives.get(owner) ?? null;
  return subject && language.genitiveSource?.test(source[0]) ? nominative(subject) : subject;
}

/** "Polizei", "der zuständigen Behörde", "einem Sprecher der Stadt": a German noun phrase, then a lower-case verb (group 1). */
const CAPITALISED_NOUN_PHRASE =
  /^\s*((?:(?:der|die|das|dem|den|des|ein|eine|einem|einer|eines)\s+)?(?:\p{Ll}+e[nrms]?\s+)*\p{Lu}[\p{L}-]*(?:\s+(?:(?:der|des|von|vom)\s+)?\p{Lu}[\p{L}-]*)*)\s+\p{Ll}/u;

/** "des US-Militärs", "der zuständigen Behörde": a German genitive article, adjectives, and the noun (or a name of capitals). */
const GERMAN_GENITIVE = /^\s*(des|der)\s+(?:\p{Ll}+e[nr]?\s+)*(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})/u;

/** "Militärs" → "Militär", "Bundes" → "Bund", "Ministeriums" → "Ministerium": a masculine or neuter genitive's ending. */
function withoutGenitiveS(noun: string): string {
  const words = noun.split(' ');
  const last = words.pop()!;
  const base = /(?:[sdt]es)$/u.test(last) && last.length > 5 ? last.slice(0, -2) : last.replace(/s$/u, '');
  return [...words, base].join(' ');
}
