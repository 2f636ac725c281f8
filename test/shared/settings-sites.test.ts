import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  MAX_HIDE_SITES,
  readStoredSettings,
  siteOrigin,
  validateSettings,
  withRule,
  withSiteHiding,
} from '../../src/shared/settings';

describe('hiding on the page, per site', () => {
  it('is off everywhere by default and after the 2 → 3 migration', () => {
    expect(DEFAULT_SETTINGS.hideOnPage).toEqual({});
    const v2 = { version: 2, values: { theme: 'dark', remove: { ads: false } } };
    const settings = readStoredSettings(v2);
    expect(settings.hideOnPage).toEqual({});
    expect(settings).toMatchObject({ theme: 'dark', remove: { ads: false } });
  });

  it('keeps the badge count off unless turned on, and only as a boolean', () => {
    expect(DEFAULT_SETTINGS.hideBadge).toBe(false);
    expect(validateSettings({ hideBadge: true }).hideBadge).toBe(true);
    expect(validateSettings({ hideBadge: 'yes' }).hideBadge).toBe(false);
  });

  it('keeps picked rules per valid site, bounded, and adds or removes one without touching the rest', () => {
    const settings = validateSettings({
      pickedRules: {
        'https://a.example': ['div.promo', 'div.promo', '', 42, 'x'.repeat(201)],
        'not a site': ['div.promo'],
        'https://b.example': 'div.promo',
      },
    });
    expect(settings.pickedRules).toEqual({ 'https://a.example': ['div.promo'] });
    const added = withRule(settings, 'https://a.example', '#ad-top', true);
    expect(added).toEqual({ 'https://a.example': ['div.promo', '#ad-top'] });
    expect(withRule({ ...settings, pickedRules: added }, 'https://a.example', 'div.promo', false)).toEqual({
      'https://a.example': ['#ad-top'],
    });
    expect(withRule(settings, 'https://a.example', 'div.promo', false)).toEqual({});
  });

  it('keeps valid origins and drops anything else', () => {
    const settings = validateSettings({
      hideOnPage: {
        'https://news.example': true,
        'http://127.0.0.1:8080': true,
        'https://news.example/path': true,
        'ftp://files.example': true,
        'chrome://settings': true,
        'https://off.example': false,
        'not a url': true,
      },
    });
    expect(settings.hideOnPage).toEqual({ 'https://news.example': true, 'http://127.0.0.1:8080': true });
    expect(validateSettings({ hideOnPage: ['https://news.example'] }).hideOnPage).toEqual({});
  });

  it(`caps the list at ${MAX_HIDE_SITES} sites (storage.sync keeps 8 KB per item)`, () => {
    const many = Object.fromEntries(
      Array.from({ length: MAX_HIDE_SITES + 20 }, (_, i) => [`https://site${i}.example`, true]),
    );
    const sites = validateSettings({ hideOnPage: many }).hideOnPage;
    expect(Object.keys(sites)).toHaveLength(MAX_HIDE_SITES);
    expect(JSON.stringify(sites).length).toBeLessThan(4096);
  });

  it('reads a page URL as its site and turns one site on or off without touching the others', () => {
    expect(siteOrigin('https://news.example/2026/bridge?x=1#y')).toBe('https://news.example');
    expect(siteOrigin('file:///home/a.html')).toBeNull();
    expect(siteOrigin('chrome://extensions')).toBeNull();
    expect(siteOrigin(undefined)).toBeNull();
    const settings = validateSettings({ hideOnPage: { 'https://a.example': true } });
    const on = withSiteHiding(settings, 'https://b.example', true);
    expect(on).toEqual({ 'https://a.example': true, 'https://b.example': true });
    expect(withSiteHiding({ ...settings, hideOnPage: on }, 'https://a.example', false)).toEqual({
      'https://b.example': true,
    });
  });
});
