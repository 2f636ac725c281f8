import { type Article, CLUTTER_CATEGORIES, type ExtractOptions } from '../core/types';

/**
 * The articles opened in the full-tab reader: the popup stores the extraction it
 * already has, the reader page reads it back by the id in its URL, so the page is
 * not read twice and a reload or bookmark within the session still finds it.
 * Kept in storage.session (storage.local where a browser lacks it), the last
 * READER_LIMIT entries only; reading positions live apart, also bounded.
 */
export interface ReaderEntry {
  id: string;
  /** The page the article came from. */
  url: string;
  /** The tab it was read in, to read it again when a switch changes (while it still shows `url`). */
  tabId: number | null;
  savedAt: number;
  article: Article;
  /** The clutter options it was extracted with (a switch that differs reads it again). */
  options: Pick<ExtractOptions, 'remove' | 'captions'>;
}

/** The little a storage area must do (storage.session / storage.local, or a Map in tests). */
export interface KeyValueArea {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

export const READER_LIMIT = 10;
export const POSITION_LIMIT = 200;
const INDEX_KEY = 'reader:index';
const POSITIONS_KEY = 'reader:positions';
const entryKey = (id: string) => `reader:${id}`;

export function newEntryId(): string {
  return crypto.randomUUID();
}

/** Saves an entry and forgets the oldest beyond the limit. */
export async function saveEntry(area: KeyValueArea, entry: ReaderEntry): Promise<void> {
  const index = stringList(await area.get(INDEX_KEY)).filter((id) => id !== entry.id);
  index.push(entry.id);
  const dropped = index.splice(0, Math.max(0, index.length - READER_LIMIT));
  await area.set(entryKey(entry.id), entry);
  await area.set(INDEX_KEY, index);
  if (dropped.length) await area.remove(dropped.map(entryKey));
}

/** The entry, or null when it has expired (or what is stored is not an entry). */
export async function loadEntry(area: KeyValueArea, id: string): Promise<ReaderEntry | null> {
  if (!/^[\w-]{1,64}$/.test(id)) return null;
  const value = await area.get(entryKey(id));
  return isEntry(value) ? value : null;
}

/**
 * Where the reader left an article, by source URL: the first block of text in view
 * (robust to images loading above it) and, as a fallback, a fraction of the height.
 */
export interface ReadingPosition {
  at: number;
  block: number | null;
}

export async function loadPosition(area: KeyValueArea, url: string): Promise<ReadingPosition | null> {
  const positions = record(await area.get(POSITIONS_KEY));
  const { at, block } = record(positions[url]);
  if (typeof at !== 'number' || !(at >= 0 && at <= 1)) return null;
  return { at, block: typeof block === 'number' && Number.isInteger(block) && block >= 0 ? block : null };
}

export async function savePosition(
  area: KeyValueArea,
  url: string,
  at: number,
  block: number | null = null,
): Promise<void> {
  const positions = record(await area.get(POSITIONS_KEY));
  delete positions[url];
  positions[url] = { at: Math.min(1, Math.max(0, at)), block, savedAt: Date.now() };
  // Insertion order is age order: keep the newest POSITION_LIMIT.
  const urls = Object.keys(positions);
  for (const old of urls.slice(0, Math.max(0, urls.length - POSITION_LIMIT))) delete positions[old];
  await area.set(POSITIONS_KEY, positions);
}

function isEntry(value: unknown): value is ReaderEntry {
  const entry = record(value);
  const article = record(entry.article);
  const removed = record(article.removed);
  return (
    typeof entry.id === 'string' &&
    typeof entry.url === 'string' &&
    (typeof entry.tabId === 'number' || entry.tabId === null) &&
    typeof entry.options === 'object' &&
    entry.options !== null &&
    typeof article.title === 'string' &&
    typeof article.html === 'string' &&
    typeof article.readingMinutes === 'number' &&
    Array.isArray(article.paragraphs) &&
    Array.isArray(article.quotes) &&
    CLUTTER_CATEGORIES.every((c) => Array.isArray(removed[c]))
  );
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? { ...(value as Record<string, unknown>) }
    : {};
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** An in-memory area with storage's copy semantics, for tests and the fake API. */
export class MemoryArea implements KeyValueArea {
  readonly data = new Map<string, unknown>();
  async get(key: string) {
    return this.data.has(key) ? structuredClone(this.data.get(key)) : undefined;
  }
  async set(key: string, value: unknown) {
    this.data.set(key, structuredClone(value));
  }
  async remove(keys: string[]) {
    for (const key of keys) this.data.delete(key);
  }
}
