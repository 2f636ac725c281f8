// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { openReaderFor } from '../../src/reader/open-reader';
import { ReaderApp } from '../../src/reader/ReaderApp';
import {
  loadEntry,
  loadPosition,
  MemoryArea,
  POSITION_LIMIT,
  READER_LIMIT,
  type ReaderEntry,
  saveEntry,
  savePosition,
} from '../../src/reader/reader-store';
import { createFakeApi, type FakeApi } from '../../src/shared/extension-api';
import { MemorySettingsStore } from '../../src/shared/fake-store';
import { DEFAULT_SETTINGS, toExtractOptions } from '../../src/shared/settings';
import { PopupApp } from '../../src/ui/PopupApp';
import { articleFor, mount, okResult, quote, waitFor } from './helpers';

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  cleanup = undefined;
});

const URL_ = 'https://city.example/tram';
function entry(id: string, extra: Partial<ReaderEntry> = {}): ReaderEntry {
  return {
    id,
    url: URL_,
    tabId: 7,
    savedAt: 1,
    article: articleFor({}, { quotes: [quote('We will build it', 'Ana Ruiz', 9, true)] }),
    options: toExtractOptions(DEFAULT_SETTINGS),
    ...extra,
  };
}

describe('reader store', () => {
  it('keeps the last entries only, and reads back what it saved', async () => {
    const area = new MemoryArea();
    for (let i = 0; i < READER_LIMIT + 3; i++) await saveEntry(area, entry(`e${i}`));
    expect(await loadEntry(area, 'e0')).toBeNull();
    expect(await loadEntry(area, 'e2')).toBeNull();
    expect((await loadEntry(area, `e${READER_LIMIT + 2}`))?.article.title).toBe('Tram line approved');
    expect([...area.data.keys()].filter((k) => k.startsWith('reader:e'))).toHaveLength(READER_LIMIT);
  });

  it('treats anything that is not an entry as expired', async () => {
    const area = new MemoryArea();
    await area.set('reader:bad', { id: 'bad', url: URL_, article: { title: 3 } });
    expect(await loadEntry(area, 'bad')).toBeNull();
    expect(await loadEntry(area, '../../etc')).toBeNull();
    expect(await loadEntry(area, 'missing')).toBeNull();
  });

  it('keeps reading positions per article, bounded', async () => {
    const area = new MemoryArea();
    await savePosition(area, URL_, 0.4, 12);
    await savePosition(area, 'https://other.example/', 3);
    expect(await loadPosition(area, URL_)).toEqual({ at: 0.4, block: 12 });
    expect(await loadPosition(area, 'https://other.example/')).toEqual({ at: 1, block: null });
    for (let i = 0; i < POSITION_LIMIT; i++) await savePosition(area, `https://x.example/${i}`, 0.5);
    expect(await loadPosition(area, URL_)).toBeNull();
  });
});

function renderReader(api: FakeApi, id: string) {
  const { container, unmount } = mount(<ReaderApp api={api} id={id} />);
  cleanup = unmount;
  return container;
}

