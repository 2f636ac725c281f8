import { CLUTTER_CATEGORIES, type ClutterCategory, type ExtractOptions } from '../core/types';
import { isRecord, keptFor, validateKept, validateRules, validateSites } from './site-records';

export {
  KEPT_LIMITS,
  keptFor,
  MAX_HIDE_SITES,
  pageKey,
  RULE_LIMITS,
  siteOrigin,
  withKept,
  withRule,
  withSiteHiding,
} from './site-records';

/**
 * Pith's settings: one defaults object, the type derived from it, validation of
 * whatever comes out of storage, versioned migrations and a change subscription.
 * Everything here is pure; where the values live is a `SettingsStore` (storage.sync
 * in the extension, a fake in tests).
 */
export type Theme = 'auto' | 'light' | 'dark' | 'sepia' | 'contrast';
export const THEMES: readonly Theme[] = ['auto', 'light', 'dark', 'sepia', 'contrast'];
export type FontChoice = 'serif' | 'sans' | 'mono';
export const FONTS: readonly FontChoice[] = ['serif', 'sans', 'mono'];
export type TextAlign = 'start' | 'justify';
export const ALIGNMENTS: readonly TextAlign[] = ['start', 'justify'];

export const KEY_QUOTES_RANGE = { min: 1, max: 15 } as const;
/** Typography ranges, in whole steps: px; line height in hundredths; width in characters; spacing in thousandths of an em. */
export const TYPOGRAPHY_RANGES = {
  size: { min: 12, max: 28, step: 1 },
  lineHeight: { min: 120, max: 220, step: 10 },
  width: { min: 40, max: 100, step: 5 },
  letterSpacing: { min: 0, max: 120, step: 10 },
} as const;
export type TypographyNumber = keyof typeof TYPOGRAPHY_RANGES;

export const DEFAULT_SETTINGS = {
  /** Per clutter category: true hides its blocks. */
  remove: Object.fromEntries(CLUTTER_CATEGORIES.map((c) => [c, true])) as Record<ClutterCategory, boolean>,
  captions: true,
  /** How many key quotes the popup shows before "Show all". */
  keyQuotes: 5,
  /** How the article is set, in the popup, the reader and the options page's preview. */
  typography: {
    font: 'serif' as FontChoice,
    /** Text size in px. */
    size: 17,
    /** Line height × 100. */
    lineHeight: 160,
    /** Maximum line length in characters (ch). */
    width: 70,
    /** Letter spacing in thousandths of an em. */
    letterSpacing: 0,
    align: 'start' as TextAlign,
  },
  theme: 'auto' as Theme,
  /** Whether the popup shows its clutter switches above the article (the Filters button). */
  showFilters: true,
  /** Sites (origins, e.g. "https://news.example") where the switches also hide clutter on the page itself. */
  hideOnPage: {} as Record<string, true>,
  /** Whether the toolbar button's badge counts the blocks hidden on the page (where hiding is on). */
  hideBadge: false,
  /** Per site, selectors of blocks the reader picked on the page ("Hide something else…"). */
  pickedRules: {} as Record<string, string[]>,
  /**
   * Per page (URL without its #fragment), ids of removed blocks the reader chose to show ("Show" in the
   * removed list; core/block-id.ts). Oldest page first: the newest KEPT_LIMITS.pages are kept.
   */
  keptBlocks: {} as Record<string, string[]>,
};
export type Settings = typeof DEFAULT_SETTINGS;
export type Typography = Settings['typography'];
export type SettingsPatch = Partial<Omit<Settings, 'remove' | 'typography'>> & {
  remove?: Partial<Settings['remove']>;
  typography?: Partial<Typography>;
};

export const SETTINGS_VERSION = 4;
export const SETTINGS_KEY = 'settings';

/** What is kept in storage: the values plus the shape version they were written with. */
export interface StoredSettings {
  version: number;
  values: unknown;
}

/** A step from version `n` to `n + 1`, on raw (not yet validated) values. */
export type Migration = (values: Record<string, unknown>) => Record<string, unknown>;

/**
 * Migrations indexed by the version they upgrade from. Validation already copes with
 * added or dropped keys; a migration is only needed when a key changes meaning or name.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  // 1 → 2: the text size joined the other typography settings.
  1: ({ fontSize, ...rest }) =>
    fontSize === undefined
      ? rest
      : { ...rest, typography: { ...(isRecord(rest.typography) ? rest.typography : {}), size: fontSize } },
  // 2 → 3: hiding on the page, per site, arrived; before it no site had it on, so anything stored
  // under that name is not Pith's and goes.
  2: ({ hideOnPage: _, ...rest }) => rest,
  // 3 → 4: blocks shown again per page arrived; anything stored under that name before is not Pith's.
  3: ({ keptBlocks: _, ...rest }) => rest,
};

/** Brings stored data to the current version; data from a newer version is read as-is and validated. */
export function migrate(
  stored: unknown,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  target = SETTINGS_VERSION,
): Record<string, unknown> {
  if (!isRecord(stored)) return {};
  const version = typeof stored.version === 'number' && Number.isInteger(stored.version) ? stored.version : 0;
  let values = isRecord(stored.values) ? stored.values : {};
  for (let v = version; v < target; v++) {
    const step = migrations[v];
    if (step) values = step(values);
  }
  return values;
}

