import type { Speaker } from '../types';
import { lastBefore } from './antecedent';
import { LANGUAGES } from './lang';
import { activeLanguage } from './language';
import type { ResolveContext } from './resolve-context';

/**
 * A conjunction right before the verb of saying, with no subject between them: "…” a ningún otro
 * país, como Francia, aunque insistió en que …", "…, and added". Whatever comes before the
 * conjunction belongs to the clause before; the verb's subject is left out.
 */
const CONJUNCTION =
  /^(?:aunque|pero|y|e|mientras|porque|sino|ma|però|perché|anche se|embora|porém|mas|et|mais|car|bien que|although|but|and|while|because|aber|und|doch|obwohl)$/iu;

/**
 * The speaker a verb after a bare conjunction leaves out: the one named first in the sentence,
 * whose clause the conjunction goes on ("Albares dejó claro que … , aunque insistió …"), or no
 * one. Only where the article's language leaves subjects out (lang proDrop): in English "…, and
 * added" follows a subject the cue reads. Undefined otherwise (the phrase is read as usual).
 */
export function droppedSubject(
  aside: string | undefined,
  context: ResolveContext,
): Speaker | null | undefined {
  if (!aside || !CONJUNCTION.test(aside.trim())) return undefined;
  if (![...activeLanguage().codes].some((code) => LANGUAGES[code]?.proDrop)) return undefined;
  const { people, paragraph, offset } = context;
  const starts = people.sentenceStartsOf(paragraph);
  const from = starts[lastBefore(starts, offset + 1)] ?? 0;
  const named = people.firstNamedIn(paragraph, from, offset);
  return named ? people.toSpeaker(named) : null;
}
