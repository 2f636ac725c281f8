// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeApi } from '../../src/shared/extension-api';
import { MemorySettingsStore } from '../../src/shared/fake-store';
import { DEFAULT_SETTINGS, loadSettings, toStored } from '../../src/shared/settings';
import { OptionsApp } from '../../src/ui/OptionsApp';
import { PopupApp } from '../../src/ui/PopupApp';
import { articleFor, mount, okResult, waitFor } from './helpers';

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  cleanup = undefined;
});

function render(node: preact.VNode) {
  const { container, unmount } = mount(node);
  cleanup = unmount;
  return container;
}
const hideSwitch = (root: HTMLElement) =>
  [...root.querySelectorAll('label.switch')]
    .find((l) => l.textContent?.includes('Also hide on the page'))
    ?.querySelector<HTMLInputElement>('input') ?? null;

function popup(grantSiteAccess = true) {
  const store = new MemorySettingsStore();
  const api = createFakeApi({ store, read: (_, o) => okResult(articleFor(o), 42), grantSiteAccess });
  const root = render(<PopupApp api={api} tabId={42} />);
  return { store, api, root };
}

describe('"Also hide on the page"', () => {
  it('is off by default; turning it on asks for the site, remembers it and shows what the page hid', async () => {
    const { store, api, root } = popup();
    await waitFor(() => expect(hideSwitch(root)).not.toBeNull());
    const control = hideSwitch(root)!;
    expect(control.checked).toBe(false);
    expect(api.hides.at(-1)).toMatchObject({ tabId: 42, on: false });
    control.click();
    await waitFor(() => expect(api.siteAccess.has('https://city.example')).toBe(true));
    await waitFor(async () =>
      expect((await loadSettings(store)).hideOnPage).toEqual({ 'https://city.example': true }),
    );
    await waitFor(() => expect(api.hides.at(-1)).toMatchObject({ tabId: 42, on: true }));
    // The fake page hides one block per category switched on: six.
    await waitFor(() =>
      expect(root.querySelector('.page-hiding-status')?.textContent).toBe('Hidden on this page: 6'),
    );

    // A switch turned off is passed on, and the count follows.
    [...root.querySelectorAll('label.switch')]
      .find((l) => l.textContent?.includes('Ads'))
      ?.querySelector('input')
      ?.click();
    await waitFor(() => expect(api.hides.at(-1)?.options.remove?.ads).toBe(false));
    await waitFor(() =>
      expect(root.querySelector('.page-hiding-status')?.textContent).toBe('Hidden on this page: 5'),
    );

    hideSwitch(root)!.click();
    await waitFor(async () => expect((await loadSettings(store)).hideOnPage).toEqual({}));
    await waitFor(() => expect(api.hides.at(-1)?.on).toBe(false));
  });

  it('stays off and says why when the reader refuses the permission', async () => {
    const { store, root } = popup(false);
    await waitFor(() => expect(hideSwitch(root)).not.toBeNull());
    hideSwitch(root)!.click();
    await waitFor(() =>
      expect(root.querySelector('.page-hiding-status')?.textContent).toBe(
        "Without access to this site, Pith can't hide anything on it.",
      ),
    );
    await waitFor(async () => expect((await loadSettings(store)).hideOnPage).toEqual({}));
    expect(hideSwitch(root)!.checked).toBe(false);
  });
});

describe('"Hide something else…"', () => {
  it('starts the picker on the page the popup read, and says how to use it', async () => {
    const { api, root } = popup();
    await waitFor(() => expect(root.querySelector('.page-hiding-pick')).not.toBeNull());
    root.querySelector<HTMLButtonElement>('.page-hiding-pick')!.click();
    await waitFor(() => expect(api.picks).toEqual([42]));
    await waitFor(() =>
      expect(root.querySelector('.page-hiding-status')?.textContent).toMatch(/Enter picks it/),
    );
  });

  it('lists the picked rules on the options page, each with Delete', async () => {
    const store = new MemorySettingsStore(
      toStored({ ...DEFAULT_SETTINGS, pickedRules: { 'https://a.example': ['div.promo-card', '#ad-top'] } }),
    );
    const api = createFakeApi({ store, read: (_, o) => okResult(articleFor(o)) });
    const root = render(<OptionsApp api={api} />);
    await waitFor(() => expect(root.querySelectorAll('.picked-rules li')).toHaveLength(2));
    root
      .querySelector<HTMLButtonElement>('button[aria-label="Delete the rule https://a.example #ad-top"]')!
      .click();
    await waitFor(async () =>
      expect((await loadSettings(store)).pickedRules).toEqual({ 'https://a.example': ['div.promo-card'] }),
    );
  });
});

describe('options page: sites with hiding on', () => {
  it('lists them, and "Forget" takes the site off and gives up its access', async () => {
    const store = new MemorySettingsStore(
      toStored({ ...DEFAULT_SETTINGS, hideOnPage: { 'https://b.example': true, 'https://a.example': true } }),
    );
    const api = createFakeApi({ store, read: (_, o) => okResult(articleFor(o)) });
    await api.requestSiteAccess!('https://a.example');
    const root = render(<OptionsApp api={api} />);
    await waitFor(() => expect(root.querySelectorAll('.hidden-sites li')).toHaveLength(2));
    expect([...root.querySelectorAll('.hidden-site')].map((s) => s.textContent)).toEqual([
      'https://a.example',
      'https://b.example',
    ]);
    root.querySelector<HTMLButtonElement>('button[aria-label^="Forget https://a.example"]')!.click();
    await waitFor(async () =>
      expect((await loadSettings(store)).hideOnPage).toEqual({ 'https://b.example': true }),
    );
    expect(api.siteAccess.has('https://a.example')).toBe(false);
    await waitFor(() => expect(root.querySelectorAll('.hidden-sites li')).toHaveLength(1));
  });
});
