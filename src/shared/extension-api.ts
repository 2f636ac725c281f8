import { CLUTTER_CATEGORIES, type ExtractOptions } from '../core/types';
import { type KeyValueArea, MemoryArea } from '../reader/reader-store';
import type { HideStatus } from './messages';
import type { ReadResult } from './read-result';
import {
  loadSettings,
  onSettingsChanged,
  type Settings,
  type SettingsPatch,
  type SettingsStore,
  saveSettings,
  toExtractOptions,
} from './settings';
import { switchesOf } from './switches';

/**
 * Everything the popup and options page need from the browser, behind one small
 * interface: the real one wraps `browser.*` (browser-api.ts), the fake below lets
 * the same components render in tests and in a plain page.
 */
export interface PithApi {
  getSettings(): Promise<Settings>;
  setSettings(patch: SettingsPatch): Promise<Settings>;
  onSettingsChanged(callback: (settings: Settings) => void, signal: AbortSignal): void;
  /**
   * Reads the given tab, or the active tab of the current window when `tabId` is undefined.
   * `onArticle`, when given, hears of the article first, before its key quotes are found (the
   * popup shows it at once); the promise resolves with the quotes added.
   */
  readTab(
    tabId: number | undefined,
    options: Partial<ExtractOptions>,
    onArticle?: (early: ReadResult) => void,
  ): Promise<ReadResult>;
  /**
   * Reads the tab as `readTab` does, with the clutter switches that are in storage when the page
   * is read (the popup asks before it has read the settings itself: popup/prefetch.ts); the result
   * says which switches were used.
   */
  readTabAsStored(tabId: number | undefined, onArticle?: (early: ReadResult) => void): Promise<ReadResult>;
  /** Resolves once the tab has finished loading (or the signal aborts). */
  whenTabLoaded(tabId: number, signal: AbortSignal): Promise<void>;
  openOptions(): Promise<void>;
  /** Where the full-tab reader's articles are kept (storage.session, else storage.local). */
  readerArea: KeyValueArea;
  /** Where reading positions are kept across sessions (storage.local). */
  positionArea: KeyValueArea;
  /** Opens the reader page for a stored entry in a new tab, beside the source tab when known. */
  openReaderTab(id: string, besideTabId: number | null): Promise<void>;
  /** The URL a tab shows now; null when the tab is gone or its URL is hidden from Pith. */
  tabUrl(tabId: number): Promise<string | null>;
  /** Opens an extension page in a new tab beside `besideTabId`. */
  openTab(url: string, besideTabId: number | null): Promise<void>;
  /** The extension's keyboard shortcuts as the browser has them now. */
  shortcuts(): Promise<Shortcut[]>;
  /** Opens the browser's page for changing extension shortcuts. */
  openShortcutSettings(): Promise<void>;
  /** Asks for host access to a site (call it first thing in a click handler: it needs the gesture); true when granted. */
  requestSiteAccess?(origin: string): Promise<boolean>;
  /** Gives up host access to a site. */
  removeSiteAccess?(origin: string): Promise<void>;
  /** Tells the content script in a tab to hide (or show again) clutter on its page; null when it can't answer. */
  hideOnPage?(tabId: number, on: boolean, options: Partial<ExtractOptions>): Promise<HideStatus | null>;
  /** Starts the element picker on the tab's page; false when the page can't run it. */
  startPicker?(tabId: number): Promise<boolean>;
}

export interface Shortcut {
  name: string;
  description: string;
  /** '' when no key is assigned. */
  keys: string;
}

/** The settings half of the API, shared by the real and the fake implementation. */
export function settingsApi(
  store: SettingsStore,
  /** Where changes are stored when not here (the background, which outlives a popup closed at once). */
  saveElsewhere?: (patch: SettingsPatch) => Promise<Settings>,
): Pick<PithApi, 'getSettings' | 'setSettings' | 'onSettingsChanged'> {
  // Each save is a read-modify-write: queue them so quick successive changes don't overwrite each other.
  let queue: Promise<unknown> = Promise.resolve();
  return {
    getSettings: () => loadSettings(store),
    // (Sent at once, not queued here: the background applies changes in the order they arrive.)
    setSettings: (patch) => {
      if (saveElsewhere) return saveElsewhere(patch);
      const saved = queue.then(() => saveSettings(store, patch));
      queue = saved.catch(() => {});
      return saved;
    },
    onSettingsChanged: (callback, signal) => onSettingsChanged(store, callback, signal),
  };
}

