import { activeLanguage, type Gender, genderOfWord } from './language';
import { NOT_NAME_STARTS } from './lexicon';
import { isRoleWord } from './role-words';

/**
 * "Her daughter, Claire, who cares for her, said …": a first name set off by commas right after a
 * role is who the role is; so is one an apposition brings in (", an 80-year-old widower named
 * Frank,"), whose noun gives the gender. Null when the words after the role are neither.
 */
export function firstNameApposed(after: string): { name: string; gender?: Gender } | null {
  const groups = (/^,\s*(?<name>\p{Lu}\p{Ll}+),/u.exec(after) ?? NAMED_IN_APPOSITION.exec(after))?.groups;
  const name = groups?.name;
  if (!name || NOT_NAME_STARTS.has(name.toLowerCase()) || isRoleWord(name)) return null;
  const noun = groups.before?.split(/\s+/u).pop();
  const gender = noun ? genderOfWord(noun, activeLanguage().gender) : undefined;
  return gender ? { name, gender } : { name };
}
const NAMED_IN_APPOSITION =
  /^,\s*(?<before>(?:an?|the)\s[^,.;:]{0,60}?)\s(?:named|called)\s+(?<name>\p{Lu}\p{Ll}+)(?=[\s,.;:])/u;
