import { activeLanguage } from './language';

/**
 * Names after a word that governs the genitive ("по словам Ивана Петрова"): the speaker is
 * named in the nominative ("Иван Петров"), whether the cue or a later "сказал он" points there.
 */

/** "Ивана Петрова" after "по словам" → "Иван Петров": each capitalised word's genitive ending undone. */
export function nominative(phrase: string): string {
  const endings = activeLanguage().genitiveEndings;
  return phrase
    .split(/\s+/u)
    .map((word) => {
      if (!/^\p{Lu}\p{Ll}{2,}$/u.test(word)) return word;
      const ending = endings.find(
        ([genitive]) => word.endsWith(genitive) && word.length > genitive.length + 2,
      );
      return ending ? word.slice(0, word.length - ending[0].length) + ending[1] : word;
    })
    .join(' ');
}

/** The name at `start` stands in the clause of a genitive source ("По словам заместителя мэра Андрея …"). */
export function inGenitive(text: string, start: number): boolean {
  const lead = activeLanguage().genitiveLead;
  return lead?.test(text.slice(Math.max(0, start - 160), start)) ?? false;
}
