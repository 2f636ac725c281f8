import type { LanguageData } from './lang';
import type { Gender } from './language';

/** The gender words and role-noun endings of the languages in force, gathered for compileLanguages. */

export function genderWords(langs: readonly LanguageData[]): Map<string, Gender> {
  const map = new Map<string, Gender>();
  for (const l of langs) {
    for (const w of l.masculine ?? []) map.set(w.toLowerCase(), 'm');
    for (const w of l.feminine ?? []) map.set(w.toLowerCase(), 'f');
  }
  return map;
}

export function genderEndings(langs: readonly LanguageData[]): [string, Gender][] {
  const list: [string, Gender][] = [];
  for (const l of langs) {
    for (const e of l.masculineEndings ?? []) list.push([e, 'm']);
    for (const e of l.feminineEndings ?? []) list.push([e, 'f']);
  }
  return list.sort((a, b) => b[0].length - a[0].length);
}
