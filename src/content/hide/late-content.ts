/**
 * Watches the page for content inserted after load (infinite scroll, lazy ad slots, a paywall prompt a
 * few seconds in) and for content revealed by an attribute change (a modal whose class, style, `hidden`
 * or `aria-hidden` flips it to shown), and hands those elements to `scan` in batches: at most one pass
 * per animation frame, and at most `budget` elements walked per pass; what is left waits for the next
 * frame. Attribute changes are bounded twice over, because pages animate class and style all the time:
 * at most REVEALS_PER_FRAME elements queued per frame, and each element looked at REVEALS_PER_ELEMENT
 * times at most.
 */
export interface LateContentWatcher {
  stop(): void;
  /** Work done so far, for the benchmark: passes run and the time each took (ms). */
  readonly passTimes: readonly number[];
}

export interface LateContentOptions {
  /** Scans one inserted subtree, spending from `budget.elements`. */
  scan: (root: Element, budget: { elements: number }) => void;
  /** Elements walked per frame at most. */
  budget?: number;
  /** Inserted elements to ignore (e.g. inside an already hidden block). */
  ignore?: (element: Element) => boolean;
}

const DEFAULT_BUDGET = 1500;
/** The attributes that show or hide a block: a modal is typically opened by one of these. */
export const REVEALING_ATTRIBUTES = ['class', 'style', 'hidden', 'aria-hidden', 'open'];
const REVEALS_PER_FRAME = 50;
const REVEALS_PER_ELEMENT = 3;
/** Kept pass timings, for the benchmark; older ones are dropped. */
const MAX_TIMINGS = 10_000;

export function watchLateContent(win: Window, options: LateContentOptions): LateContentWatcher {
  const document = win.document;
  const queue = new Set<Element>();
  const passTimes: number[] = [];
  let frame: number | null = null;
  let revealsQueued = 0;
  const revealed = new WeakMap<Element, number>();

  const pass = () => {
    frame = null;
    revealsQueued = 0;
    const started = win.performance.now();
    const budget = { elements: options.budget ?? DEFAULT_BUDGET };
    for (const root of queue) {
      if (budget.elements <= 0) break;
      queue.delete(root);
      if (!root.isConnected || options.ignore?.(root)) continue;
      options.scan(root, budget);
    }
    passTimes.push(win.performance.now() - started);
    if (passTimes.length > MAX_TIMINGS) passTimes.shift();
    if (queue.size > 0) schedule();
  };
  const schedule = () => {
    frame ??= win.requestAnimationFrame(pass);
  };

  const observer = new (win as Window & typeof globalThis).MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes') {
        const target = record.target as Element;
        const seen = revealed.get(target) ?? 0;
        if (queue.has(target) || revealsQueued >= REVEALS_PER_FRAME || seen >= REVEALS_PER_ELEMENT) continue;
        // Hidden by the page itself still: nothing revealed (yet).
        if (target.hasAttribute('hidden') || target.getAttribute('aria-hidden') === 'true') continue;
        revealed.set(target, seen + 1);
        revealsQueued++;
        queue.add(target);
        continue;
      }
      for (const node of Array.from(record.addedNodes)) {
        if (node.nodeType === 1) queue.add(node as Element);
      }
    }
    if (queue.size > 0) schedule();
  });
  observer.observe(document.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: REVEALING_ATTRIBUTES,
  });

  return {
    passTimes,
    stop() {
      observer.disconnect();
      if (frame !== null) win.cancelAnimationFrame(frame);
      frame = null;
      queue.clear();
    },
  };
}
