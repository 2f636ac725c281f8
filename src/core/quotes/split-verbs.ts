import { activeLanguage } from './language';

/**
 * "„…“, teilte die Polizei mit." → "teilte mit die Polizei": a split verb's parts joined before
 * the words between, so its subject follows the verb as after any other (lang splitVerbs; the same
 * length, so offsets hold).
 */
export function joinSplitVerbs(text: string): string {
  const split = activeLanguage().splitVerb;
  return split
    ? text.replace(
        split,
        (_, finite: string, between: string, particle: string) => `${finite} ${particle}${between}`,
      )
    : text;
}
