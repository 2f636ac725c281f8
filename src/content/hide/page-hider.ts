import { allCategories } from '../../core/options';
import { findPageClutter, type ScanContext, scanForClutter } from '../../core/page-clutter';
import { CLUTTER_CATEGORIES, type ClutterCategory } from '../../core/types';
import type { HideStatus } from '../../shared/messages';
import { HIDE_ATTRIBUTE, installHideStyle, markHidden, setHiddenCategories } from './hide-style';
import { type LateContentWatcher, watchLateContent } from './late-content';

export interface PageHider {
  /** Turns hiding on (for the categories switched on in `remove`) or off; answers what is hidden. */
  apply(on: boolean, remove: Record<ClutterCategory, boolean>): HideStatus;
  status(): HideStatus;
  /** For the benchmark: the first full search's time and the late-content passes' times (ms). */
  timings(): { first: number | null; passes: readonly number[] };
}

/**
 * Hides clutter on the live page. Blocks of every category are found and marked once (the core's
 * findPageClutter, with the browser's computed style telling which boxes are pinned), so a switch
 * turned on or off later only changes which categories the style sheet hides: no new search, no
 * reload. Late content is scanned as it arrives, while hiding is on. The reader's place is kept: the
 * first article block in view stays where it was on screen.
 */
export function createPageHider(win: Window, onChange?: (status: HideStatus) => void): PageHider {
  const document = win.document;
  let categories: ClutterCategory[] = [];
  let running: { context: ScanContext; watcher: LateContentWatcher } | null = null;
  let first: number | null = null;

  const isPinned = (element: Element) => {
    const position = win.getComputedStyle(element).position;
    return position === 'fixed' || position === 'sticky';
  };

  function start(): { context: ScanContext; watcher: LateContentWatcher } {
    const started = win.performance.now();
    const { blocks, context } = findPageClutter(document, { remove: allCategories(true), isPinned });
    for (const block of blocks) markHidden(block.element, block.category);
    first = win.performance.now() - started;
    const watcher = watchLateContent(win, {
      scan: (root, budget) => {
        const found = scanForClutter(root, context, budget);
        for (const block of found) markHidden(block.element, block.category);
        if (found.length > 0 && onChange) onChange(status());
      },
      ignore: (element) => element.closest(`[${HIDE_ATTRIBUTE}]`) !== null,
    });
    return { context, watcher };
  }

  function status(): HideStatus {
    const hidden = Object.fromEntries(
      CLUTTER_CATEGORIES.map((c) => [
        c,
        categories.includes(c) ? document.querySelectorAll(`[${HIDE_ATTRIBUTE}="${c}"]`).length : 0,
      ]),
    ) as Record<ClutterCategory, number>;
    return { on: categories.length > 0, hidden };
  }

  return {
    apply(on, remove) {
      const next = on ? CLUTTER_CATEGORIES.filter((c) => remove[c]) : [];
      if (next.length > 0 && !running) running = start();
      if (next.length === 0 && running) {
        running.watcher.stop();
        running = null;
      }
      const anchors = running?.context.articleBlocks ?? [];
      keepingPlace(win, anchors, () => {
        installHideStyle(document);
        setHiddenCategories(document, next);
      });
      categories = next;
      const now = status();
      onChange?.(now);
      return now;
    },
    status,
    timings: () => ({ first, passes: running?.watcher.passTimes ?? [] }),
  };
}

/**
 * Runs `change` and scrolls so that the first article block in view stays where it was on screen.
 * (Browsers' scroll anchoring often does this already; measuring after the change makes a second
 * correction zero when it has.)
 */
function keepingPlace(win: Window, anchors: readonly Element[], change: () => void): void {
  if (win.scrollY === 0 || anchors.length === 0) {
    change();
    return;
  }
  const anchor = anchors.find((el) => el.isConnected && el.getBoundingClientRect().bottom > 0);
  const before = anchor?.getBoundingClientRect().top;
  change();
  if (!anchor || before === undefined) return;
  const shift = anchor.getBoundingClientRect().top - before;
  if (Math.abs(shift) >= 1) win.scrollBy(0, shift);
}
