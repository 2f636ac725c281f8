import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core';
import { articleOf, PROSE } from './page';

const body = `<article><h1>Bridge</h1>${PROSE.map((p) => `<p>${p}</p>`).join('')}</article>`;

describe('metadata', () => {
  it('falls back to JSON-LD for byline, site name and publication time', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        {
          '@type': 'NewsArticle',
          headline: 'Bridge',
          author: [{ '@type': 'Person', name: 'Jo Reporter' }],
          datePublished: '2026-03-01T10:00:00Z',
          publisher: { '@type': 'Organization', name: 'The Gazette' },
        },
      ],
    });
    const article = articleOf(
      `<html lang="en"><head><title>Bridge</title><script type="application/ld+json">${ld}</script></head><body>${body}</body></html>`,
    );
    expect(article.byline).toBe('Jo Reporter');
    expect(article.siteName).toBe('The Gazette');
    expect(article.publishedTime).toBe('2026-03-01T10:00:00Z');
    expect(article.lang).toBe('en');
  });

  it('reads the publication time from a <time> element when nothing else says', () => {
    const article = articleOf(
      `<html><head><title>Bridge</title></head><body><p><time datetime="2026-04-02">2 April</time></p>${body}</body></html>`,
    );
    expect(article.publishedTime).toBe('2026-04-02');
  });

  it('detects right-to-left text without a dir attribute', () => {
    const arabic =
      'قال المجلس إن العمل على الجسر القديم سيبدأ في الربيع وسيستغرق ثمانية عشر شهرا، وسيتم بناء جسر مؤقت للمشاة. ';
    const article = articleOf(
      `<html><head><title>الجسر</title></head><body><article><h1>الجسر</h1><p>${arabic.repeat(3)}</p><p>${arabic.repeat(3)}</p><p>${arabic.repeat(2)}</p></article></body></html>`,
    );
    expect(article.dir).toBe('rtl');
  });

  it('counts words and reading time from the text', () => {
    const article = articleOf(`<html><head><title>Bridge</title></head><body>${body}</body></html>`);
    const words = PROSE.join(' ').split(/\s+/).length;
    expect(Math.abs(article.wordCount - words - 1)).toBeLessThanOrEqual(3);
    expect(article.readingMinutes).toBe(Math.max(1, Math.round(article.wordCount / 230)));
    expect(article.text).toBe(article.paragraphs.join('\n\n'));
  });
});

describe('excerpt and links', () => {
  it('resolves relative links against options.url when the page has no URL of its own', () => {
    const dom = new JSDOM(
      `<html><head><title>Bridge</title></head><body><article><h1>Bridge</h1>${PROSE.map((p) => `<p>${p} <a href="/more">more</a></p>`).join('')}</article></body></html>`,
    );
    const result = extract(dom.window.document, { url: 'https://news.example/2026/bridge' });
    expect(result.ok && result.article.html).toContain('href="https://news.example/more"');
  });

  it('does not use a removed clutter label as the excerpt', () => {
    const article = articleOf(
      `<html><head><title>Bridge</title></head><body><article><h1>Bridge</h1><p>Advertisement</p>${PROSE.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`,
    );
    expect(article.removed.ads.length).toBeGreaterThan(0);
    expect(article.excerpt).toBe(PROSE[0]);
  });
});
