import { describe, expect, it } from 'vitest';
import { CLUTTER_CATEGORIES } from '../../src/core/types';
import { MemorySettingsStore } from '../../src/shared/fake-store';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  type Migration,
  migrate,
  onSettingsChanged,
  readStoredSettings,
  SETTINGS_VERSION,
  type Settings,
  saveSettings,
  toExtractOptions,
  toStored,
  validateSettings,
} from '../../src/shared/settings';

describe('validateSettings', () => {
  it('gives the defaults for nothing, or for something that is not an object', () => {
    for (const raw of [undefined, null, 42, 'settings', [true], {}]) {
      expect(validateSettings(raw)).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('keeps every valid value and replaces only the corrupt ones, key by key', () => {
    const settings = validateSettings({
      remove: { ads: false, appeals: 'no', social: false, bogus: true },
      captions: 0,
      keyQuotes: 8,
      typography: { size: 400, font: 'mono', lineHeight: 150, width: 73, align: 'center' },
      theme: 'dark',
    });
    expect(settings.remove.ads).toBe(false);
    expect(settings.remove.social).toBe(false);
    expect(settings.remove.appeals).toBe(DEFAULT_SETTINGS.remove.appeals);
    expect(Object.keys(settings.remove).sort()).toEqual([...CLUTTER_CATEGORIES].sort());
    expect(settings.captions).toBe(DEFAULT_SETTINGS.captions);
    expect(settings.keyQuotes).toBe(8);
    expect(settings.typography).toEqual({
      ...DEFAULT_SETTINGS.typography,
      font: 'mono',
      lineHeight: 150,
      // 73 is in range but not on a step of 5; 'center' is not a choice.
    });
    expect(settings.theme).toBe('dark');
  });

  it('rejects non-integer and out-of-range numbers and unknown themes', () => {
    const settings = validateSettings({ keyQuotes: 2.5, typography: { size: Number.NaN }, theme: 'purple' });
    expect(settings.keyQuotes).toBe(DEFAULT_SETTINGS.keyQuotes);
    expect(settings.typography.size).toBe(DEFAULT_SETTINGS.typography.size);
    expect(settings.theme).toBe(DEFAULT_SETTINGS.theme);
  });

  it('drops keys it does not know', () => {
    expect(validateSettings({ leftover: 1 })).not.toHaveProperty('leftover');
  });
});

describe('migrate', () => {
  const renameQuoteCount: Migration = ({ quoteCount, ...rest }) => ({ ...rest, keyQuotes: quoteCount });
  const darkToTheme: Migration = ({ dark, ...rest }) => ({ ...rest, theme: dark ? 'dark' : 'auto' });

  it('runs each step from the stored version up to the target, in order', () => {
    const stored = { version: 1, values: { quoteCount: 3, dark: true } };
    expect(migrate(stored, { 1: renameQuoteCount, 2: darkToTheme }, 3)).toEqual({
      keyQuotes: 3,
      theme: 'dark',
    });
    // Already at version 2: only the second step applies.
    expect(
      migrate(
        { version: 2, values: { quoteCount: 3, dark: true } },
        { 1: renameQuoteCount, 2: darkToTheme },
        3,
      ),
    ).toEqual({ quoteCount: 3, theme: 'dark' });
  });

  it('reads data written by a newer version as it is', () => {
    expect(migrate({ version: SETTINGS_VERSION + 5, values: { keyQuotes: 9 } })).toEqual({ keyQuotes: 9 });
  });

  it('moves a version 1 text size into the typography settings (1 → 2)', () => {
    const v1 = { version: 1, values: { fontSize: 20, theme: 'dark', keyQuotes: 4 } };
    const settings = readStoredSettings(v1);
    expect(settings.typography).toEqual({ ...DEFAULT_SETTINGS.typography, size: 20 });
    expect(settings).toMatchObject({ theme: 'dark', keyQuotes: 4 });
    expect(settings).not.toHaveProperty('fontSize');
    // A version 1 size that was never set keeps the default.
    expect(readStoredSettings({ version: 1, values: {} }).typography).toEqual(DEFAULT_SETTINGS.typography);
    expect(SETTINGS_VERSION).toBe(4);
  });

  it('saves a typography change without losing its neighbours', async () => {
    const store = new MemorySettingsStore(toStored({ ...DEFAULT_SETTINGS, theme: 'sepia' }));
    await saveSettings(store, { typography: { font: 'sans' } });
    const saved = await saveSettings(store, { typography: { lineHeight: 180 } });
    expect(saved.typography).toEqual({ ...DEFAULT_SETTINGS.typography, font: 'sans', lineHeight: 180 });
    expect(saved.theme).toBe('sepia');
  });

  it('treats garbage as empty', () => {
    expect(migrate('nope')).toEqual({});
    expect(migrate({ version: 'x', values: 7 })).toEqual({});
  });

  it('round-trips the current shape', () => {
    const settings: Settings = { ...DEFAULT_SETTINGS, keyQuotes: 3, theme: 'light' };
    expect(readStoredSettings(toStored(settings))).toEqual(settings);
  });
});

describe('storage', () => {
  it('saves a partial change without losing the other values', async () => {
    const store = new MemorySettingsStore(toStored({ ...DEFAULT_SETTINGS, theme: 'dark' }));
    const saved = await saveSettings(store, { remove: { ads: false } });
    expect(saved.remove.ads).toBe(false);
    expect(saved.remove.appeals).toBe(true);
    expect(saved.theme).toBe('dark');
    expect(await loadSettings(store)).toEqual(saved);
    expect((await store.read()) as { version: number }).toMatchObject({ version: SETTINGS_VERSION });
  });

  it('falls back to the defaults when reading fails', async () => {
    const broken = new MemorySettingsStore();
    broken.read = () => Promise.reject(new Error('quota'));
    expect(await loadSettings(broken)).toEqual(DEFAULT_SETTINGS);
  });

  it('tells subscribers about changes, validated, until their signal aborts', async () => {
    const store = new MemorySettingsStore();
    const seen: Settings[] = [];
    const controller = new AbortController();
    onSettingsChanged(store, (s) => seen.push(s), controller.signal);
    await saveSettings(store, { captions: false });
    await store.write({ version: SETTINGS_VERSION, values: { keyQuotes: 'many' } });
    controller.abort();
    await saveSettings(store, { theme: 'light' });
    expect(seen.map((s) => [s.captions, s.keyQuotes])).toEqual([
      [false, 5],
      [true, DEFAULT_SETTINGS.keyQuotes],
    ]);
    expect(store.watcherCount).toBe(0);
  });

  it('maps to the extraction options the core takes', () => {
    const options = toExtractOptions({
      ...DEFAULT_SETTINGS,
      captions: false,
      remove: { ...DEFAULT_SETTINGS.remove, related: false },
    });
    expect(options).toEqual({ captions: false, remove: { ...DEFAULT_SETTINGS.remove, related: false } });
  });
});
