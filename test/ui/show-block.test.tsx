// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeApi } from '../../src/shared/extension-api';
import { MemorySettingsStore } from '../../src/shared/fake-store';
import { keptFor, loadSettings } from '../../src/shared/settings';
import { PopupApp } from '../../src/ui/PopupApp';
import { articleFor, mount, okResult, waitFor } from './helpers';

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  cleanup = undefined;
});

/** The page okResult() reads. */
const PAGE = 'https://city.example/tram';

describe('popup: "Show" one removed block', () => {
  it('puts that block back, remembers it for the page, and "Remove again" undoes it', async () => {
    const store = new MemorySettingsStore();
    // As the content script does: the page's kept blocks come from the stored settings.
    const api = createFakeApi({
      store,
      read: async (_, options) =>
        okResult(articleFor({ ...options, keep: keptFor(await loadSettings(store), PAGE) })),
    });
    const { container: root, unmount } = mount(<PopupApp api={api} tabId={3} />);
    cleanup = unmount;
    const body = () => root.querySelector('.article-body')?.textContent ?? '';
    await waitFor(() => expect(body()).toContain('Work starts'));
    expect(body()).not.toContain('kettle');

    const show = root.querySelector<HTMLButtonElement>('.removed li button')!;
    expect(show.textContent).toBe('Show');
    expect(show.getAttribute('aria-label')).toBe('Show “Buy a better kettle today.” in the article');
    const readsBefore = api.reads.length;
    show.click();
    await waitFor(() => expect(body()).toContain('kettle'));
    expect(api.reads.length).toBeGreaterThan(readsBefore);
    expect(keptFor(await loadSettings(store), PAGE)).toEqual(['ad1']);
    // Only the appeal is still counted as removed; the ad is listed as shown, with "Remove again".
    expect(root.querySelector('.removed summary')?.textContent).toBe('Removed 1 donation appeal');
    const again = [...root.querySelectorAll<HTMLButtonElement>('.removed li button')].find(
      (b) => b.textContent === 'Remove again',
    )!;
    expect(again.closest('li')?.textContent).toContain('shown');
    again.click();
    await waitFor(() => expect(body()).not.toContain('kettle'));
    expect((await loadSettings(store)).keptBlocks).toEqual({});
  });
});
