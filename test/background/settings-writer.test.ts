import { describe, expect, it } from 'vitest';
import { settingsWriter } from '../../src/background/settings-writer';
import { MemorySettingsStore } from '../../src/shared/fake-store';
import type { Reply } from '../../src/shared/messages';
import { loadSettings } from '../../src/shared/settings';

const ORIGIN = 'chrome-extension://abcdefghijklmnop/';
const POPUP = { url: `${ORIGIN}src/popup/index.html?tab=3` };

describe('the background stores settings changes sent by extension pages', () => {
  it('applies quick successive changes in the order they arrive, none lost', async () => {
    const store = new MemorySettingsStore();
    const writer = settingsWriter(store, ORIGIN);
    // Sent back to back, as a popup does before it closes: no change waits for the one before.
    const replies = await Promise.all([
      writer({ pith: 'saveSettings', data: { patch: { captions: false } } }, POPUP),
      writer({ pith: 'saveSettings', data: { patch: { remove: { ads: false } } } }, POPUP),
      writer({ pith: 'saveSettings', data: { patch: { captions: true } } }, POPUP),
    ]);
    expect(replies.every((reply) => reply?.ok)).toBe(true);
    const saved = await loadSettings(store);
    expect(saved.captions).toBe(true);
    expect(saved.remove.ads).toBe(false);
    expect((replies[1] as Extract<Reply<'saveSettings'>, { ok: true }>).value.captions).toBe(false);
  });

  it('refuses a change from a web page’s content script and stores nothing', async () => {
    const store = new MemorySettingsStore();
    const writer = settingsWriter(store, ORIGIN);
    const reply = await writer(
      { pith: 'saveSettings', data: { patch: { captions: false } } },
      { tab: { id: 3 }, url: 'https://news.example/story' },
    );
    expect(reply?.ok).toBe(false);
    expect(await store.read()).toBeUndefined();
  });

  it('leaves other messages to other listeners', () => {
    const writer = settingsWriter(new MemorySettingsStore(), ORIGIN);
    expect(writer({ pith: 'hiddenCount', data: { count: 2 } }, POPUP)).toBeUndefined();
    expect(writer({ hello: 'world' }, POPUP)).toBeUndefined();
  });
});
