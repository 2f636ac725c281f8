import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { createExtractionCache, stableKey } from '../../src/content/extraction-cache';

const LONG = 'A sentence long enough to be part of an article rather than a clock or a counter.';

function page() {
  const dom = new JSDOM(
    `<!doctype html><body><article><p>${LONG}</p></article><span id="clock">12:00</span></body>`,
    {
      url: 'https://news.example/story',
    },
  );
  const doc = dom.window.document;
  let runs = 0;
  const cache = createExtractionCache<{ run: number }>(doc);
  const read = (options: unknown = { captions: true }) => cache.get(options, () => ({ run: ++runs }));
  return { dom, doc, cache, read, runs: () => runs };
}

describe('the content script extraction cache', () => {
  it('answers a repeat with the same options from the cache, and other options afresh', () => {
    const { read, runs } = page();
    expect(read()).toEqual({ value: { run: 1 }, cache: 'miss' });
    expect(read()).toEqual({ value: { run: 1 }, cache: 'hit' });
    expect(read({ captions: false })).toEqual({ value: { run: 2 }, cache: 'miss' });
    // Flipping back is a hit too: one entry per options key.
    expect(read({ captions: true }).cache).toBe('hit');
    expect(runs()).toBe(2);
  });

  it('treats options with the same values in another key order as the same', () => {
    expect(stableKey({ remove: { ads: true, social: false }, captions: true })).toBe(
      stableKey({ captions: true, remove: { social: false, ads: true } }),
    );
    expect(stableKey({ remove: { ads: true } })).not.toBe(stableKey({ remove: { ads: false } }));
  });

  it('extracts again after a meaningful change to the page, even one made just before asking', () => {
    const { doc, read, cache } = page();
    read();
    const p = doc.createElement('p');
    p.textContent = LONG;
    doc.querySelector('article')!.append(p);
    // No await: the observer has not reported yet; the cache must still see it.
    expect(read().cache).toBe('miss');
    expect(cache.changes).toBe(1);
    expect(read().cache).toBe('hit');

    doc.querySelector('article p')!.remove();
    expect(read().cache).toBe('miss');
    doc.querySelector('article p')!.firstChild!.nodeValue = `${LONG} Updated.`;
    expect(read().cache).toBe('miss');
  });

  it('ignores changes that carry no article text: attributes, short text, scripts', () => {
    const { doc, read, cache } = page();
    read();
    doc.body.className = 'scrolled';
    doc.querySelector('article')!.setAttribute('data-seen', 'yes');
    doc.getElementById('clock')!.textContent = '12:01';
    const script = doc.createElement('script');
    script.textContent = `window.tracker = ${JSON.stringify(LONG)};`;
    doc.body.append(script);
    expect(read().cache).toBe('hit');
    expect(cache.changes).toBe(0);
  });

  it('forgets everything when the URL changes (a single-page site moving on)', () => {
    const { dom, read } = page();
    read();
    dom.window.history.pushState({}, '', '/another-story');
    expect(read().cache).toBe('miss');
    expect(read().cache).toBe('hit');
  });

  it('keeps at most a few entries, dropping the least recently used', () => {
    const { read } = page();
    for (let n = 0; n < 5; n++) read({ n });
    expect(read({ n: 4 }).cache).toBe('hit');
    expect(read({ n: 0 }).cache).toBe('miss');
  });
});
