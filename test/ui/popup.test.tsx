// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { WORK_NOTES } from '../../src/core/work-notes';
import { createFakeApi, type FakeApi } from '../../src/shared/extension-api';
import { MemorySettingsStore } from '../../src/shared/fake-store';
import type { Problem, ReadResult } from '../../src/shared/read-result';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  SETTINGS_VERSION,
  saveSettings,
  toStored,
} from '../../src/shared/settings';
import { PopupApp } from '../../src/ui/PopupApp';
import { PROBLEM_MESSAGES } from '../../src/ui/problems';
import { excerptOf } from '../../src/ui/QuoteItem';
import { articleFor, mount, okResult, quote, settle, waitFor } from './helpers';

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  cleanup = undefined;
  delete document.documentElement.dataset.theme;
});

function renderPopup(api: FakeApi, tabId?: number) {
  const { container, unmount } = mount(<PopupApp api={api} tabId={tabId} />);
  cleanup = unmount;
  return container;
}

const bodyText = (root: HTMLElement) => root.querySelector('.article-body')?.textContent ?? '';
const switchNamed = (root: HTMLElement, name: string) => {
  const label = [...root.querySelectorAll('label.switch')].find((l) => l.textContent?.includes(name));
  return label?.querySelector<HTMLInputElement>('input[role="switch"]') ?? null;
};

