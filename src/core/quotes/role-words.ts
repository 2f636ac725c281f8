import { activeLanguage } from './language';
import { ROLE_SUFFIXES, ROLE_WORDS, TITLES } from './lexicon';

/**
 * A word naming a job or an office ("minister", "Co-Owner", "Verkehrsminister", "President-elect"),
 * in the lexicon's shared list or the article's languages. Split from names.ts: most of the
 * quote finder asks it, not only the name finder.
 */
export function isRoleWord(token: string): boolean {
  const t = token.toLowerCase().replace(/\.$/, '');
  if (activeLanguage().notRoles.has(t)) return false;
  // "Co-Owner", "vice-chair", "ex-minister": a title with a prefix is that title.
  const compound = /^(?:co|vice|ex|deputy|sub|joint|acting|then)-(\p{L}.+)$/u.exec(t);
  if (compound) return isRoleWord(compound[1]!);
  // ("Editor-in-Chief", "commander-in-chief", "chief-of-staff": the head noun leads the compound.)
  const head = /^(\p{L}+)-(?:in|of)-(?:chief|staff)$/u.exec(t);
  if (head) return isRoleWord(head[1]!) || head[1] === 'chief';
  // ("Secretary-General", "Lieutenant-Colonel", "Attorney-General": two titles joined are one.)
  const pair = /^(\p{L}{2,})-(\p{L}{2,})$/u.exec(t);
  if (pair && [pair[1]!, pair[2]!].every((w) => TITLES.has(w) || isRoleWord(w))) return true;
  // "President-elect", "minister-designate": a title about to be held is that title.
  const coming = /^(\p{L}.+)-(?:elect|designate|nominee)$/u.exec(t);
  if (coming) return isRoleWord(coming[1]!);
  // ("Readly-CEO", "Bahn-Sprecherin": a compounding language joins a body to its role.)
  const joined = activeLanguage().compoundRoles ? /^[\p{L}\p{N}].*-(\p{L}{2,})$/u.exec(t) : null;
  if (joined && isRoleWord(joined[1]!)) return true;
  // ("des Kölner Staatsrechtlers Klaus Stern": a role noun in the genitive.)
  if (activeLanguage().compoundRoles && t.length > 6 && /[^s]s$/u.test(t) && isRoleWord(t.slice(0, -1)))
    return true;
  return (
    ROLE_WORDS.has(t) ||
    activeLanguage().roleWords.has(t) ||
    ROLE_SUFFIXES.some((s) => t.length > s.length && t.endsWith(s)) ||
    activeLanguage().roleEndings.some((s) => t.length > s.length + 3 && t.endsWith(s))
  );
}
