import type { Speaker } from '../types';
import type { Attributed } from './attribute';

/** How far the quote before may close ahead of the connective: one short sentence of attribution. */
const REACH = 160;

/**
 * "…“, sagt Bongartz. Und: „…“", "… says Rhoads. And: “…”": a sentence that is one word and a
 * colon, right after a quote of the same paragraph, hands over to more of that speaker's words. A
 * label opening a paragraph ("Update: “…”") has no quote before it and is left alone.
 */
export function connectiveGoesOn(
  intro: string,
  previous: Attributed | undefined,
  paragraph: number,
  introAt: number,
): Speaker | null {
  if (!previous?.speaker || !/^\s*\p{L}+\s*:\s*$/u.test(intro)) return null;
  const end = previous.draft.parts[previous.draft.parts.length - 1]!;
  if (end.paragraph !== paragraph || introAt - end.span.close > REACH) return null;
  return previous.speaker;
}
