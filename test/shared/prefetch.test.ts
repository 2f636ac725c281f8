import { describe, expect, it } from 'vitest';
import type { ExtractOptions } from '../../src/core/types';
import { prefetchingApi } from '../../src/popup/prefetch';
import { createFakeApi } from '../../src/shared/extension-api';
import { MemorySettingsStore } from '../../src/shared/fake-store';
import type { ReadResult } from '../../src/shared/read-result';
import { DEFAULT_SETTINGS, loadSettings, toExtractOptions } from '../../src/shared/settings';
import { sameSwitches } from '../../src/shared/switches';
import { articleFor } from '../ui/helpers';

const TAB = 7;

/** A fake browser whose tab answers with an article that shows the switches it was read with. */
function fakeBrowser(answer?: (options: Partial<ExtractOptions>) => ReadResult) {
  const store = new MemorySettingsStore();
  const api = createFakeApi({
    store,
    read: async (tabId, options, onArticle) => {
      const result = answer?.(options) ?? {
        ok: true as const,
        tabId: tabId ?? TAB,
        url: 'https://example.org/news',
        article: articleFor(options),
      };
      if (result.ok) onArticle?.(result);
      return result;
    },
  });
  return { api, store };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the popup reading the page before its settings are read (prefetchingApi)', () => {
  it('answers the interface first reading with the one already asked for, reading the tab once', async () => {
    const { api } = fakeBrowser();
    const popup = prefetchingApi(api, TAB);
    await settle();
    expect(api.reads).toHaveLength(1);

    const options = toExtractOptions(await popup.getSettings());
    const early: ReadResult[] = [];
    const result = await popup.readTab(TAB, options, (article) => early.push(article));
    await settle();
    expect(api.reads).toHaveLength(1);
    expect(result.ok && result.article.text).toContain('tram line');
    expect(result.ok && result.article.text).not.toContain('kettle');
    expect(early).toHaveLength(1);
  });

  it('reads again when the switches changed before the interface asked, and never shows the stale reading', async () => {
    const { api } = fakeBrowser();
    const popup = prefetchingApi(api, TAB);
    await settle();
    // The reader (or another context) turned ads back on after the page was asked.
    const changed = await popup.setSettings({ remove: { ads: false } });
    const options = toExtractOptions(changed);
    const early: ReadResult[] = [];
    const result = await popup.readTab(TAB, options, (article) => early.push(article));
    await settle();
    expect(api.reads).toHaveLength(2);
    expect(api.reads[1]).toMatchObject({ remove: { ads: false } });
    expect(result.ok && result.article.text).toContain('kettle');
    expect(early.map((r) => r.ok && r.article.text.includes('kettle'))).toEqual([true]);
  });

  it('takes a page that cannot be read as it is, whatever the switches', async () => {
    const { api } = fakeBrowser(() => ({ ok: false, tabId: TAB, problem: 'no-article' }));
    const popup = prefetchingApi(api, TAB);
    const changed = await popup.setSettings({ remove: { ads: false } });
    const result = await popup.readTab(TAB, toExtractOptions(changed));
    expect(result).toMatchObject({ ok: false, problem: 'no-article' });
    expect(api.reads).toHaveLength(1);
  });

  it('sends every later reading, and any other tab, straight to the browser', async () => {
    const { api, store } = fakeBrowser();
    const popup = prefetchingApi(api, TAB);
    const options = toExtractOptions(await loadSettings(store));
    await popup.readTab(TAB, options);
    await popup.readTab(TAB, options);
    await popup.readTab(9, options);
    expect(api.reads).toHaveLength(3);
  });

  it('turns a failure of the early reading into a problem, not a throw', async () => {
    const { api } = fakeBrowser(() => {
      throw new Error('tab closed');
    });
    const popup = prefetchingApi(api, TAB);
    const result = await popup.readTab(TAB, toExtractOptions(await popup.getSettings()));
    expect(result.ok).toBe(false);
  });
});

describe('sameSwitches', () => {
  const base = toExtractOptions(DEFAULT_SETTINGS);
  it('compares category by category, whatever the key order', () => {
    const reordered = {
      captions: base.captions,
      remove: Object.fromEntries(Object.entries(base.remove).reverse()),
    };
    expect(sameSwitches(base, reordered as typeof base)).toBe(true);
  });
  it('tells one switch or the captions apart, and an unknown side from any', () => {
    expect(sameSwitches(base, { ...base, remove: { ...base.remove, social: !base.remove.social } })).toBe(
      false,
    );
    expect(sameSwitches(base, { ...base, captions: !base.captions })).toBe(false);
    expect(sameSwitches(base, undefined)).toBe(false);
  });
});
