import { afterEach, describe, expect, it, vi } from 'vitest';

type Listener = (message: unknown, sender: unknown, sendResponse: (reply: unknown) => void) => boolean;

/** A fake `chrome` global (promise-returning, as in MV3) and, optionally, something else named `browser`. */
async function load(browser?: unknown) {
  const listeners: Listener[] = [];
  const sent: unknown[] = [];
  const scope = globalThis as Record<string, unknown>;
  scope.chrome = {
    runtime: {
      id: 'pith',
      onMessage: { addListener: (listener: Listener) => listeners.push(listener) },
      sendMessage: async (message: unknown) => {
        sent.push(message);
        return { ok: true, value: { shown: true } };
      },
    },
    storage: {
      sync: { get: async () => ({}), set: async () => {} },
      onChanged: { addListener: () => {}, removeListener: () => {} },
    },
  };
  if (browser !== undefined) scope.browser = browser;
  vi.resetModules();
  const module = await import('../../src/content/extension-global');
  return { module, listeners, sent };
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).chrome;
  delete (globalThis as Record<string, unknown>).browser;
});

describe("the content script's extension adapter", () => {
  it('answers a message through sendResponse with what the listener resolves to', async () => {
    const { module, listeners } = await load();
    module.onMessage((message) => (message === 'ours' ? Promise.resolve({ ok: true }) : undefined));
    const replies: unknown[] = [];
    expect(listeners[0]!('ours', {}, (reply) => replies.push(reply))).toBe(true);
    // Not ours: no answer, and the channel is not held open.
    expect(listeners[0]!('theirs', {}, (reply) => replies.push(reply))).toBe(false);
    await Promise.resolve();
    expect(replies).toEqual([{ ok: true }]);
  });

  it('turns a rejected listener into an error reply', async () => {
    const { module, listeners } = await load();
    module.onMessage(() => Promise.reject(new Error('boom')));
    const replies: unknown[] = [];
    listeners[0]!('ours', {}, (reply) => replies.push(reply));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(replies).toEqual([{ ok: false, error: 'boom' }]);
  });

  it("uses chrome when the page's markup put something else at window.browser", async () => {
    const { module, sent } = await load({ id: 'browser', tagName: 'DIV' });
    await module.sendMessage({ pith: 'hiddenCount', data: { count: 1 } });
    expect(sent).toEqual([{ pith: 'hiddenCount', data: { count: 1 } }]);
  });
});
