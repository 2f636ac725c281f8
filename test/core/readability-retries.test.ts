import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { boundRetries } from '../../src/core/readability-retries';
import { parseHtml } from '../../src/node/load-document';

/** A page whose only text is short: every reading of it finds under 500 characters, so Readability retries. */
const shortPage = () =>
  parseHtml(`<!doctype html><html><head><title>Note</title></head><body>
    <div><p>A short note of a few words, kept by every attempt.</p></div>
    <div class="comment"><p>And a second short line under a class Readability distrusts.</p></div>
  </body></html>`).window.document;

const attemptsOf = (reader: Readability<unknown>) =>
  (reader as unknown as { _attempts: unknown[] })._attempts;

describe('Readability tries a failed reading again only while it may', () => {
  it('is still Readability 0.6: a reading that finds too little is recorded in _attempts and read again, four times in all', () => {
    const reader = new Readability(shortPage());
    let asked = 0;
    boundRetries(reader, () => {
      asked++;
      return true;
    });
    const parsed = reader.parse();
    expect(attemptsOf(reader)).toHaveLength(4);
    expect(asked).toBe(4);
    expect(parsed?.textContent).toContain('A short note');
  });

  it('once it may not, Readability keeps the longest reading it has instead of starting another', () => {
    const free = new Readability(shortPage());
    const freeText = free.parse()?.textContent;
    const reader = new Readability(shortPage());
    boundRetries(reader, () => false);
    const parsed = reader.parse();
    expect(attemptsOf(reader)).toHaveLength(1);
    // The first reading, which left out the distrusted block; the free run's later readings found it.
    expect(parsed?.textContent).toContain('A short note');
    expect(parsed?.textContent).not.toContain('a second short line');
    expect(freeText).toContain('a second short line');
  });

  it('a reading that succeeds at once never asks', () => {
    const long = parseHtml(
      `<!doctype html><html><head><title>T</title></head><body><article>${'<p>A sentence of an article, long enough to count as its text, and then some more words. </p>'.repeat(12)}</article></body></html>`,
    ).window.document;
    const reader = new Readability(long);
    let asked = 0;
    boundRetries(reader, () => {
      asked++;
      return false;
    });
    expect(reader.parse()?.textContent).toContain('A sentence of an article');
    expect(asked).toBe(0);
    expect(attemptsOf(reader)).toHaveLength(0);
  });
});
