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

const BEFORE_VERB = /(?:^|,\s*)[Вв]о?\s+([^\s,]+)((?:\s+[^\s,]+){0,4}?)\s*$/u;
const AFTER_VERB = /^\s*[Вв]о?\s+([^\s,.;:!?]+)((?:\s+[^\s,.;:!?]+){0,4}?)\s*(?:[,.;:!?]|$)/u;

/**
 * "В пресс-службе метрополитена сообщили", "В МЧС пояснили": an impersonal plural verb after a
 * body named in the locative; the body speaks, named in the nominative ("пресс-служба
 * метрополитена"). Null unless the words before the verb are such a phrase.
 */
export function locativeBody(words: string, verb: string, afterVerb = false): string | null {
  const bodies = activeLanguage().locativeBodies;
  if (bodies.size === 0 || !/ли$/u.test(verb)) return null;
  // (After the verb: "— сообщили в пресс-службе метрополитена.")
  const m = (afterVerb ? AFTER_VERB : BEFORE_VERB).exec(words);
  if (!m) return null;
  const noun = bodies.get(m[1]!.toLowerCase()) ?? (/^\p{Lu}{2,}$/u.test(m[1]!) ? m[1] : undefined);
  return noun ? `${noun}${m[2]}` : null;
}

/** "по словам Смирнова" → Смирнов, "Петровой" → Петрова, "Nowakiem" → Nowak: a known surname in another case. */
export function surnameInCase<P extends { strong: boolean }>(
  word: string,
  bySurname: ReadonlyMap<string, P>,
): P | undefined {
  const { caseEndings, nominativeEndings } = activeLanguage();
  for (const ending of caseEndings) {
    if (!word.endsWith(ending) || word.length - ending.length < 3) continue;
    const stem = word.slice(0, -ending.length);
    for (const nominative of nominativeEndings) {
      const person = bySurname.get(stem + nominative);
      if (person?.strong) return person;
    }
  }
  return undefined;
}

/**
 * "компании" → "компания", "министерства" → "министерство": a body's common noun (lang orgNouns) in
 * another case, by its stem and a case ending; null for any other word.
 */
export function bodyNounInCase(word: string): string | null {
  const lower = word.toLowerCase();
  for (const noun of activeLanguage().orgNouns) {
    const stem = noun.replace(/[аяоеиыйь]+$/u, '');
    // (A stem of four letters at least: "суд" would take "судьи", a judge.)
    if (stem.length >= 4 && lower.startsWith(stem) && /^[аяоеиыйьуюм]{0,3}$/u.test(lower.slice(stem.length)))
      return noun;
  }
  return null;
}
