import { describe, expect, it } from 'vitest';
import type { ExtractOptions, ExtractResult } from '../../src/core/types';
import { handle, type Transport } from '../../src/shared/messages';
import { pageKind } from '../../src/shared/page-kind';
import { readTab, type TabAccess } from '../../src/shared/read-tab';
import { articleFor } from '../ui/helpers';

/** What the content script's core would answer: an article that reflects the options it was given. */
const ARTICLE = (options: Partial<ExtractOptions>): ExtractResult => ({
  ok: true,
  article: articleFor(options),
});
const NO_ARTICLE = (): ExtractResult => ({ ok: false, reason: 'no-article', message: 'no article' });

/** A fake tab: `injected` flips when the content script is injected; until then nobody answers. */
function fakeTab(
  tab: { url?: string; status?: string },
  page: (options: Partial<ExtractOptions>) => ExtractResult = ARTICLE,
  injectError?: Error,
  contentType = 'text/html',
) {
  const seen: Partial<ExtractOptions>[] = [];
  const listener = handle({
    ping: () => ({ ready: true }),
    extract: ({ options }) => {
      seen.push(options);
      return { ...page(options), contentType, url: tab.url ?? '' };
    },
  });
  const state = { injections: 0, seen };
  const access: TabAccess = {
    activeTabId: async () => 7,
    getTab: async (id) => {
      if (id !== 7) throw new Error(`No tab with id: ${id}.`);
      return tab;
    },
    inject: async () => {
      if (injectError) throw injectError;
      state.injections++;
    },
    transport: (): Transport => async (envelope) => {
      if (state.injections === 0)
        throw new Error('Could not establish connection. Receiving end does not exist.');
      return listener(envelope);
    },
  };
  return { access, state };
}

