import type { ArticleOnPage } from '../../core/article-on-page';
import { allCategories } from '../../core/options';
import { findPageClutter, type ScanContext, scanForClutter } from '../../core/page-clutter';
import { CLUTTER_CATEGORIES, type ClutterCategory } from '../../core/types';
import type { HideStatus } from '../../shared/messages';
import {
  HIDE_ATTRIBUTE,
  installHideStyle,
  markHidden,
  PICKED_ATTRIBUTE,
  setHiddenCategories,
} from './hide-style';
import { type LateContentWatcher, watchLateContent } from './late-content';

export interface PageHider {
  /** Turns hiding on (for the categories switched on in `remove`) or off; answers what is hidden. */
  apply(on: boolean, remove: Record<ClutterCategory, boolean>): HideStatus;
  status(): HideStatus;
  /** The selectors the reader picked for this site: applied while hiding is on (and to late content). */
  setRules(selectors: readonly string[]): void;
  /** The ids of the blocks the reader chose to show on this page: found again without them when they change. */
  setKept(ids: readonly string[]): void;
  /** Whether an element holds the article's text (a pick like that is refused). */
  holdsArticle(element: Element): boolean;
  /** Hides what `selector` matches now, hiding on or not (the reader has just picked it). */
  hideMatches(selector: string): number;
  /** For the benchmarks: the first full search's time and the late-content passes' times (ms). */
  timings(): { first: number | null; passes: readonly number[] };
}

/**
 * Hides clutter on the live page. Blocks of every category are found and marked once (the core's
 * findPageClutter, with the browser's computed style telling which boxes are pinned), so a switch
 * turned on or off later only changes which categories the style sheet hides: no new search, no
 * reload. Late content is scanned as it arrives, while hiding is on. The reader's place is kept: the
 * first article block in view stays where it was on screen.
 */
export function createPageHider(
  win: Window,
  onChange?: (status: HideStatus) => void,
  /** A reading of the page with every category and these kept blocks, when one is at hand (page-reading.ts). */
  articleFor?: (keep: readonly string[]) => ArticleOnPage | undefined,
): PageHider {
  const document = win.document;
  let categories: ClutterCategory[] = [];
  let running: { context: ScanContext; watcher: LateContentWatcher } | null = null;
  let first: number | null = null;
  let rules: readonly string[] = [];
  let kept: readonly string[] = [];

  /** Marks what the rules match in `root` (root included); a bad selector is skipped, never thrown. */
  const markPicked = (root: Element | Document, selectors: readonly string[]): number => {
    let marked = 0;
    for (const selector of selectors) {
      try {
        const matches = Array.from(root.querySelectorAll(selector));
        if (root.nodeType === 1 && (root as Element).matches(selector)) matches.push(root as Element);
        for (const el of matches) {
          if (running?.context.articleBlocks.some((block) => el.contains(block))) continue;
          el.setAttribute(PICKED_ATTRIBUTE, '');
          marked++;
        }
      } catch {
        // An invalid selector (edited by hand, or from a newer version) hides nothing.
      }
    }
    return marked;
  };
  const clearPicked = () => {
    for (const el of Array.from(document.querySelectorAll(`[${PICKED_ATTRIBUTE}]`)))
      el.removeAttribute(PICKED_ATTRIBUTE);
  };

  const isPinned = (element: Element) => {
    const position = win.getComputedStyle(element).position;
    return position === 'fixed' || position === 'sticky';
  };

  function start(): { context: ScanContext; watcher: LateContentWatcher } {
    const started = win.performance.now();
    const article = articleFor?.(kept);
    const { blocks, context } = findPageClutter(document, {
      remove: allCategories(true),
      keep: [...kept],
      isPinned,
      ...(article ? { article } : {}),
    });
    for (const block of blocks) markHidden(block.element, block.category);
    first = win.performance.now() - started;
    const watcher = watchLateContent(win, {
      scan: (root, budget) => {
        if (rules.length > 0) markPicked(root, rules);
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
      // A page where hiding never went on is left exactly as it was: no style sheet, no attribute.
      if (next.length > 0 || categories.length > 0) {
        keepingPlace(win, anchors, () => {
          installHideStyle(document);
          setHiddenCategories(document, next);
        });
      }
      categories = next;
      if (next.length > 0) markPicked(document, rules);
      else clearPicked();
      const now = status();
      onChange?.(now);
      return now;
    },
    status,
    setRules(selectors) {
      rules = selectors;
      if (categories.length > 0) {
        clearPicked();
        markPicked(document, rules);
      }
    },
    setKept(ids) {
      if (ids.length === kept.length && ids.every((id, i) => id === kept[i])) return;
      kept = [...ids];
      if (!running) return;
      // Found again from scratch: a block shown again loses its mark, and the late-content watch restarts.
      running.watcher.stop();
      for (const el of Array.from(document.querySelectorAll(`[${HIDE_ATTRIBUTE}]`)))
        el.removeAttribute(HIDE_ATTRIBUTE);
      running = start();
      onChange?.(status());
    },
    holdsArticle(element) {
      const article = running ? undefined : articleFor?.(kept);
      const blocks = (
        running?.context ??
        findPageClutter(document, {
          remove: allCategories(true),
          keep: [...kept],
          ...(article ? { article } : {}),
        }).context
      ).articleBlocks;
      return blocks.some((block) => element.contains(block));
    },
    hideMatches(selector) {
      installHideStyle(document);
      return markPicked(document, [selector]);
    },
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
