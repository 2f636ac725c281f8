import { activeLanguage } from './language';
import { isRoleWord } from './role-words';

// (Also an elided Italian or French preposition: "il ministro dell’Economia Giancarlo Giorgetti".)
const PLACE_BEFORE =
  /\b(?:to|of|in|from|at|de|del|della|dello|dei|degli|delle|di|du|des|do|da|dos|das)\s+$|(?<!\p{L})(?:dell|dall|nell|sull|all|d|l)['’]$/u;
/** "Marketing Manager at", "Head of Sales at", "diputado de": a role, then the preposition of where it is held. */
const ROLE_THEN_PREPOSITION = /(\p{L}+)\s+(?:at|of|for|de|del|della|di|du|des|da|do)\s+$/u;

/**
 * How many capitalised words open a run before the name in it, after a preposition: the place or
 * body a role belongs to ("ambassador to Britain Liu Xiaming": one; "Marketing Manager at Ocean
 * Florida Abby Dunn": all but the name's two, when a role comes right before the preposition).
 * 0 when the run is a name from its first word.
 */
export function placeOpening(plain: string, piece: string, at: number): number {
  const tokens = piece.split(/\s+/u);
  if (
    tokens.length < 3 ||
    // ("del Ministerio de Hacienda": the place is a body's name when a particle follows it.)
    !/^\p{Lu}/u.test(tokens[1]!) ||
    !(
      PLACE_BEFORE.test(plain.slice(Math.max(0, at - 6), at)) ||
      // ("ředitel nemocnice v Motole Jan Novák": the article's own prepositions.)
      activeLanguage().prepositionBefore?.test(plain.slice(Math.max(0, at - 12), at))
    ) ||
    tokens.some(isRoleWord) ||
    // (In German "des"/"das" are articles: "Präsident des Deutschen Bauernverbands Joachim Rukwied".)
    (activeLanguage().notNameStarts.size > 0 && /\sd[ae]s\s+$/u.test(plain.slice(Math.max(0, at - 5), at)))
  )
    return 0;
  // (A bare "de" also ties a name to its party, town or namesake, "candidato de Colombia Justa Libres",
  // "la Universidad Paulo Freire": only a longer run holds a body and then a name, "diputado de
  // Convergencia Social Diego Ibáñez".)
  if (tokens.length < 4 && /(?:^|\s)de\s+$/u.test(plain.slice(Math.max(0, at - 4), at))) return 0;
  const role = ROLE_THEN_PREPOSITION.exec(plain.slice(Math.max(0, at - 40), at))?.[1];
  return tokens.length >= 4 && role && isRoleWord(role) && tokens.every((t) => /^\p{Lu}\p{Ll}/u.test(t))
    ? tokens.length - 2
    : 1;
}

/** "African", "Chinese", "British", "Israeli": how nationalities end in English. */
const NATIONALITY = /(?:ian|can|ean|ese|ish|ani|eli|aqi)$/u;

/**
 * "the South African delegation", "the Pakistani military": a nationality before a body's noun
 * (lang orgNouns) describes the body; it is no one's name. (Not any capitals: "the Hillary Clinton
 * campaign" names her.) The run's other neighbour, beside the above.
 */
export function modifiesBody(text: string, run: string, end: number): boolean {
  return (
    NATIONALITY.test(run) &&
    activeLanguage().orgNouns.has(/^\s+(\p{Ll}+)/u.exec(text.slice(end, end + 30))?.[1] ?? '')
  );
}
