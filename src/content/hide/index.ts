import type { ArticleOnPage } from '../../core/article-on-page';
import { allCategories, resolveOptions } from '../../core/options';
import { robustSelector } from '../../core/robust-selector';
import type { ExtractOptions } from '../../core/types';
import { type HideStatus, send, type Transport } from '../../shared/messages';
import {
  keptFor,
  loadSettings,
  onSettingsChanged,
  type Settings,
  saveSettings,
  siteOrigin,
  withRule,
} from '../../shared/settings';
import { sendMessage, contentSettings as syncStore } from '../extension-global';
import { createPageHider } from './page-hider';
import { pickElement } from './picker';

const runtimeTransport: Transport = sendMessage;

export interface PageHiding {
  /** The popup's `hide` message. */
  hide(on: boolean, options: Partial<ExtractOptions>): HideStatus;
  /** The popup's `pick` message: the picker runs on the page; its result is saved as a rule for the site. */
  pick(): { started: boolean };
}

/**
 * Hiding on the page, as the content script runs it: on the sites the reader turned it on for, it
 * follows the stored settings (at load, when the script is registered for the site, and whenever a
 * switch changes anywhere), and the popup's `hide` message applies a choice at once.
 */
export function startPageHiding(
  win: Window,
  reading?: { articleOnPage(options: Partial<ExtractOptions>): ArticleOnPage | undefined },
): PageHiding {
  let badge = false;
  // What the reader view would be asked for here (captions, picked rules), so that a reading made for
  // hiding is the one a popup opened later asks for, and is answered from the cache.
  let captions = true;
  let picked: readonly string[] = [];
  let counted = 0;
  // The badge (when the reader turned it on) hears of each new total, and of hiding turned off (0).
  const report = (status: HideStatus) => {
    const count = status.on ? Object.values(status.hidden).reduce((a, b) => a + b, 0) : 0;
    if (count === counted || (!badge && count !== 0)) return;
    counted = count;
    void send(runtimeTransport, 'hiddenCount', { count });
  };
  // Hiding reads the article once, with every category (a switch only changes the style sheet).
  const articleFor = (keep: readonly string[]) =>
    reading?.articleOnPage({
      remove: allCategories(true),
      captions,
      ...(picked.length > 0 ? { hideSelectors: [...picked] } : {}),
      ...(keep.length > 0 ? { keep: [...keep] } : {}),
    });
  const hider = createPageHider(win, report, articleFor);
  const origin = siteOrigin(win.location.href);
  const follow = (settings: Settings) => {
    const wasBadge = badge;
    badge = settings.hideBadge;
    captions = settings.captions;
    picked = (origin && settings.pickedRules[origin]) || [];
    if (origin) hider.setRules(picked);
    hider.setKept(keptFor(settings, win.location.href));
    if (origin) hider.apply(settings.hideOnPage[origin] === true, settings.remove);
    if (wasBadge && !badge) report({ ...hider.status(), on: false });
  };
  void loadSettings(syncStore).then((settings) => {
    // Nothing to do, and nothing to undo, on a site without hiding, unless the popup asked already.
    if (origin && (settings.hideOnPage[origin] || hider.status().on)) follow(settings);
  });
  onSettingsChanged(syncStore, follow, new AbortController().signal);
  // Read by bench/hide-observer.ts (in the extension's isolated world only; pages can't see it).
  (globalThis as { pithHideTimings?: typeof hider.timings }).pithHideTimings = hider.timings;
  let picking = false;
  return {
    hide: (on, options) => {
      const resolved = resolveOptions(options);
      captions = resolved.captions;
      return hider.apply(on, resolved.remove);
    },
    pick() {
      if (!origin || picking) return { started: false };
      picking = true;
      void pickElement(win)
        .then(async (element) => {
          // A pick that would take the article with it is a slip of the hand, not a rule.
          const selector = element && !hider.holdsArticle(element) && robustSelector(element);
          if (!selector) return;
          hider.hideMatches(selector);
          // Read-modify-write of the newest settings: the popup may have changed others meanwhile.
          const settings = await loadSettings(syncStore);
          await saveSettings(syncStore, { pickedRules: withRule(settings, origin, selector, true) });
        })
        .finally(() => {
          picking = false;
        });
      return { started: true };
    },
  };
}
