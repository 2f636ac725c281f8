import { activeLanguage } from './language';

/**
 * "die Liebhaberin der griechischen Küche", "der Chef des Großmarkts": a German role with its
 * genitive points back like "die Liebhaberin" alone (its capitals are nouns, not a name); a body's
 * noun with its genitive names that body ("die Partei des Religiösen Zionismus" is no one earlier).
 * Null unless the phrase has that shape in a German article.
 */
export function germanGenitive(phrase: string): { role: string } | { body: string } | null {
  const genitive = GERMAN_ROLE_GENITIVE.exec(phrase);
  if (!genitive || !activeLanguage().codes.has('de')) return null;
  const noun = genitive[1]!.split(' ')[1]!.toLowerCase();
  return activeLanguage().orgNouns.has(noun)
    ? { body: phrase.replace(/^\S+\s+/u, '') }
    : { role: genitive[1]! };
}
const GERMAN_ROLE_GENITIVE = /^((?:der|die)\s+\p{Lu}\p{Ll}+)\s+(?:der|des)\s+\S+(?:\s+\S+){0,3}$/u;
