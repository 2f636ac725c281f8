/**
 * Watches the page for content inserted after load (infinite scroll, lazy ad slots, a paywall prompt a
 * few seconds in) and hands the new elements to `scan` in batches: at most one pass per animation
 * frame, and at most `budget` elements walked per pass; what is left waits for the next frame.
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
/** Kept pass timings, for the benchmark; older ones are dropped. */
const MAX_TIMINGS = 10_000;

export function watchLateContent(win: Window, options: LateContentOptions): LateContentWatcher {
  const document = win.document;
  const queue = new Set<Element>();
  const passTimes: number[] = [];
  let frame: number | null = null;

  const pass = () => {
    frame = null;
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
      for (const node of Array.from(record.addedNodes)) {
        if (node.nodeType === 1) queue.add(node as Element);
      }
    }
    if (queue.size > 0) schedule();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });

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
