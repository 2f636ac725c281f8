import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { WorkBudget } from '../../src/core/budget';
import { extractWithin } from '../../src/core/extract';
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

  it('given up, it makes one last reading with every rule off when the page may hold an article', () => {
    const reader = new Readability(shortPage());
    boundRetries(
      reader,
      () => false,
      () => true,
    );
    const parsed = reader.parse();
    // The first reading and Readability's own last one (no rule on), nothing between.
    expect(attemptsOf(reader)).toHaveLength(2);
    expect(parsed?.textContent).toContain('a second short line');
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

describe('a page read when no time is left for retries', () => {
  // The article sits in a wrapper whose class Readability's first reading strips as unlikely.
  const page = () =>
    parseHtml(
      `<!doctype html><html lang="en"><head><title>Bridge</title></head><body><div class="sidebar-layout">${'<p>The council voted on Tuesday to rebuild the old stone bridge, which has been closed to traffic since the spring floods damaged two of its arches. </p>'.repeat(20)}</div></body></html>`,
      'https://news.example/bridge',
    ).window.document;

  it('is still read as an article, not refused', () => {
    const noRetries = new WorkBudget({ ms: 8_000, copyMs: 4_000, retryMs: 0 });
    const result = extractWithin(page(), {}, noRetries);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.article.text).toContain('rebuild the old stone bridge');
  });
});
