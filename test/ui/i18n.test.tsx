// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeApi } from '../../src/shared/extension-api';
import { MemorySettingsStore } from '../../src/shared/fake-store';
import { applyUiLocale, type MessageTable, setMessageSource, t, tableSource, tn } from '../../src/ui/i18n';
import { countLabel, removedSummary } from '../../src/ui/labels';
import { PopupApp } from '../../src/ui/PopupApp';
import { articleFor, mount, okResult, quote, waitFor } from './helpers';

const ROOT = `${path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')}/`;
const table = (locale: string): MessageTable =>
  JSON.parse(readFileSync(`${ROOT}_locales/${locale}/messages.json`, 'utf8'));
const useLocale = (locale: string) => setMessageSource(tableSource(table(locale), locale));

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  cleanup = undefined;
  useLocale('en');
});

describe('i18n accessor', () => {
  it('fills placeholders the way the browser does', () => {
    const source = tableSource(
      {
        a: { message: 'Removed $LIST$ for $$5', placeholders: { list: { content: '$1' } } },
        b: {
          message: '$WHO$ said $WHAT$',
          placeholders: { what: { content: '$2' }, who: { content: '$1' } },
        },
      },
      'en',
    );
    expect(source.get('a', ['2 ads'])).toBe('Removed 2 ads for $5');
    expect(source.get('b', ['Ana', 'yes'])).toBe('Ana said yes');
    expect(source.get('missing', [])).toBe('');
  });

  it('answers in English by default, with singular and plural', () => {
    expect(t('filters')).toBe('Filters');
    expect(countLabel('ads', 1)).toBe('1 ad');
    expect(countLabel('ads', 2)).toBe('2 ads');
    expect(countLabel('newsletters', 3)).toBe('3 newsletter boxes');
  });

  it('uses each of the Arabic plural forms', () => {
    useLocale('ar');
    const forms = [1, 2, 3, 11, 100].map((n) => tn('countAds', n));
    // one, two, few, many and other are five different phrasings.
    expect(new Set(forms).size).toBe(5);
    expect(forms[0]).toBe(table('ar').countAds_one!.message);
    expect(forms[1]).toBe(table('ar').countAds_two!.message);
  });

  it('joins counts in the language of the interface', () => {
    const removed = articleFor({}).removed;
    expect(removedSummary(removed)).toBe('Removed 1 ad and 1 donation appeal');
    useLocale('de');
    expect(removedSummary(removed)).toBe('Entfernt: 1 Werbeblock und 1 Spendenaufruf');
  });

  it('sets lang and dir of the page from the interface language', () => {
    useLocale('ar');
    const root = document.createElement('html');
    applyUiLocale(root);
    expect(root.lang).toBe('ar');
    expect(root.dir).toBe('rtl');
    useLocale('de');
    applyUiLocale(root);
    expect(root.dir).toBe('ltr');
  });
});

describe('the popup in other languages', () => {
  it('speaks Arabic, and names each expand button after its quote', async () => {
    useLocale('ar');
    const long = (start: string) => `${start} ${'and more words follow here to make it long. '.repeat(8)}`;
    const quotes = [
      quote(long('First speaker says'), 'A', 9, true),
      quote(long('Second one adds'), 'B', 8, true),
    ];
    const api = createFakeApi({
      store: new MemorySettingsStore(),
      read: (_, o) => okResult(articleFor(o, { quotes })),
    });
    const { container, unmount } = mount(<PopupApp api={api} />);
    cleanup = unmount;
    await waitFor(() => expect(container.querySelector('.removed summary')?.textContent).toMatch(/^أُزيل/));
    expect(container.querySelector('.skip-link')?.textContent).toBe(table('ar').skipToArticle!.message);
    const buttons = [...container.querySelectorAll('.quote-more')];
    const names = buttons.map((b) => b.getAttribute('aria-label'));
    expect(new Set(names).size).toBe(2);
    expect(names[0]).toContain('First speaker says');
    expect(names[1]).toContain('Second one adds');
  });
});
