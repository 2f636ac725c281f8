import { describe, expect, it } from 'vitest';
import { handle, send, type Transport } from '../../src/shared/messages';

const page = {
  ok: false as const,
  reason: 'no-article' as const,
  message: 'x',
  contentType: 'text/html',
  url: 'u',
};

describe('message protocol', () => {
  it('delivers a request to its handler and the answer back', async () => {
    const listener = handle({
      ping: () => ({ ready: true }),
      extract: ({ options }) => ({ ...page, url: String(options.captions) }),
    });
    const transport: Transport = async (envelope) => listener(envelope);
    expect(await send(transport, 'ping', {})).toEqual({ ok: true, value: { ready: true } });
    expect(await send(transport, 'extract', { options: { captions: false } })).toEqual({
      ok: true,
      value: { ...page, url: 'false' },
    });
  });

  it('brings a handler error back as a value', async () => {
    const listener = handle({
      extract: () => {
        throw new Error('page exploded');
      },
    });
    expect(await send(async (e) => listener(e), 'extract', { options: {} })).toEqual({
      ok: false,
      error: 'page exploded',
    });
  });

  it('turns a failed transport (no receiver) into a value too', async () => {
    const reply = await send(
      () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')),
      'ping',
      {},
    );
    expect(reply).toEqual({
      ok: false,
      error: 'Could not establish connection. Receiving end does not exist.',
    });
  });

  it('leaves foreign messages and messages it has no handler for to other listeners', async () => {
    const listener = handle({ ping: () => ({ ready: true }) });
    expect(listener({ type: 'someone-else' })).toBeUndefined();
    expect(listener('hello')).toBeUndefined();
    expect(listener({ pith: 'extract', data: { options: {} } })).toBeUndefined();
    expect(await send(async (e) => listener(e), 'extract', { options: {} })).toEqual({
      ok: false,
      error: 'No answer to "extract".',
    });
  });
});
