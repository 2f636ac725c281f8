import browser from 'webextension-polyfill';
import { HIDE_SCRIPT_FILE } from '../shared/browser-api';
import { handle } from '../shared/messages';
import { loadSettings, type Settings, saveSettings, withSiteHiding } from '../shared/settings';
import { originPattern } from '../shared/site-access';
import { syncStore } from '../shared/sync-store';

/**
 * Hiding on the page when the reader comes back to a site: the page-hiding script is registered for the
 * sites with hiding on whose permission is granted, and for those only (no script anywhere else; a site
 * whose permission goes loses its script and its place in the list). Re-synced on install, on start,
 * when the settings or the permissions change; each sync is idempotent.
 */
export const HIDE_SCRIPT_ID = 'pith-hide-on-page';

export async function grantedSites(settings: Settings): Promise<string[]> {
  const sites = Object.keys(settings.hideOnPage);
  const granted = await Promise.all(
    sites.map((origin) =>
      browser.permissions.contains({ origins: [originPattern(origin)] }).catch(() => false),
    ),
  );
  return sites.filter((_, i) => granted[i]);
}

let queue: Promise<unknown> = Promise.resolve();

/** Brings the registration in line with the settings and permissions (serialised: events come in bursts). */
export function syncHideScripts(): Promise<void> {
  const run = queue.then(async () => {
    const matches = [
      ...new Set((await grantedSites(await loadSettings(syncStore))).map(originPattern)),
    ].sort();
    const existing = await browser.scripting.getRegisteredContentScripts({ ids: [HIDE_SCRIPT_ID] });
    // Most settings changes (a switch, the type size) leave the sites as they were.
    if (existing.length > 0 && [...(existing[0]!.matches ?? [])].sort().join(' ') === matches.join(' '))
      return;
    if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [HIDE_SCRIPT_ID] });
    if (matches.length === 0) return;
    await browser.scripting.registerContentScripts([
      { id: HIDE_SCRIPT_ID, matches, js: [HIDE_SCRIPT_FILE], runAt: 'document_idle' },
    ]);
  });
  queue = run.catch((error) => console.warn('Pith: could not register the hiding script:', error));
  return run;
}

/** A permission taken away (here, in the browser's settings or by "Forget") takes the site off the list. */
async function forgetRemoved(origins: readonly string[]): Promise<void> {
  const removed = new Set(origins);
  const settings = await loadSettings(syncStore);
  let hideOnPage = settings.hideOnPage;
  for (const origin of Object.keys(hideOnPage)) {
    if (removed.has(originPattern(origin)))
      hideOnPage = withSiteHiding({ ...settings, hideOnPage }, origin, false);
  }
  if (hideOnPage !== settings.hideOnPage) await saveSettings(syncStore, { hideOnPage });
}

/** The toolbar badge of the tab whose page hid `count` blocks ('' for none). */
const badgeHandler = handle({
  hiddenCount: async ({ count }, sender) => {
    const tabId = sender?.tab?.id;
    if (tabId === undefined || !Number.isInteger(count) || count < 0) return { shown: false };
    await browser.action.setBadgeText({ tabId, text: count > 0 ? String(Math.min(count, 999)) : '' });
    return { shown: count > 0 };
  },
});

export function watchHideScripts(): void {
  browser.runtime.onMessage.addListener(
    badgeHandler as (message: unknown, sender: browser.Runtime.MessageSender) => Promise<unknown> | undefined,
  );
  browser.runtime.onStartup.addListener(() => void syncHideScripts());
  browser.permissions.onAdded.addListener(() => void syncHideScripts());
  browser.permissions.onRemoved.addListener((permissions) => {
    void forgetRemoved(permissions.origins ?? []).then(syncHideScripts);
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && 'settings' in changes) void syncHideScripts();
  });
}
