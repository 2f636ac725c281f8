import type enMessages from '../../_locales/en/messages.json';
import bundledEn from '../../_locales/en/messages.json';

/**
 * Every interface string goes through here. In the extension the browser's own
 * `i18n.getMessage` picks the reader's language from `_locales/`; elsewhere (unit
 * tests, the e2e test process) the English messages bundled below answer, with the
 * same placeholder rules. The extension build defines `import.meta.env.PITH_EXTENSION`,
 * so that fallback (and its copy of the English text) is left out of the bundles.
 */
declare global {
  interface ImportMetaEnv {
    /** Set by vite.config.ts in extension builds. */
    readonly PITH_EXTENSION?: boolean;
  }
}

type AllKeys = keyof typeof enMessages;
const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
type PluralCategory = (typeof PLURAL_CATEGORIES)[number];
/** Keys of plain messages. */
export type MessageKey = Exclude<AllKeys, `${string}_${PluralCategory}`>;
/** Bases of plural messages: `countAds` for `countAds_one`, `countAds_other` … */
export type PluralKey = AllKeys extends infer K
  ? K extends `${infer Base}_${PluralCategory}`
    ? Base
    : never
  : never;

export interface MessageEntry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
export type MessageTable = Record<string, MessageEntry>;

export interface MessageSource {
  /** '' when the key is unknown, as `i18n.getMessage` does. */
  get(key: string, substitutions: string[]): string;
  locale: string;
  dir: 'ltr' | 'rtl';
}

interface I18nApi {
  getMessage(key: string, substitutions?: string[]): string;
  getUILocale?(): string;
}

function browserSource(): MessageSource | null {
  const scope = globalThis as { browser?: { i18n?: I18nApi }; chrome?: { i18n?: I18nApi } };
  const api = scope.browser?.i18n ?? scope.chrome?.i18n;
  if (!api?.getMessage) return null;
  return {
    get: (key, substitutions) => api.getMessage(key, substitutions) ?? '',
    locale: api.getUILocale?.() || api.getMessage('@@ui_locale')?.replace('_', '-') || 'en',
    dir: api.getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr',
  };
}

const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'yi', 'dv', 'ckb']);

/** A source over a messages.json table, following the browser's placeholder rules ($NAME$ → $1 …, $$ → $). */
export function tableSource(table: MessageTable, locale: string): MessageSource {
  return {
    get(key, substitutions) {
      const entry = table[key];
      if (!entry) return '';
      const fill = (text: string) =>
        text.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
      return entry.message.replace(/\$\$|\$([A-Za-z0-9_@]+)\$/g, (whole, name?: string) => {
        if (!name) return '$';
        const placeholder = entry.placeholders?.[name.toLowerCase()];
        return placeholder ? fill(placeholder.content) : whole;
      });
    },
    locale,
    dir: RTL_LANGUAGES.has(locale.split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr',
  };
}

let source: MessageSource =
  browserSource() ?? tableSource(import.meta.env.PITH_EXTENSION ? {} : (bundledEn as MessageTable), 'en');

/** For tests and previews: answer from another table (e.g. `_locales/ar/messages.json`). */
export function setMessageSource(next: MessageSource): void {
  source = next;
}

/** The message for `key`, with its placeholders filled in order. */
export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  return source.get(key, substitutions.map(String)) || key;
}

/** A counted message in the form the UI language uses for `count` ("1 ad", "2 ads"; Arabic has six forms). */
export function tn(key: PluralKey, count: number): string {
  const category = new Intl.PluralRules(source.locale).select(count);
  const shown = formatNumber(count);
  return source.get(`${key}_${category}`, [shown]) || source.get(`${key}_other`, [shown]) || key;
}

export function formatNumber(value: number): string {
  return new Intl.NumberFormat(source.locale).format(value);
}

/** "a, b and c" in the UI language. */
export function formatList(parts: string[]): string {
  return new Intl.ListFormat(source.locale, { style: 'long', type: 'conjunction' }).format(parts);
}

export function uiLocale(): { lang: string; dir: 'ltr' | 'rtl' } {
  return { lang: source.locale, dir: source.dir };
}

/** Sets the page's lang and dir from the interface language (the article keeps its own). */
export function applyUiLocale(root: HTMLElement = document.documentElement): void {
  const { lang, dir } = uiLocale();
  root.lang = lang;
  root.dir = dir;
}