describe('popup', () => {
  it('shows the title, byline, site, reading time, text and what was removed', async () => {
    const api = createFakeApi({ store: new MemorySettingsStore(), read: (_, o) => okResult(articleFor(o)) });
    const root = renderPopup(api);
    await waitFor(() => expect(root.querySelector('h1')?.textContent).toBe('Tram line approved'));
    expect(root.querySelector('.article-meta')?.textContent).toBe('Ana Ruiz · City Post · 1 min read');
    expect(bodyText(root)).toContain('Work starts in May.');
    expect(bodyText(root)).not.toContain('kettle');
    const summary = root.querySelector('.removed summary');
    expect(summary?.textContent).toBe('Removed 1 ad and 1 donation appeal');
    const items = [...root.querySelectorAll('.removed li')].map((li) => li.textContent);
    expect(items[0]).toContain('Buy a better kettle today.');
    expect(items[0]).toContain('label "Advertisement"');
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Article ready, 1 min read.');
  });

  it('says which work a very large page cut short', async () => {
    const limits = [
      {
        stage: 'quotes' as const,
        kind: 'quotes' as const,
        message: 'Key quotes skipped: the article is very long.',
      },
    ];
    const api = createFakeApi({
      store: new MemorySettingsStore(),
      read: (_, o) => okResult(articleFor(o, { limits })),
    });
    const root = renderPopup(api);
    await waitFor(() =>
      expect(root.querySelector('[role="note"]')?.textContent).toBe(
        'Key quotes skipped: the article is very long.',
      ),
    );
  });

  it('says when the key quotes could not be found, above the article it still shows', async () => {
    const limits = [WORK_NOTES.quotesFailed];
    const api = createFakeApi({
      store: new MemorySettingsStore(),
      read: (_, o) => okResult(articleFor(o, { limits })),
    });
    const root = renderPopup(api);
    await waitFor(() =>
      expect(root.querySelector('[role="note"]')?.textContent).toBe(
        'Key quotes could not be found on this page; the article itself is complete.',
      ),
    );
    expect(root.textContent).toContain('The council approved the new tram line on Tuesday.');
  });

  it('says when the page shows only part of the article (a paywall cut)', async () => {
    const api = createFakeApi({
      store: new MemorySettingsStore(),
      read: (_, o) => okResult(articleFor(o, { truncated: { reason: 'subscribe to read the rest' } })),
    });
    const root = renderPopup(api);
    await waitFor(() =>
      expect(root.querySelector('[role="note"]')?.textContent).toBe(
        'This page shows only part of the article.',
      ),
    );
  });

  it('adds no note to a whole article', async () => {
    const api = createFakeApi({ store: new MemorySettingsStore(), read: (_, o) => okResult(articleFor(o)) });
    const root = renderPopup(api);
    await waitFor(() => expect(bodyText(root)).toContain('Work starts'));
    expect(root.querySelector('[role="note"]')).toBeNull();
  });

  it('re-reads the page when a switch changes, and remembers the choice', async () => {
    const store = new MemorySettingsStore();
    const api = createFakeApi({ store, read: (_, o) => okResult(articleFor(o)) });
    const root = renderPopup(api, 42);
    await waitFor(() => expect(bodyText(root)).toContain('Work starts'));
    const ads = switchNamed(root, 'Ads and sponsored blocks')!;
    expect(ads.checked).toBe(true);
    ads.click();
    await waitFor(() => expect(bodyText(root)).toContain('Buy a better kettle today.'));
    expect(api.reads.at(-1)?.remove?.ads).toBe(false);
    expect(((await store.read()) as { values: { remove: { ads: boolean } } }).values.remove.ads).toBe(false);
    expect(root.querySelector('.removed summary')?.textContent).toBe('Removed 1 donation appeal');
    // The Filters button says how many kinds of clutter are let through (switches off).
    expect([...root.querySelectorAll('.topbar button')].map((b) => b.textContent)).toContain(
      'Filters · 1 off',
    );
  });

  it('follows a change made in another context (options page)', async () => {
    const store = new MemorySettingsStore();
    const api = createFakeApi({ store, read: (_, o) => okResult(articleFor(o)) });
    const root = renderPopup(api);
    await waitFor(() => expect(bodyText(root)).toContain('Work starts'));
    await saveSettings(store, { remove: { ads: false }, theme: 'dark' });
    await waitFor(() => expect(switchNamed(root, 'Ads and sponsored blocks')!.checked).toBe(false));
    await waitFor(() => expect(bodyText(root)).toContain('kettle'));
    expect(document.documentElement.dataset.theme).toBe('dark');
  });

  it('hides captions with the "Image captions" switch, which reads as hide like the others', async () => {
    const store = new MemorySettingsStore();
    const api = createFakeApi({ store, read: (_, o) => okResult(articleFor(o)) });
    const root = renderPopup(api);
    await waitFor(() => expect(bodyText(root)).toContain('Work starts'));
    const captions = switchNamed(root, 'Image captions')!;
    expect(captions.checked).toBe(false);
    captions.click();
    await waitFor(() => expect(api.reads.at(-1)?.captions).toBe(false));
    expect(root.querySelector('fieldset legend')?.textContent).toBe('Hide from the article');
    expect(root.querySelector('fieldset')?.contains(captions)).toBe(true);
  });

  it('does not re-read when only the look changes', async () => {
    const store = new MemorySettingsStore();
    const api = createFakeApi({ store, read: (_, o) => okResult(articleFor(o)) });
    const root = renderPopup(api);
    await waitFor(() => expect(bodyText(root)).toContain('Work starts'));
    const reads = api.reads.length;
    await saveSettings(store, { typography: { size: 20, lineHeight: 180 }, theme: 'sepia' });
    await waitFor(() =>
      expect(document.documentElement.style.getPropertyValue('--article-size')).toBe('20px'),
    );
    expect(document.documentElement.style.getPropertyValue('--line-height')).toBe('1.8');
    expect(document.documentElement.dataset.theme).toBe('sepia');
    await settle();
    expect(api.reads.length).toBe(reads);
  });

  it('shows the article as soon as it is read, and its key quotes when they are found', async () => {
    let findQuotes: (() => void) | undefined;
    const quotes = [quote('Biggest point', 'Ana Ruiz', 9, true)];
    const api = createFakeApi({
      store: new MemorySettingsStore(),
      read: (_, o, onArticle) => {
        onArticle?.(okResult(articleFor(o)));
        return new Promise((resolve) => {
          findQuotes = () => resolve(okResult(articleFor(o, { quotes })));
        });
      },
    });
    const root = renderPopup(api);
    await waitFor(() => expect(bodyText(root)).toContain('Work starts in May.'));
    expect(root.querySelector('main')?.getAttribute('aria-busy')).toBe('false');
    expect(root.querySelectorAll('.quote')).toHaveLength(0);
    findQuotes!();
    await waitFor(() => expect(root.querySelectorAll('.quote')).toHaveLength(1));
    expect(bodyText(root)).toContain('Work starts in May.');
  });

  it('shows key quotes first, as many as the setting says, and the rest on request', async () => {
    const quotes = [
      quote('Minor point', 'C', 1, false),
      quote('Biggest point', 'Ana Ruiz', 9, true),
      quote('Second point', null, 5, true),
      quote('Another minor', 'D', 2, false),
    ];
    const store = new MemorySettingsStore(toStored({ ...DEFAULT_SETTINGS, keyQuotes: 2 }));
    const api = createFakeApi({ store, read: (_, o) => okResult(articleFor(o, { quotes })) });
    const root = renderPopup(api);
    await waitFor(() => expect(root.querySelectorAll('.quote')).toHaveLength(2));
    const shown = () => [...root.querySelectorAll('.quote blockquote')].map((q) => q.textContent);
    expect(shown()).toEqual(['Biggest point', 'Second point']);
    expect(root.querySelector('.quote .speaker')?.textContent).toBe('Ana Ruiz');
    expect(root.querySelectorAll('.quote .speaker')[1]?.textContent).toBe('Speaker not named');
    const more = root.querySelector<HTMLButtonElement>('.quotes-all')!;
    expect(more.textContent).toBe('Show all 4 quotes');
    more.click();
    await settle();
    expect(shown()).toEqual(['Biggest point', 'Second point', 'Another minor', 'Minor point']);
    expect(more.getAttribute('aria-expanded')).toBe('true');
  });

  it('shortens a long quote until the reader asks for all of it', async () => {
    const long = `${'We will keep building cars here for as long as people want them. '.repeat(6)}`.trim();
    const quotes = [quote(long, 'Ana Ruiz', 9, true)];
    const api = createFakeApi({
      store: new MemorySettingsStore(),
      read: (_, o) => okResult(articleFor(o, { quotes })),
    });
    const root = renderPopup(api);
    await waitFor(() => expect(root.querySelector('.quote')?.classList.contains('is-clamped')).toBe(true));
    // The whole text is there for screen readers and copying; only its display is shortened.
    expect(root.querySelector('.quote blockquote')?.textContent).toBe(long);
    const more = root.querySelector<HTMLButtonElement>('.quote-more')!;
    more.click();
    await settle();
    expect(root.querySelector('.quote')?.classList.contains('is-clamped')).toBe(false);
    expect(more.textContent).toBe('Show less');
  });

  it('shows the sentence that carries the news of a long quote, and the rest on request', async () => {
    const long = `${'We will keep building cars here for as long as people want them. '.repeat(5)}The goal is to make money.`;
    const quotes = [{ ...quote(long, 'Ana Ruiz', 9, true), highlight: 'The goal is to make money.' }];
    const api = createFakeApi({
      store: new MemorySettingsStore(),
      read: (_, o) => okResult(articleFor(o, { quotes })),
    });
    const root = renderPopup(api);
    await waitFor(() =>
      // The highlight ends the quote: a leading "…" only, the words as they stand.
      expect(root.querySelector('.quote blockquote')?.textContent).toBe('… The goal is to make money.'),
    );
    root.querySelector<HTMLButtonElement>('.quote-more')!.click();
    await settle();
    expect(root.querySelector('.quote blockquote')?.textContent).toBe(long);
  });

  it('marks with "…" only the sides where a highlighted quote goes on', () => {
    expect(excerptOf('One. Two, and three. Four.', 'Two, and three.')).toBe('… Two, and three. …');
    expect(excerptOf('One. Two.', 'One.')).toBe('One. …');
    expect(excerptOf('One. Two.', 'Two.')).toBe('… Two.');
  });

  it.each<Problem>(['internal', 'store', 'pdf', 'no-article', 'too-large', 'file-access', 'error', 'no-tab'])(
    'explains the "%s" problem in words',
    async (problem) => {
      const api = createFakeApi({
        store: new MemorySettingsStore(),
        read: () => ({ ok: false, tabId: 3, problem }),
      });
      const root = renderPopup(api);
      await waitFor(() =>
        expect(root.querySelector('.problem h1')?.textContent).toBe(PROBLEM_MESSAGES[problem].title),
      );
      expect(root.querySelector('.problem p')?.textContent).toBe(PROBLEM_MESSAGES[problem].body);
      expect(root.querySelector('[role="status"]')?.textContent).toBe(PROBLEM_MESSAGES[problem].title);
      expect(root.querySelector('#filters')).toBeNull();
    },
  );

  it('turns an unexpected failure while reading into the error message, not a blank popup', async () => {
    const api = createFakeApi({
      store: new MemorySettingsStore(),
      read: () => {
        throw new Error('tabs API exploded');
      },
    });
    const root = renderPopup(api);
    await waitFor(() =>
      expect(root.querySelector('.problem h1')?.textContent).toBe(PROBLEM_MESSAGES.error.title),
    );
    expect(root.querySelector('.problem-detail code')?.textContent).toBe('tabs API exploded');
    expect(root.querySelector('main')?.getAttribute('aria-busy')).toBe('false');
  });

  it('waits for a loading page and reads it once loaded', async () => {
    let loaded = false;
    let release: () => void = () => {};
    const api = createFakeApi({
      store: new MemorySettingsStore(),
      read: (_, o): ReadResult =>
        loaded ? okResult(articleFor(o), 5) : { ok: false, tabId: 5, problem: 'loading' },
      whenTabLoaded: (tabId) =>
        new Promise<void>((resolve) => {
          expect(tabId).toBe(5);
          release = () => {
            loaded = true;
            resolve();
          };
        }),
    });
    const root = renderPopup(api);
    await waitFor(() =>
      expect(root.querySelector('.problem h1')?.textContent).toBe(PROBLEM_MESSAGES.loading.title),
    );
    release();
    await waitFor(() => expect(bodyText(root)).toContain('Work starts'));
  });

  it('renders hostile article HTML inert', async () => {
    const html =
      '<p>Safe text.</p><img src="x" onerror="window.__pwned=1"><script>window.__pwned=1</script><a href="javascript:alert(1)">link</a><iframe src="https://evil.example"></iframe>';
    const api = createFakeApi({
      store: new MemorySettingsStore(),
      read: (_, o) => okResult(articleFor(o, { html })),
    });
    const root = renderPopup(api);
    await waitFor(() => expect(bodyText(root)).toContain('Safe text.'));
    const body = root.querySelector('.article-body')!;
    expect(body.querySelector('script, iframe')).toBeNull();
    expect(body.querySelector('img')?.hasAttribute('onerror')).toBe(false);
    expect(body.querySelector('a')?.getAttribute('href') ?? '').not.toMatch(/javascript/i);
  });

  it('is built from landmarks and labelled switches', async () => {
    const store = new MemorySettingsStore({ version: SETTINGS_VERSION, values: {} });
    const api = createFakeApi({ store, read: (_, o) => okResult(articleFor(o)) });
    const root = renderPopup(api);
    await waitFor(() => expect(bodyText(root)).toContain('Work starts'));
    expect(root.querySelector('header')).not.toBeNull();
    expect(root.querySelector('main')?.getAttribute('aria-busy')).toBe('false');
    const switches = [...root.querySelectorAll<HTMLInputElement>('input[role="switch"]')];
    expect(switches).toHaveLength(8); // seven clutter switches and "Also hide on the page"
    for (const input of switches) {
      expect(input.type).toBe('checkbox');
      expect(input.closest('label')?.textContent?.trim()).not.toBe('');
    }
    const toggle = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Filters')!;
    toggle.click();
    await waitFor(() => expect(root.querySelector<HTMLElement>('#filters')?.hidden).toBe(true));
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    // Remembered: the choice is a setting.
    expect(((await store.read()) as { values: { showFilters: boolean } }).values.showFilters).toBe(false);
    // Once used, the panel starts closed; opening it again doesn't make it start open.
    cleanup?.();
    const again = renderPopup(api);
    await waitFor(() => expect(bodyText(again)).toContain('Work starts'));
    expect(again.querySelector<HTMLElement>('#filters')?.hidden).toBe(true);
    [...again.querySelectorAll('button')].find((b) => b.textContent === 'Filters')!.click();
    await waitFor(() => expect(again.querySelector<HTMLElement>('#filters')?.hidden).toBe(false));
    expect(((await store.read()) as { values: { showFilters: boolean } }).values.showFilters).toBe(false);
  });

  it('opens the options page from the Settings button', async () => {
    const api = createFakeApi({ store: new MemorySettingsStore(), read: (_, o) => okResult(articleFor(o)) });
    const root = renderPopup(api);
    await waitFor(() => expect(bodyText(root)).toContain('Work starts'));
    [...root.querySelectorAll('button')].find((b) => b.textContent === 'Settings')!.click();
    expect(api.optionsOpened).toBe(1);
  });
});

