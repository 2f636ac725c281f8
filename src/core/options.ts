import { CLUTTER_CATEGORIES, type ClutterCategory, type ExtractOptions } from './types';

export function allCategories(value: boolean): Record<ClutterCategory, boolean> {
  return Object.fromEntries(CLUTTER_CATEGORIES.map((c) => [c, value])) as Record<ClutterCategory, boolean>;
}

export const DEFAULT_EXTRACT_OPTIONS: ExtractOptions = {
  remove: allCategories(true),
  captions: true,
};

/** Fills in whatever a caller left out; never throws. */
export function resolveOptions(partial: Partial<ExtractOptions> = {}): ExtractOptions {
  return {
    ...DEFAULT_EXTRACT_OPTIONS,
    ...partial,
    remove: { ...DEFAULT_EXTRACT_OPTIONS.remove, ...(partial.remove ?? {}) },
  };
}