export interface FakeApiOptions {
  store: SettingsStore;
  /** Produces what reading a tab gives, given the extraction options (e.g. the core run on a jsdom page). */
  read: (
    tabId: number | undefined,
    options: Partial<ExtractOptions>,
    onArticle?: (early: ReadResult) => void,
  ) => ReadResult | Promise<ReadResult>;
  whenTabLoaded?: PithApi['whenTabLoaded'];
  /** What `tabUrl` answers (default: every tab still shows https://city.example/tram). */
  tabUrl?: PithApi['tabUrl'];
  /** Whether the reader says yes to a site permission request (default: yes). */
  grantSiteAccess?: boolean;
}

export interface FakeApi extends PithApi {
  readonly reads: Partial<ExtractOptions>[];
  readonly optionsOpened: number;
  /** The reader tabs opened: entry id and the tab beside which it opened. */
  readonly readerTabs: { id: string; besideTabId: number | null }[];
  readonly tabsOpened: { url: string; besideTabId: number | null }[];
  readonly shortcutSettingsOpened: number;
  /** Sites with access granted, and every `hide` request sent, in order. */
  readonly siteAccess: Set<string>;
  readonly hides: { tabId: number; on: boolean; options: Partial<ExtractOptions> }[];
  /** Tabs the picker was started in. */
  readonly picks: number[];
}

export function createFakeApi({
  store,
  read,
  whenTabLoaded,
  tabUrl,
  grantSiteAccess = true,
}: FakeApiOptions): FakeApi {
  const siteAccess = new Set<string>();
  const hides: FakeApi['hides'] = [];
  const picks: number[] = [];
  const reads: Partial<ExtractOptions>[] = [];
  const readerTabs: FakeApi['readerTabs'] = [];
  const tabsOpened: FakeApi['tabsOpened'] = [];
  let shortcutSettingsOpened = 0;
  let optionsOpened = 0;
  return {
    ...settingsApi(store),
    reads,
    get optionsOpened() {
      return optionsOpened;
    },
    async readTab(tabId, options, onArticle) {
      reads.push(structuredClone(options));
      return read(tabId, options, onArticle);
    },
    // As the content script does: the switches come from the store when the tab is read.
    async readTabAsStored(tabId, onArticle) {
      const options = toExtractOptions(await loadSettings(store));
      reads.push(structuredClone(options));
      const withSwitches = (result: ReadResult): ReadResult =>
        result.ok ? { ...result, switches: switchesOf(options) } : result;
      const early = onArticle && ((result: ReadResult) => onArticle(withSwitches(result)));
      return withSwitches(await read(tabId, options, early));
    },
    whenTabLoaded: whenTabLoaded ?? (() => Promise.resolve()),
    async openOptions() {
      optionsOpened++;
    },
    readerArea: new MemoryArea(),
    positionArea: new MemoryArea(),
    readerTabs,
    async openReaderTab(id, besideTabId) {
      readerTabs.push({ id, besideTabId });
    },
    tabUrl: tabUrl ?? (async () => 'https://city.example/tram'),
    async openTab(url, besideTabId) {
      tabsOpened.push({ url, besideTabId });
    },
    tabsOpened,
    async shortcuts() {
      return [
        { name: '_execute_action', description: '', keys: 'Alt+Shift+R' },
        { name: 'open-reader', description: 'Read this tab in the reader', keys: '' },
      ];
    },
    async openShortcutSettings() {
      shortcutSettingsOpened++;
    },
    get shortcutSettingsOpened() {
      return shortcutSettingsOpened;
    },
    siteAccess,
    async requestSiteAccess(origin) {
      if (grantSiteAccess) siteAccess.add(origin);
      return grantSiteAccess;
    },
    async removeSiteAccess(origin) {
      siteAccess.delete(origin);
    },
    hides,
    picks,
    async startPicker(tabId) {
      picks.push(tabId);
      return true;
    },
    async hideOnPage(tabId, on, options) {
      hides.push({ tabId, on, options: structuredClone(options) });
      // One block per category switched on, so a test can tell the popup shows what the page answered.
      const hidden = Object.fromEntries(
        CLUTTER_CATEGORIES.map((c) => [c, on && options.remove?.[c] !== false ? 1 : 0]),
      ) as HideStatus['hidden'];
      return { on, hidden };
    },
  };
}
