import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** Every `__MSG_key__` the manifest uses exists, non-empty, in every locale; the default locale exists. */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const manifestText = readFileSync(`${ROOT}manifest.json`, 'utf8');
const manifest = JSON.parse(manifestText);
const keys = [...new Set([...manifestText.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!))];
const locales = readdirSync(`${ROOT}_locales`);

describe('locales', () => {
  it('has the default locale and uses messages for the name and description', () => {
    expect(locales).toContain(manifest.default_locale);
    expect(keys).toEqual(expect.arrayContaining(['name', 'description']));
  });

  it.each(locales)('%s has every message the manifest uses', (locale) => {
    const messages = JSON.parse(readFileSync(`${ROOT}_locales/${locale}/messages.json`, 'utf8'));
    for (const key of keys) expect(messages[key]?.message, `${locale}: ${key}`).toMatch(/\S/);
    // Chrome's limits: name ≤ 75, short name ≤ 12, description ≤ 132 characters.
    expect(messages.name.message.length).toBeLessThanOrEqual(75);
    expect(messages.shortName?.message.length ?? 0).toBeLessThanOrEqual(12);
    expect(messages.description.message.length).toBeLessThanOrEqual(132);
  });
});
