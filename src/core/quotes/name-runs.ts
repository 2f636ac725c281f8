import { JOINED_ARTICLES } from './text';

/**
 * The patterns that cut a text into runs of capitalised words that may be names (names.ts reads
 * each run): the tokens of a name, the particles that join them, and a nickname inside one.
 */

// "J.D. Power", "R.J. Smith": initials written together are one token. ("L'elogio di Trump": an
// elided article before a lower-case noun opens no name; "O'Brien", "L'Oréal" do.)
const TOKEN = String.raw`(?:(?:\p{Lu}\.){2,}|\p{Lu}(?![’']\p{Ll})[\p{L}\p{M}]*(?:[’'\-]\p{L}[\p{L}\p{M}]*)*\.?)`;
const PARTICLE = `(?:de|van|von|der|den|da|di|du|del|della|la|le|bin|al|ibn|ten|ter|dos|das)`;
/** A particle, a capitalised word, then another particle: where a second particle starts. */
export const SECOND_PARTICLE = new RegExp(
  `^(\\S+(?:\\s+${PARTICLE})+\\s+\\p{Lu}\\S*(?:\\s+\\p{Lu}\\S*)*)\\s+${PARTICLE}\\s+\\p{Lu}`,
  'u',
);
// ("Laith al-Balaous", "Sheib ad-Din": an Arabic article joined to a surname continues a name.)
const JOINED = String.raw`${JOINED_ARTICLES}\p{Lu}[\p{L}\p{M}]*`;
export const SEQUENCE = new RegExp(
  `${TOKEN}(?:\\s+(?:${PARTICLE}\\s+){0,2}${TOKEN}|\\s+${JOINED}(?![\\p{L}-]))*`,
  'gu',
);
/**
 * The first name, then the nickname in quote marks. The first name is matched, not looked
 * behind for: a lookbehind over `\p{Ll}+` rescans a whole run of lower-case letters at every
 * position, and a 300,000-letter word took minutes.
 */
export const NICKNAME = /(\p{Lu}\p{Ll}+)(\s[‘’'"“]\p{Lu}\p{Ll}+[’'"”])(?=\s\p{Lu})/gu;
export const NICKNAME_HINT = /\s[‘’'"“]\p{Lu}/u;
/** A run of two words or more, then the same run again. */
export const REPEATED_NAME = /^(\S+(?:\s+\S+)+)\s+\1$/u;
/** A generational suffix ending a name: "Jr.", "Sr". */
export const GENERATION = /^[JS]r\.?$/u;
