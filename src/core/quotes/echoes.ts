import type { Draft } from './spans';
import { normalizeForMatch } from './text';

/** Shorter than this, the same words inside a longer quote may be a phrase the speaker used twice. */
const MIN_ECHO_CHARS = 40;
/** The quote is most of its paragraph: a box or standfirst, not a sentence of narrative quoting a phrase. */
const MIN_SHARE_OF_PARAGRAPH = 0.5;
/** Pull quotes sit near the words they repeat. */
const WINDOW = 40;
/** Past this many quotations the pairwise test is skipped (it is a tidy-up, not a guard). */
const MAX_PAIRWISE = 300;

/**
 * Pull quotes: “If you don’t have a big booster, you’re not going to make it,” Stafford said. —
 * a paragraph that is mostly one quote repeating part of a longer quotation elsewhere in the
 * article. Such a quote is not listed again, and its paragraph is no context for the quotes
 * around it (the "he continued" after it is the body's speaker, not the box's).
 */
export function echoDrafts(drafts: readonly Draft[], paragraphs: readonly string[]): Set<Draft> {
  const echoes = new Set<Draft>();
  if (drafts.length > MAX_PAIRWISE) return echoes;
  const keys = drafts.map((draft) => ` ${normalizeForMatch(draft.text)} `);
  const perParagraph = new Map<number, number>();
  for (const draft of drafts)
    for (const part of draft.parts)
      perParagraph.set(part.paragraph, (perParagraph.get(part.paragraph) ?? 0) + 1);
  drafts.forEach((draft, i) => {
    if (draft.parts.length !== 1 || !draft.parts[0]!.span.closed) return;
    const p = draft.parts[0]!.paragraph;
    const key = keys[i]!;
    // (Alone in its paragraph: a box holds one quote.)
    if (perParagraph.get(p) !== 1 || key.length < MIN_ECHO_CHARS) return;
    if (draft.text.length < paragraphs[p]!.length * MIN_SHARE_OF_PARAGRAPH) return;
    const repeated = drafts.some((other, j) => {
      const q = other.parts[0]!.paragraph;
      return (
        q !== p &&
        Math.abs(q - p) <= WINDOW &&
        other.parts.at(-1)!.span.closed &&
        keys[j]!.length > key.length &&
        keys[j]!.includes(key)
      );
    });
    if (repeated) echoes.add(draft);
  });
  return echoes;
}
