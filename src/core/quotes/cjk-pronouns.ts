import type { Speaker } from '../types';
import { activeLanguage } from './language';
import { koreanAntecedent } from './particle-cues';
import type { ResolveContext } from './resolve-context';

/**
 * 他 / 她 (Chinese) and 그는 / 그녀는 (Korean) when no person is found before them: names in
 * these scripts are not found by their capitals, so the person is read another way — in Chinese
 * the last person quoted, in Korean the subject-marked name of an earlier sentence.
 */
export function unspacedPronoun(
  pronoun: string,
  context: ResolveContext,
  resolve: (phrase: string) => Speaker | null,
): Speaker | null {
  if (/\p{Script=Han}/u.test(pronoun)) return lastHanSpeaker(context);
  if (!/\p{Script=Hangul}/u.test(pronoun)) return null;
  const subject = koreanAntecedent(context.people.paragraphs, context.paragraph, context.offset);
  return subject ? resolve(subject) : null;
}

/** The latest earlier speaker named in Chinese characters, a person rather than a role alone. */
function lastHanSpeaker(context: ResolveContext): Speaker | null {
  const roles = activeLanguage().han?.roleSuffixes ?? [];
  for (let i = context.earlier.length - 1; i >= 0; i--) {
    const speaker = context.earlier[i];
    if (
      speaker &&
      /^\p{Script=Han}{2,4}$/u.test(speaker.name) &&
      !roles.some((r) => speaker.name.endsWith(r))
    )
      return speaker;
  }
  return null;
}
