/**
 * The content script's memory of its last extractions, so that reopening the popup
 * on the same page answers at once instead of extracting again.
 *
 * One entry per options key (a switch flipped and flipped back is a hit too), at
 * most MAX_ENTRIES. Every entry is dropped when the page's URL changes (a
 * single-page site moving on) or its DOM changes meaningfully: a MutationObserver
 * counts additions, removals and text edits that carry real text, and ignores
 * attribute flips, short text (clocks, counters) and script/style nodes. The
 * observer runs only while something is cached, so a page pays nothing otherwise.
 */
const MAX_ENTRIES = 4;
/** Text shorter than this (trimmed) is not an article change: clocks, counters, "Loading…". */
const MEANINGFUL_TEXT = 40;
const IGNORED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'LINK', 'META', 'IFRAME']);

export type CacheStatus = 'hit' | 'miss';

export interface ExtractionCache<R> {
  /** The cached result for these options, or a fresh one from `compute` (then kept). */
  get(options: unknown, compute: () => R): { value: R; cache: CacheStatus };
  /** The most recently used entry that `test` accepts, whatever its options (nothing is computed). */
  find(test: (value: R) => boolean): R | undefined;
  /** Drops everything (and stops observing). */
  clear(): void;
  /** How many meaningful changes the observer has seen (for tests). */
  readonly changes: number;
}

export function createExtractionCache<R>(doc: Document): ExtractionCache<R> {
  const entries = new Map<string, R>();
  let url = doc.location?.href ?? doc.URL;
  let changes = 0;
  const win = doc.defaultView;
  const observer = win ? new win.MutationObserver((records) => onRecords(records)) : null;
  let observing = false;

  const clear = () => {
    entries.clear();
    if (observing) observer?.disconnect();
    observing = false;
  };
  const onRecords = (records: MutationRecord[]) => {
    if (records.some(isMeaningful)) {
      changes++;
      clear();
    }
  };

  /** Drops what the page has outdated since: a change the observer has queued but not reported yet, a new URL. */
  const freshen = () => {
    // Deliver what the observer has queued but not yet reported, so a change made
    // just before this message is seen now.
    if (observing && observer) onRecords(observer.takeRecords());
    const here = doc.location?.href ?? doc.URL;
    if (here !== url) {
      clear();
      url = here;
    }
  };

  return {
    get(options, compute) {
      freshen();
      const key = stableKey(options);
      const cached = entries.get(key);
      if (cached !== undefined) {
        // Most recently used goes last, so the oldest is dropped first.
        entries.delete(key);
        entries.set(key, cached);
        return { value: cached, cache: 'hit' };
      }
      const value = compute();
      entries.set(key, value);
      while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
      if (!observing && observer && doc.documentElement) {
        observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
        observing = true;
      }
      return { value, cache: 'miss' };
    },
    find(test) {
      freshen();
      return [...entries.values()].reverse().find(test);
    },
    clear,
    get changes() {
      return changes;
    },
  };
}

function isMeaningful(record: MutationRecord): boolean {
  if (record.type === 'characterData') {
    const parent = record.target.parentNode;
    return !(parent && IGNORED_TAGS.has(parent.nodeName)) && carriesText(record.target);
  }
  if (record.type !== 'childList') return false;
  if (IGNORED_TAGS.has(record.target.nodeName)) return false;
  for (const list of [record.addedNodes, record.removedNodes]) {
    for (const node of list) {
      if (IGNORED_TAGS.has(node.nodeName)) continue;
      if (carriesText(node)) return true;
    }
  }
  return false;
}

function carriesText(node: Node): boolean {
  const text = node.textContent;
  return text !== null && text.length >= MEANINGFUL_TEXT && text.trim().length >= MEANINGFUL_TEXT;
}

/** JSON with object keys sorted, so equal options give equal keys whatever their order. */
export function stableKey(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, (v as Record<string, unknown>)[k]]),
        )
      : v,
  );
}
