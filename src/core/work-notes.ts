import type { WorkLimitNote } from './types';

/**
 * What the reader is told when a stage of the work was cut short or skipped (a very
 * large page), or failed without costing the article (the key quotes). A module of
 * its own so the popup's code can name the quotes note without loading the quote finder.
 */
export const WORK_NOTES = {
  copy: { stage: 'copy', kind: 'copy', message: 'Only the first part of this very long page was read.' },
  depth: { stage: 'copy', kind: 'depth', message: 'Parts of this page nested too deeply were left out.' },
  clutter: { stage: 'clutter', kind: 'clutter', message: 'Clutter was left in: the page is very long.' },
  quotes: { stage: 'quotes', kind: 'quotes', message: 'Key quotes skipped: the article is very long.' },
  quotesFailed: {
    stage: 'quotes',
    kind: 'quotes-failed',
    message: 'Key quotes could not be found on this page; the article itself is complete.',
  },
} as const satisfies Record<string, WorkLimitNote>;

/** An article's notes with one more, unless it already carries that one (quotes found twice say it once). */
export function withNote(limits: readonly WorkLimitNote[] | undefined, note: WorkLimitNote): WorkLimitNote[] {
  const notes = limits ?? [];
  return notes.some((n) => n.kind === note.kind) ? [...notes] : [...notes, note];
}
