import type { Settings } from './settings';

/**
 * The per-site and per-page records inside the settings (sites where hiding is on, rules the
 * reader picked, blocks the reader chose to keep): their validation, their size limits (they
 * share one 8 KB storage.sync item with everything else) and the pure updates the contexts
 * apply. settings.ts validates through these and re-exports them.
 */

/**
 * storage.sync holds at most 8 KB per item and the settings are one item: the list of sites is capped
 * (the first ones kept), which leaves room for everything else.
 */
export const MAX_HIDE_SITES = 100;

/** Only http(s) origins, exactly as `URL.origin` writes them, each set to true. */
export function validateSites(raw: unknown): Record<string, true> {
  const sites: Record<string, true> = {};
  if (!isRecord(raw)) return sites;
  for (const [origin, value] of Object.entries(raw)) {
    if (value !== true || siteOrigin(origin) !== origin) continue;
    if (Object.keys(sites).length >= MAX_HIDE_SITES) break;
    sites[origin] = true;
  }
  return sites;
}

/** Picked rules share the 8 KB settings item: at most this many per site, sites, and characters each. */
export const RULE_LIMITS = { perSite: 10, sites: 30, length: 200 } as const;

export function validateRules(raw: unknown): Record<string, string[]> {
  const rules: Record<string, string[]> = {};
  if (!isRecord(raw)) return rules;
  for (const [origin, list] of Object.entries(raw)) {
    if (siteOrigin(origin) !== origin || !Array.isArray(list)) continue;
    if (Object.keys(rules).length >= RULE_LIMITS.sites) break;
    const kept = [
      ...new Set(
        list.filter(
          (s): s is string => typeof s === 'string' && s.trim() !== '' && s.length <= RULE_LIMITS.length,
        ),
      ),
    ].slice(0, RULE_LIMITS.perSite);
    if (kept.length > 0) rules[origin] = kept;
  }
  return rules;
}

/** The picked rules with one added to (or, with `add` false, taken from) a site's list. */
export function withRule(
  settings: Settings,
  origin: string,
  selector: string,
  add: boolean,
): Settings['pickedRules'] {
  const { [origin]: list = [], ...others } = settings.pickedRules;
  const next = add ? [...list.filter((s) => s !== selector), selector] : list.filter((s) => s !== selector);
  return next.length > 0 ? { ...others, [origin]: next } : others;
}

/**
 * Kept blocks share the 8 KB settings item too: at most this many pages (the most recently changed),
 * ids per page, and characters per page URL (longer URLs are not remembered).
 */
export const KEPT_LIMITS = { pages: 20, perPage: 10, urlLength: 300 } as const;
const BLOCK_ID = /^[0-9a-z]{1,13}$/;

export function validateKept(raw: unknown): Record<string, string[]> {
  const pages: [string, string[]][] = [];
  if (!isRecord(raw)) return {};
  for (const [url, list] of Object.entries(raw)) {
    if (pageKey(url) !== url || !Array.isArray(list)) continue;
    const ids = [...new Set(list.filter((id): id is string => typeof id === 'string' && BLOCK_ID.test(id)))];
    if (ids.length > 0) pages.push([url, ids.slice(-KEPT_LIMITS.perPage)]);
  }
  return Object.fromEntries(pages.slice(-KEPT_LIMITS.pages));
}

/** The key a page's kept blocks are remembered under: its http(s) URL without the #fragment; null otherwise. */
export function pageKey(url: string | null | undefined): string | null {
  if (!url || !siteOrigin(url)) return null;
  const parsed = new URL(url);
  parsed.hash = '';
  return parsed.href.length <= KEPT_LIMITS.urlLength ? parsed.href : null;
}

/** The ids of the blocks the reader chose to show on this page. */
export function keptFor(settings: Settings, url: string | null | undefined): string[] {
  const key = pageKey(url);
  return key ? (settings.keptBlocks[key] ?? []) : [];
}

/** The kept blocks with one block shown (`keep` true) or removed again on a page; the page becomes the newest. */
export function withKept(settings: Settings, url: string, id: string, keep: boolean): Settings['keptBlocks'] {
  const key = pageKey(url);
  if (!key) return settings.keptBlocks;
  const { [key]: list = [], ...others } = settings.keptBlocks;
  const next = keep ? [...list.filter((k) => k !== id), id] : list.filter((k) => k !== id);
  return next.length > 0 ? { ...others, [key]: next } : others;
}

/** The origin hiding is remembered for, of a page's URL; null for anything but http(s) pages. */
export function siteOrigin(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : null;
  } catch {
    return null;
  }
}

/** The settings with hiding on the page turned on or off for one site. */
export function withSiteHiding(settings: Settings, origin: string, on: boolean): Settings['hideOnPage'] {
  const { [origin]: _, ...others } = settings.hideOnPage;
  return on ? { ...others, [origin]: true } : others;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