describe('full-tab reader', () => {
  it('shows the stored article with its quotes, removed list and a link to the original', async () => {
    const api = createFakeApi({ store: new MemorySettingsStore(), read: (_, o) => okResult(articleFor(o)) });
    await saveEntry(api.readerArea, entry('a1'));
    const root = renderReader(api, 'a1');
    await waitFor(() => expect(root.querySelector('h1')?.textContent).toBe('Tram line approved'));
    expect(root.querySelector('.quote blockquote')?.textContent).toBe('We will build it');
    expect(root.querySelector('.removed summary')?.textContent).toBe('Removed 1 ad and 1 donation appeal');
    expect(root.querySelector<HTMLAnchorElement>('a.reader-source')?.href).toBe(URL_);
    expect(root.querySelector('progress')?.getAttribute('aria-label')).toBe('Reading progress');
    expect(document.title).toBe('Tram line approved');
    // Passed once: the reader did not read the page again.
    expect(api.reads).toHaveLength(0);
  });

  it('says when the article has expired', async () => {
    const api = createFakeApi({ store: new MemorySettingsStore(), read: (_, o) => okResult(articleFor(o)) });
    const root = renderReader(api, 'gone');
    await waitFor(() => expect(root.querySelector('h1')?.textContent).toBe('This article has expired'));
  });

  it('reads the page again when a switch changes, while the tab still shows it', async () => {
    const api = createFakeApi({
      store: new MemorySettingsStore(),
      read: (_, o) => okResult(articleFor(o), 7),
    });
    await saveEntry(api.readerArea, entry('a2'));
    const root = renderReader(api, 'a2');
    await waitFor(() => expect(root.querySelector('.article-body')?.textContent).not.toContain('kettle'));
    root.querySelector<HTMLButtonElement>('[aria-controls="filters"]')!.click();
    const ads = [...root.querySelectorAll('label.switch')]
      .find((l) => l.textContent === 'Ads and sponsored blocks')!
      .querySelector('input')!;
    ads.click();
    await waitFor(() => expect(root.querySelector('.article-body')?.textContent).toContain('kettle'));
    expect(api.reads.at(-1)?.remove?.ads).toBe(false);
    // The new extraction replaces the stored one, so a reload shows it too.
    expect((await loadEntry(api.readerArea, 'a2'))?.article.html).toContain('kettle');
  });

  it('says so, and keeps the article, when the tab has moved on', async () => {
    const api = createFakeApi({
      store: new MemorySettingsStore(),
      read: (_, o) => okResult(articleFor(o), 7),
      tabUrl: async () => 'https://city.example/elsewhere',
    });
    await saveEntry(api.readerArea, entry('a3'));
    const root = renderReader(api, 'a3');
    await waitFor(() => expect(root.querySelector('h1')?.textContent).toBe('Tram line approved'));
    await api.setSettings({ remove: { ads: false } });
    await waitFor(() => expect(root.querySelector('.reader-notice')?.textContent).toMatch(/moved on/));
    expect(api.reads).toHaveLength(0);
    expect(root.querySelector('.article-body')?.textContent).not.toContain('kettle');
  });
});

describe('popup → reader', () => {
  it('stores the extraction it shows and opens the reader beside the tab', async () => {
    const api = createFakeApi({
      store: new MemorySettingsStore(),
      read: (_, o) => okResult(articleFor(o), 42),
    });
    const { container, unmount } = mount(<PopupApp api={api} tabId={42} />);
    cleanup = unmount;
    await waitFor(() =>
      expect(container.querySelector('.article-body')?.textContent).toContain('Work starts'),
    );
    const open = [...container.querySelectorAll('button')].find((b) => b.textContent === 'Open in reader')!;
    open.click();
    await waitFor(() => expect(api.readerTabs).toHaveLength(1));
    const { id, besideTabId } = api.readerTabs[0]!;
    expect(besideTabId).toBe(42);
    const stored = await loadEntry(api.readerArea, id);
    expect(stored).toMatchObject({ url: URL_, tabId: 42 });
    expect(stored?.article.title).toBe('Tram line approved');
  });
});

describe('shortcut and menu: open the reader for a tab', () => {
  it('reads the tab with the saved switches and opens the reader beside it', async () => {
    const store = new MemorySettingsStore();
    const api = createFakeApi({ store, read: (_, o) => okResult(articleFor(o), 5) });
    await api.setSettings({ remove: { ads: false } });
    await openReaderFor(api, 5, (id) => `popup?tab=${id}`);
    expect(api.reads.at(-1)?.remove?.ads).toBe(false);
    const { id, besideTabId } = api.readerTabs[0]!;
    expect(besideTabId).toBe(5);
    expect((await loadEntry(api.readerArea, id))?.article.html).toContain('kettle');
  });

  it('opens the popup page, which explains, when the tab cannot be read', async () => {
    const api = createFakeApi({
      store: new MemorySettingsStore(),
      read: () => ({ ok: false, tabId: 9, problem: 'no-article' }),
    });
    await openReaderFor(api, 9, (id) => `popup?tab=${id}`);
    expect(api.readerTabs).toHaveLength(0);
    expect(api.tabsOpened).toEqual([{ url: 'popup?tab=9', besideTabId: 9 }]);
  });

  it('waits for a tab still loading', async () => {
    let loaded = false;
    const api = createFakeApi({
      store: new MemorySettingsStore(),
      read: (_, o) => (loaded ? okResult(articleFor(o), 3) : { ok: false, tabId: 3, problem: 'loading' }),
      whenTabLoaded: async () => {
        loaded = true;
      },
    });
    await openReaderFor(api, 3, (id) => `popup?tab=${id}`);
    expect(api.readerTabs).toHaveLength(1);
  });
});
