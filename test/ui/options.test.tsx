// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { CLUTTER_CATEGORIES } from '../../src/core/types';
import { createFakeApi } from '../../src/shared/extension-api';
import { MemorySettingsStore } from '../../src/shared/fake-store';
import { DEFAULT_SETTINGS, loadSettings, saveSettings, toStored } from '../../src/shared/settings';
import { categoryLabel } from '../../src/ui/labels';
import { OptionsApp } from '../../src/ui/OptionsApp';
import { mount, waitFor } from './helpers';

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  cleanup = undefined;
  delete document.documentElement.dataset.theme;
});

function renderOptions(store: MemorySettingsStore) {
  const api = createFakeApi({ store, read: () => ({ ok: false, tabId: null, problem: 'no-tab' }) });
  const { container, unmount } = mount(<OptionsApp api={api} />);
  cleanup = unmount;
  return container;
}

describe('options page', () => {
  it('has a control for every setting, showing the stored value', async () => {
    const store = new MemorySettingsStore(
      toStored({
        ...DEFAULT_SETTINGS,
        keyQuotes: 7,
        typography: { ...DEFAULT_SETTINGS.typography, size: 19, font: 'mono', align: 'justify' },
        theme: 'light',
        captions: false,
      }),
    );
    const root = renderOptions(store);
    await waitFor(() => expect(root.querySelectorAll('input[role="switch"]')).toHaveLength(9));
    const labels = [...root.querySelectorAll('label.switch')].map((l) => l.textContent);
    for (const category of CLUTTER_CATEGORIES) expect(labels).toContain(categoryLabel(category));
    expect(root.querySelector<HTMLInputElement>('input[name="keyQuotes"]')?.value).toBe('7');
    expect(root.querySelector<HTMLInputElement>('input[name="size"]')?.value).toBe('19');
    expect(root.querySelector<HTMLInputElement>('input[name="font"][value="mono"]')?.checked).toBe(true);
    expect(root.querySelector<HTMLInputElement>('input[name="align"][value="justify"]')?.checked).toBe(true);
    for (const name of ['lineHeight', 'width', 'letterSpacing'])
      expect(root.querySelector(`input[type="range"][name="${name}"]`), name).not.toBeNull();
    for (const theme of ['auto', 'light', 'dark', 'sepia', 'contrast'])
      expect(root.querySelector(`input[name="theme"][value="${theme}"]`), theme).not.toBeNull();
    expect(root.querySelector<HTMLInputElement>('input[name="theme"][value="light"]')?.checked).toBe(true);
    const captions = [...root.querySelectorAll('label.switch')].find((l) =>
      l.textContent?.includes('caption'),
    );
    // Under "Hide from the article", so on means captions are hidden.
    expect(captions?.querySelector('input')?.checked).toBe(true);
    // Every key of the settings has a control (a new setting needs one here too).
    const controls = [
      'remove',
      'captions',
      'keyQuotes',
      'typography',
      'theme',
      'showFilters',
      'hideOnPage',
      'hideBadge',
      'pickedRules',
      'keptBlocks',
    ];
    expect(Object.keys(DEFAULT_SETTINGS).sort()).toEqual(controls.sort());
  });

  it('saves what the reader changes', async () => {
    const store = new MemorySettingsStore();
    const root = renderOptions(store);
    await waitFor(() => expect(root.querySelector('input[name="keyQuotes"]')).not.toBeNull());
    const related = [...root.querySelectorAll('label.switch')]
      .find((l) => l.textContent === categoryLabel('related'))!
      .querySelector('input')!;
    related.click();
    const keyQuotes = root.querySelector<HTMLInputElement>('input[name="keyQuotes"]')!;
    keyQuotes.value = '3';
    keyQuotes.dispatchEvent(new Event('change', { bubbles: true }));
    root.querySelector<HTMLInputElement>('input[name="theme"][value="dark"]')!.click();
    await waitFor(async () => {
      const saved = await loadSettings(store);
      expect(saved.remove.related).toBe(false);
      expect(saved.keyQuotes).toBe(3);
      expect(saved.theme).toBe('dark');
    });
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
  });

  it('follows changes made elsewhere (the popup)', async () => {
    const store = new MemorySettingsStore();
    const root = renderOptions(store);
    await waitFor(() => expect(root.querySelectorAll('input[role="switch"]')).toHaveLength(9));
    await saveSettings(store, { remove: { social: false } });
    const social = () =>
      [...root.querySelectorAll('label.switch')]
        .find((l) => l.textContent === categoryLabel('social'))!
        .querySelector('input')!;
    await waitFor(() => expect(social().checked).toBe(false));
  });
});

describe('options page shortcuts', () => {
  it('lists the shortcuts and opens the browser page that changes them', async () => {
    const store = new MemorySettingsStore();
    const api = createFakeApi({ store, read: () => ({ ok: false, tabId: null, problem: 'no-tab' }) });
    const { container, unmount } = mount(<OptionsApp api={api} />);
    cleanup = unmount;
    await waitFor(() => expect(container.querySelectorAll('.shortcut')).toHaveLength(2));
    const rows = [...container.querySelectorAll('.shortcut')].map((r) => r.textContent);
    expect(rows[0]).toBe('Open Pith for this tabAlt+Shift+R');
    expect(rows[1]).toBe('Read this tab in Pith’s full-tab readerNot set');
    [...container.querySelectorAll('button')].find((b) => b.textContent === 'Change shortcuts')!.click();
    expect(api.shortcutSettingsOpened).toBe(1);
  });
});
