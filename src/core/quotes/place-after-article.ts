/**
 * A definite article, alone or joined to a preposition, ending the text before a run of capitals:
 * "la", "el", "il", "nella", "del", "au", "na". Romance news prose sets no article before a
 * person's name in full. (Not a bare preposition, "a", "à", "da": "entrevistó a Luis de Guindos",
 * "intervistato da …" name people; nor words English shares, "as", "do", "o".)
 */
const ARTICLE_BEFORE =
  /(?<!\p{L})(?:la|el|le|il|lo|los|las|les|gli|al|del|au|du|nella|nel|della|dello|dalla|dal|alla|sulla|sul|na|nas|nos|pela|pelo|ao)\s+$/iu;
/** A capitalised word, a particle, a capitalised word: "Franja de Gaza", "Striscia di Gaza". */
const HEAD_PARTICLE_NAME =
  /^\p{Lu}\p{Ll}+\s+(?:de|di|da|do|du|del|della|des|dos|das)\s+(?:la\s+|el\s+|los\s+)?\p{Lu}/u;
/** Particles that open a surname ("von der Leyen", "De Luca"): the run is a name however it is introduced. */
const PARTICLE_FIRST = /^(?:von|van|de|di|da|du|del|della|des|dos|das|le|la)\s/iu;

/**
 * "a la Franja de Gaza", "nella Striscia di Gaza", "la Ciudad de México", "à Faixa de Gaza": a
 * common noun with its article and a particle names a place or a body, never a person (who is
 * "Luis de Guindos", with no article; "la von der Leyen" opens with the particle and stays a name).
 * Read before the run is taken for someone who may speak.
 */
export function placeAfterArticle(before: string, run: string): boolean {
  return ARTICLE_BEFORE.test(before) && HEAD_PARTICLE_NAME.test(run) && !PARTICLE_FIRST.test(run);
}
