import type { ExtractOptions } from '../core/types';
import { keptFor, type Settings, siteOrigin } from '../shared/settings';

/**
 * What the stored settings add to an extraction of this page: the blocks the reader picked on this
 * site ("Hide something else…": the reader view leaves them out too) and the blocks the reader chose
 * to show again here ("Show"). From settings read from storage at each extraction, not from a copy
 * kept in step: the popup writes a kept block and asks again at once, and must be answered with that
 * block kept.
 */
export function pageOptions(settings: Settings, url: string): Pick<ExtractOptions, 'hideSelectors' | 'keep'> {
  const origin = siteOrigin(url);
  const picked = origin ? (settings.pickedRules[origin] ?? []) : [];
  const keep = keptFor(settings, url);
  return {
    ...(picked.length > 0 ? { hideSelectors: picked } : {}),
    ...(keep.length > 0 ? { keep } : {}),
  };
}
