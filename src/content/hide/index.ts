import { resolveOptions } from '../../core/options';
import type { ExtractOptions } from '../../core/types';
import type { HideStatus } from '../../shared/messages';
import { loadSettings, onSettingsChanged, type Settings, siteOrigin } from '../../shared/settings';
import { syncStore } from '../../shared/sync-store';
import { createPageHider } from './page-hider';

export interface PageHiding {
  /** The popup's `hide` message. */
  hide(on: boolean, options: Partial<ExtractOptions>): HideStatus;
}

/**
 * Hiding on the page, as the content script runs it: on the sites the reader turned it on for, it
 * follows the stored settings (at load, when the script is registered for the site, and whenever a
 * switch changes anywhere), and the popup's `hide` message applies a choice at once.
 */
export function startPageHiding(win: Window): PageHiding {
  const hider = createPageHider(win);
  const origin = siteOrigin(win.location.href);
  const follow = (settings: Settings) => {
    if (origin) hider.apply(settings.hideOnPage[origin] === true, settings.remove);
  };
  void loadSettings(syncStore).then((settings) => {
    // Nothing to do, and nothing to undo, on a site without hiding, unless the popup asked already.
    if (origin && (settings.hideOnPage[origin] || hider.status().on)) follow(settings);
  });
  onSettingsChanged(syncStore, follow, new AbortController().signal);
  // Read by bench/hide-observer.ts (in the extension's isolated world only; pages can't see it).
  (globalThis as { pithHideTimings?: typeof hider.timings }).pithHideTimings = hider.timings;
  return {
    hide: (on, options) => hider.apply(on, resolveOptions(options).remove),
  };
}
