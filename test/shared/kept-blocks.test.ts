import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  KEPT_LIMITS,
  keptFor,
  pageKey,
  readStoredSettings,
  SETTINGS_VERSION,
  toStored,
  validateSettings,
  withKept,
} from '../../src/shared/settings';

const PAGE = 'https://news.example/2026/bridge';

describe('settings.keptBlocks (blocks shown again, per page)', () => {
  it('remembers a block per page, fragment ignored, and forgets it again', () => {
    let settings = { ...DEFAULT_SETTINGS };
    settings = { ...settings, keptBlocks: withKept(settings, `${PAGE}#comments`, 'abc1', true) };
    settings = { ...settings, keptBlocks: withKept(settings, PAGE, 'abc2', true) };
    expect(keptFor(settings, PAGE)).toEqual(['abc1', 'abc2']);
    expect(keptFor(settings, `${PAGE}?page=2`)).toEqual([]);
    expect(readStoredSettings(toStored(settings)).keptBlocks).toEqual(settings.keptBlocks);
    settings = { ...settings, keptBlocks: withKept(settings, PAGE, 'abc1', false) };
    settings = { ...settings, keptBlocks: withKept(settings, PAGE, 'abc2', false) };
    expect(settings.keptBlocks).toEqual({});
  });

  it('keeps only http(s) pages and well-formed ids, and the newest pages up to the limit', () => {
    const raw: Record<string, unknown> = {
      'chrome://settings/': ['abc'],
      [`${PAGE}#x`]: ['abc'],
      [PAGE]: ['ok1', 'NOT OK', 7, 'ok1', '<b>'],
    };
    for (let i = 0; i < KEPT_LIMITS.pages + 5; i++) raw[`https://news.example/p${i}`] = ['a'];
    const kept = validateSettings({ keptBlocks: raw }).keptBlocks;
    expect(Object.keys(kept)).toHaveLength(KEPT_LIMITS.pages);
    expect(kept).not.toHaveProperty(PAGE);
    expect(kept).toHaveProperty(`https://news.example/p${KEPT_LIMITS.pages + 4}`);
    expect(validateSettings({ keptBlocks: { [PAGE]: ['ok1', 'NOT OK', 7, 'ok1'] } }).keptBlocks).toEqual({
      [PAGE]: ['ok1'],
    });
    expect(validateSettings({ keptBlocks: 'x' }).keptBlocks).toEqual({});
  });

  it('moves a changed page to the newest end, so the least recently used page is dropped first', () => {
    let settings = { ...DEFAULT_SETTINGS };
    for (let i = 0; i < KEPT_LIMITS.pages; i++)
      settings = { ...settings, keptBlocks: withKept(settings, `https://news.example/p${i}`, 'a', true) };
    settings = { ...settings, keptBlocks: withKept(settings, 'https://news.example/p0', 'b', true) };
    settings = validateSettings({ ...settings, keptBlocks: withKept(settings, PAGE, 'c', true) });
    expect(keptFor(settings, 'https://news.example/p0')).toEqual(['a', 'b']);
    expect(keptFor(settings, 'https://news.example/p1')).toEqual([]);
    expect(keptFor(settings, PAGE)).toEqual(['c']);
  });

  it('drops anything stored under that name before version 4', () => {
    expect(SETTINGS_VERSION).toBe(4);
    const v3 = { version: 3, values: { keptBlocks: { [PAGE]: ['abc'] }, theme: 'dark' } };
    expect(readStoredSettings(v3)).toMatchObject({ keptBlocks: {}, theme: 'dark' });
    expect(pageKey('not a url')).toBeNull();
    expect(pageKey(`https://news.example/${'x'.repeat(KEPT_LIMITS.urlLength)}`)).toBeNull();
  });
});