describe('popup typography panel', () => {
  it('opens from the Aa button and sets font, spacing and theme at once', async () => {
    const store = new MemorySettingsStore();
    const api = createFakeApi({ store, read: (_, o) => okResult(articleFor(o)) });
    const root = renderPopup(api);
    await waitFor(() => expect(bodyText(root)).toContain('Work starts'));
    const panel = root.querySelector<HTMLElement>('#typography')!;
    expect(panel.hidden).toBe(true);
    const aa = root.querySelector<HTMLButtonElement>('.typography-button')!;
    expect(aa.querySelector('.visually-hidden')?.textContent).toBe('Text and colours');
    aa.click();
    await waitFor(() => expect(panel.hidden).toBe(false));
    expect(aa.getAttribute('aria-expanded')).toBe('true');
    panel.querySelector<HTMLInputElement>('input[name="font"][value="sans"]')!.click();
    panel.querySelector<HTMLInputElement>('input[name="theme"][value="contrast"]')!.click();
    const spacing = panel.querySelector<HTMLInputElement>('input[name="letterSpacing"]')!;
    spacing.value = '50';
    spacing.dispatchEvent(new Event('input', { bubbles: true }));
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('contrast'));
    const style = document.documentElement.style;
    await waitFor(() => expect(style.getPropertyValue('--letter-spacing')).toBe('0.05em'));
    expect(style.getPropertyValue('--read-font')).toContain('sans-serif');
    const saved = await loadSettings(store);
    expect(saved.typography).toMatchObject({ font: 'sans', letterSpacing: 50 });
    expect(saved.theme).toBe('contrast');
    // Changing the look never re-reads the page.
    expect(api.reads).toHaveLength(1);
  });
});
