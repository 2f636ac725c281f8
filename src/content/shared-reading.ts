import { createPageReading, type PageReading } from './page-reading';

/**
 * The page's readings, one for both scripts that go into it (the reading script, index.ts, and the
 * page-hiding script, hide-script.ts): each is a bundle of its own, but both run in the extension's
 * isolated world of the page, which the page itself cannot see. Whichever runs first makes it, so a
 * popup opened on a page that hides already finds the reading hiding made, and hiding turned on after
 * the popup read the page uses the popup's reading.
 */
const KEY = '__pithPageReading';

export function sharedPageReading(doc: Document): PageReading {
  const scope = globalThis as typeof globalThis & { [KEY]?: PageReading };
  scope[KEY] ??= createPageReading(doc);
  return scope[KEY];
}
