import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The translations are complete and the interface uses them: every message exists in
 * every locale with the same placeholders, every plural message has each form the
 * locale's plural rules need, every message is used, and no component holds UI text
 * of its own.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const manifestText = readFileSync(`${ROOT}manifest.json`, 'utf8');
const manifest = JSON.parse(manifestText);
const manifestKeys = [...new Set([...manifestText.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!))];
const locales = readdirSync(`${ROOT}_locales`);
type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const read = (locale: string): Messages =>
  JSON.parse(readFileSync(`${ROOT}_locales/${locale}/messages.json`, 'utf8'));
const en = read(manifest.default_locale);
const PLURAL = /^(.+)_(zero|one|two|few|many|other)$/;
const plainKeys = Object.keys(en).filter((k) => !PLURAL.test(k));
const pluralBases = [...new Set(Object.keys(en).flatMap((k) => PLURAL.exec(k)?.[1] ?? []))];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}
const UI_DIRS = ['src/ui', 'src/popup', 'src/options', 'src/reader'].map((d) => path.join(ROOT, d));
const uiFiles = UI_DIRS.flatMap((d) => {
  try {
    return sourceFiles(d);
  } catch {
    return [];
  }
});

describe('locales', () => {
  it('has the default locale, English, German and Arabic, and uses messages in the manifest', () => {
    expect(locales).toContain(manifest.default_locale);
    expect(locales).toEqual(expect.arrayContaining(['en', 'de', 'ar']));
    expect(manifestKeys).toEqual(expect.arrayContaining(['name', 'description']));
  });

  it.each(locales)('%s has every message, with the same placeholders, and nothing extra', (locale) => {
    const messages = read(locale);
    for (const key of [...manifestKeys, ...plainKeys]) {
      expect(messages[key]?.message, `${locale}: ${key}`).toMatch(/\S/);
      expect(Object.keys(messages[key]!.placeholders ?? {}).sort(), `${locale}: ${key}`).toEqual(
        Object.keys(en[key]!.placeholders ?? {}).sort(),
      );
      // A placeholder named in the message must be declared, or the browser prints it raw.
      for (const [, name] of messages[key]!.message.matchAll(/\$([A-Za-z_]+)\$/g))
        expect(
          messages[key]!.placeholders?.[name!.toLowerCase()],
          `${locale}: ${key} $${name}$`,
        ).toBeDefined();
    }
    for (const key of Object.keys(messages)) {
      const base = PLURAL.exec(key)?.[1];
      expect(base ? pluralBases : plainKeys, `${locale}: unknown message ${key}`).toContain(base ?? key);
    }
    // Chrome's limits: name ≤ 75, short name ≤ 12, description ≤ 132 characters.
    expect(messages.name!.message.length).toBeLessThanOrEqual(75);
    expect(messages.shortName?.message.length ?? 0).toBeLessThanOrEqual(12);
    expect(messages.description!.message.length).toBeLessThanOrEqual(132);
  });

  it.each(locales)('%s has every plural form its language needs', (locale) => {
    const messages = read(locale);
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    for (const base of pluralBases) {
      for (const category of categories) {
        const entry = messages[`${base}_${category}`];
        expect(entry?.message, `${locale}: ${base}_${category}`).toMatch(/\S/);
      }
    }
  });

  it('uses every message somewhere (no dead translations)', () => {
    // The background names the context menu item.
    const worker = readFileSync(path.join(ROOT, 'src/background/worker.ts'), 'utf8');
    const code = [...uiFiles.map((f) => readFileSync(f, 'utf8')), worker, manifestText].join('\n');
    const unused = [...plainKeys, ...pluralBases].filter(
      (key) => !code.includes(`'${key}'`) && !code.includes(`__MSG_${key}__`),
    );
    expect(unused).toEqual([]);
  });
});

describe('no interface text outside _locales', () => {
  // JSX text with a word in it, a literal label attribute, or a sentence-like string literal.
  const JSX_TEXT = />([^<>{}();=[\]`]*\p{L}{2,}[^<>{}();=[\]`]*)[<{]/gu;
  const LABEL_ATTR = /\b(?:aria-label|title|alt|placeholder|label)="[^"]*\p{L}/u;
  const SENTENCE = /(['"`])\p{Lu}\p{Ll}+ \p{Ll}+[^'"`]*\1/u;
  const offenders = (text: string, jsx = true) => [
    // JSX text may span lines: look at the whole file (of components: .tsx).
    ...[...(jsx ? text.matchAll(JSX_TEXT) : [])].map((m) => ({
      line: m[0],
      n: text.slice(0, m.index).split('\n').length,
    })),
    ...text
      .split('\n')
      .map((line, i) => ({ line, n: i + 1 }))
      .filter(({ line }) => !/^\s*(\/\/|\*|\/\*)/.test(line))
      .filter(({ line }) => LABEL_ATTR.test(line) || SENTENCE.test(line)),
  ];

  it('finds no literal UI text in the components', () => {
    expect(uiFiles.length).toBeGreaterThan(10);
    const found = uiFiles.flatMap((file) =>
      offenders(readFileSync(file, 'utf8'), file.endsWith('.tsx')).map(
        ({ line, n }) => `${path.relative(ROOT, file)}:${n}: ${line.trim()}`,
      ),
    );
    expect(found).toEqual([]);
  });

  it('would catch each kind of literal', () => {
    for (const bad of [
      '<h2>Key quotes</h2>',
      '<button>\n  Filters\n  {badge}',
      'aria-label="Close panel"',
      "return 'Reading the page';",
    ])
      expect(offenders(bad), bad).toHaveLength(1);
    for (const good of [
      "<h2>{t('keyQuotes')}</h2>",
      'class="link-button quote-more"',
      "import { t } from './i18n';",
    ])
      expect(offenders(good), good).toHaveLength(0);
  });
});