/** Key by key: every valid value is kept, every missing, corrupt or unknown one falls back to its default. */
export function validateSettings(raw: unknown): Settings {
  const input = isRecord(raw) ? raw : {};
  const remove = isRecord(input.remove) ? input.remove : {};
  return {
    remove: Object.fromEntries(
      CLUTTER_CATEGORIES.map((c) => [
        c,
        typeof remove[c] === 'boolean' ? remove[c] : DEFAULT_SETTINGS.remove[c],
      ]),
    ) as Settings['remove'],
    captions: typeof input.captions === 'boolean' ? input.captions : DEFAULT_SETTINGS.captions,
    keyQuotes: intIn(input.keyQuotes, KEY_QUOTES_RANGE) ?? DEFAULT_SETTINGS.keyQuotes,
    typography: validateTypography(input.typography),
    theme: THEMES.includes(input.theme as Theme) ? (input.theme as Theme) : DEFAULT_SETTINGS.theme,
    showFilters: typeof input.showFilters === 'boolean' ? input.showFilters : DEFAULT_SETTINGS.showFilters,
    hideOnPage: validateSites(input.hideOnPage),
    hideBadge: typeof input.hideBadge === 'boolean' ? input.hideBadge : DEFAULT_SETTINGS.hideBadge,
    pickedRules: validateRules(input.pickedRules),
    keptBlocks: validateKept(input.keptBlocks),
  };
}

function validateTypography(raw: unknown): Typography {
  const input = isRecord(raw) ? raw : {};
  const defaults = DEFAULT_SETTINGS.typography;
  const number = (key: TypographyNumber) => {
    const range = TYPOGRAPHY_RANGES[key];
    const value = intIn(input[key], range);
    return value !== undefined && (value - range.min) % range.step === 0 ? value : defaults[key];
  };
  return {
    font: FONTS.includes(input.font as FontChoice) ? (input.font as FontChoice) : defaults.font,
    size: number('size'),
    lineHeight: number('lineHeight'),
    width: number('width'),
    letterSpacing: number('letterSpacing'),
    align: ALIGNMENTS.includes(input.align as TextAlign) ? (input.align as TextAlign) : defaults.align,
  };
}

export function readStoredSettings(stored: unknown): Settings {
  return validateSettings(migrate(stored));
}

export function applyPatch(settings: Settings, patch: SettingsPatch): Settings {
  return validateSettings({
    ...settings,
    ...patch,
    remove: { ...settings.remove, ...(patch.remove ?? {}) },
    typography: { ...settings.typography, ...(patch.typography ?? {}) },
  });
}

export function toStored(settings: Settings): StoredSettings {
  return { version: SETTINGS_VERSION, values: settings };
}

/**
 * The part of the settings the extraction core cares about; with the page's URL, the blocks the reader
 * chose to show there too (the content script adds those itself, from the settings, for its own page).
 */
export function toExtractOptions(
  settings: Settings,
  url?: string,
): Pick<ExtractOptions, 'remove' | 'captions' | 'keep'> {
  const options: Pick<ExtractOptions, 'remove' | 'captions' | 'keep'> = {
    remove: { ...settings.remove },
    captions: settings.captions,
  };
  const keep = url ? keptFor(settings, url) : [];
  if (keep.length > 0) options.keep = [...keep];
  return options;
}

/** Whether two settings would extract the same article (so the popup need not re-run extraction). */
export function sameExtraction(a: Settings, b: Settings): boolean {
  return a.captions === b.captions && CLUTTER_CATEGORIES.every((c) => a.remove[c] === b.remove[c]);
}

/** Where settings are kept. `watch` reports the new stored value whenever any context writes it. */
export interface SettingsStore {
  read(): Promise<unknown>;
  write(value: StoredSettings): Promise<void>;
  watch(listener: (stored: unknown) => void, signal: AbortSignal): void;
}

export async function loadSettings(store: SettingsStore): Promise<Settings> {
  try {
    return readStoredSettings(await store.read());
  } catch {
    return validateSettings({});
  }
}

/** Read-modify-write of a partial change; returns the settings as saved. */
export async function saveSettings(store: SettingsStore, patch: SettingsPatch): Promise<Settings> {
  const next = applyPatch(await loadSettings(store), patch);
  await store.write(toStored(next));
  return next;
}

export function onSettingsChanged(
  store: SettingsStore,
  callback: (settings: Settings) => void,
  signal: AbortSignal,
): void {
  store.watch((stored) => callback(readStoredSettings(stored)), signal);
}

function intIn(value: unknown, range: { min: number; max: number }): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= range.min && value <= range.max
    ? value
    : undefined;
}