describe('readTab', () => {
  it('asks for the stored switches when told to, and passes on the switches the page was read with', async () => {
    const asked: unknown[] = [];
    const switches = { remove: { ads: false } as ExtractOptions['remove'], captions: true };
    const listener = handle({
      ping: () => ({ ready: true }),
      extract: (request) => {
        asked.push(request);
        return { ...ARTICLE(switches), contentType: 'text/html', url: 'https://example.org/a', switches };
      },
    });
    const access: TabAccess = {
      activeTabId: async () => 7,
      getTab: async () => ({ url: 'https://example.org/a', status: 'complete' }),
      inject: async () => {},
      transport: (): Transport => async (envelope) => listener(envelope),
    };
    const stored = await readTab(access, 7, { quotes: false }, { stored: true });
    expect(asked).toEqual([{ options: { quotes: false }, stored: true }]);
    expect(stored).toMatchObject({ ok: true, switches });
    await readTab(access, 7, {});
    expect(asked[1]).toEqual({ options: {} });
  });

  it('injects once, then reads the article with the given options', async () => {
    const { access, state } = fakeTab({ url: 'https://example.org/news/bridge', status: 'complete' });
    const first = await readTab(access, undefined, {});
    expect(first).toMatchObject({ ok: true, tabId: 7, article: { title: 'Tram line approved' } });
    const second = await readTab(access, 7, { remove: { ads: false } as ExtractOptions['remove'] });
    expect(second.ok && second.article.text).toContain('kettle');
    expect(state.seen).toEqual([{}, { remove: { ads: false } }]);
    expect(state.injections).toBe(1);
  });

  it('asks an injected script while the tab is still being looked up (a reopen costs one round trip, not two)', async () => {
    const { access, state } = fakeTab({ url: 'https://example.org/news/bridge', status: 'complete' });
    await readTab(access, 7, {});
    const events: string[] = [];
    const getTab = access.getTab;
    const transport = access.transport;
    const slowLookup: TabAccess = {
      ...access,
      getTab: async (id) => {
        events.push('lookup asked');
        await new Promise((resolve) => setTimeout(resolve, 20));
        events.push('lookup answered');
        return getTab(id);
      },
      transport: (id) => async (envelope) => {
        events.push(`${envelope.pith} sent`);
        return transport(id)(envelope);
      },
    };
    expect(await readTab(slowLookup, 7, {})).toMatchObject({ ok: true });
    expect(events).toEqual(['extract sent', 'lookup asked', 'lookup answered']);
    expect(state.injections).toBe(1);
  });

  it.each([
    ['chrome://settings/', 'internal'],
    ['about:blank', 'internal'],
    ['view-source:https://example.org/', 'internal'],
    ['https://chromewebstore.google.com/detail/x', 'store'],
    ['https://addons.mozilla.org/en-US/firefox/', 'store'],
    ['https://example.org/report.PDF', 'pdf'],
  ])('refuses %s without injecting (%s)', async (url, problem) => {
    const { access, state } = fakeTab({ url, status: 'complete' });
    expect(await readTab(access, 7, {})).toMatchObject({ ok: false, problem });
    expect(state.injections).toBe(0);
  });

  it('reports a page that is still loading', async () => {
    const { access } = fakeTab({ url: 'https://example.org/a', status: 'loading' });
    expect(await readTab(access, 7, {})).toEqual({
      ok: false,
      tabId: 7,
      problem: 'loading',
      detail: undefined,
    });
  });

  it('reports a closed tab as no tab', async () => {
    const { access } = fakeTab({ url: 'https://example.org/a' });
    expect(await readTab(access, 99, {})).toMatchObject({ ok: false, tabId: null, problem: 'no-tab' });
  });

  it('passes the core refusal on (no article)', async () => {
    const { access } = fakeTab({ url: 'https://example.org/', status: 'complete' }, NO_ARTICLE);
    expect(await readTab(access, 7, {})).toMatchObject({ ok: false, problem: 'no-article' });
  });

  it('recognises a PDF by the content type the page reports', async () => {
    const { access } = fakeTab(
      { url: 'https://example.org/doc', status: 'complete' },
      ARTICLE,
      undefined,
      'application/pdf',
    );
    expect(await readTab(access, 7, {})).toMatchObject({ ok: false, problem: 'pdf' });
  });

  it('asks for file access when a file:// page refuses injection', async () => {
    const error = new Error('Cannot access contents of url "file:///home/a.html".');
    const { access } = fakeTab({ url: 'file:///home/a.html', status: 'complete' }, ARTICLE, error);
    expect(await readTab(access, 7, {})).toMatchObject({ ok: false, problem: 'file-access' });
  });

  it('says "no access" when the browser hides the URL and refuses injection', async () => {
    const error = new Error(
      'Cannot access contents of the page. Extension manifest must request permission.',
    );
    const { access } = fakeTab({ status: 'complete' }, ARTICLE, error);
    expect(await readTab(access, 7, {})).toMatchObject({ ok: false, problem: 'no-access' });
  });

  it('reports other injection failures as errors, with the browser’s words as detail', async () => {
    const { access } = fakeTab(
      { url: 'https://example.org/a', status: 'complete' },
      ARTICLE,
      new Error('Frame was removed'),
    );
    expect(await readTab(access, 7, {})).toEqual({
      ok: false,
      tabId: 7,
      problem: 'error',
      detail: 'Frame was removed',
    });
  });
});

describe('pageKind', () => {
  it('tells web pages, files and unknowns apart', () => {
    expect(pageKind('https://news.example/story')).toBe('web');
    expect(pageKind('http://127.0.0.1:8080/a/')).toBe('web');
    expect(pageKind('file:///tmp/a.html')).toBe('file');
    expect(pageKind(undefined)).toBe('unknown');
    expect(pageKind('not a url')).toBe('unknown');
    expect(pageKind('edge://settings')).toBe('internal');
    expect(pageKind('chrome-extension://abc/page.html')).toBe('internal');
    // Only the store's own paths: other chrome.google.com pages are ordinary.
    expect(pageKind('https://chrome.google.com/webstore/category')).toBe('store');
    expect(pageKind('https://chrome.google.com/intl/en/chrome/')).toBe('web');
    // A .pdf path is a PDF; "pdf" elsewhere in the URL is not.
    expect(pageKind('https://example.org/pdf-tools/review')).toBe('web');
  });
});
