/** One word, then a particle that may open a surname ("Davis von …", "Jansen van …"). */
const PARTICLE_AFTER_HEAD = /^(\p{Lu}[\p{L}’'-]+) (?:von|van|vom|de|der|den|di|da|du)\b/u;

/**
 * "Ähnlich wie Molina ist auch Davis von den Rafflesiaceae fasziniert": a word the article has
 * already given someone with a full name ("Charles Davis"), then a particle, is that person
 * before a preposition, not a new "Davis von den Rafflesiaceae". A name marked as a person by a
 * title or role stays whole. Returns the word, or null.
 */
export function knownHeadBeforeParticle(
  match: { start: number; marked: boolean },
  name: string,
  text: string,
  find: (name: string) => { name: string } | undefined,
): string | null {
  if (match.marked) return null;
  const head = PARTICLE_AFTER_HEAD.exec(name)?.[1];
  return head && text.startsWith(head, match.start) && find(head)?.name.includes(' ') ? head : null;
}
