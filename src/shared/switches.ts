import { CLUTTER_CATEGORIES, type ExtractOptions } from '../core/types';

/** The part of the extraction options the reader sets with the clutter switches. */
export type Switches = Partial<Pick<ExtractOptions, 'remove' | 'captions'>>;

/** The switches within some extraction options (what a reading's result depends on). */
export function switchesOf(options: Partial<ExtractOptions>): Switches {
  return { remove: options.remove, captions: options.captions };
}

/**
 * Whether two sets of options remove the same clutter. Compared category by category: the two
 * sides are built in different contexts, so their key order (and JSON) need not match.
 */
export function sameSwitches(a: Switches | undefined, b: Switches | undefined): boolean {
  if (!a || !b) return false;
  if (a.captions !== b.captions) return false;
  return CLUTTER_CATEGORIES.every((category) => a.remove?.[category] === b.remove?.[category]);
}
