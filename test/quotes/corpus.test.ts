import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/core/quotes';
import { fixtureNames, loadFixture } from './fixtures';
import { emptyScore, FIXTURES_DIR, loadCorpus, scoreArticle, summarize, textOverlap } from './scoring';

/**
 * Regression guards on the labelled set (see test/quotes/README.md). The floors sit
 * a little under what the rules reach today (corpus: F1 0.99, speakers 0.96;
 * fixtures: F1 1.00, speakers 1.00), so a change that loses quotes or speakers fails here.
 */
describe('labelled corpus', () => {
  const corpus = loadCorpus();

  it('has at least 25 labelled articles in several styles', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(25);
  });

  it('keeps span F1 and speaker accuracy above their floors', () => {
    const score = emptyScore();
    for (const article of corpus)
      scoreArticle(article.name, findQuotes(article.paragraphs, article), article.quotes, score);
    const { f1, speakerAccuracy } = summarize(score);
    expect(f1, score.errors.join('\n')).toBeGreaterThanOrEqual(0.97);
    expect(speakerAccuracy, score.errors.join('\n')).toBeGreaterThanOrEqual(0.93);
  });
});

const names = fixtureNames();

describe.skipIf(names.length === 0)('golden page fixtures (real extract())', () => {
  it('keeps span F1 and speaker accuracy above their floors', async () => {
    const score = emptyScore();
    for (const name of names) {
      const fixture = await loadFixture(name);
      if (!fixture) continue;
      scoreArticle(fixture.name, findQuotes(fixture.paragraphs, fixture), fixture.quotes, score);
    }
    const { f1, speakerAccuracy } = summarize(score);
    expect(f1, score.errors.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(speakerAccuracy, score.errors.join('\n')).toBeGreaterThanOrEqual(0.94);
  });
});

const NISSAN = join(FIXTURES_DIR, 'nissan', 'source.html');
const GOAL = 'The goal for me is not to sell more cars, it’s to make more money.';

// The Nissan fixture is written by the fixtures work; until it lands this is skipped.
describe.skipIf(!existsSync(NISSAN))('Nissan article (test/fixtures/nissan)', () => {
  it('finds every quote, all by Ivan Espinosa, with the “goal” sentence as a key highlight', async () => {
    const fixture = await loadFixture('nissan');
    expect(fixture).not.toBeNull();
    const quotes = findQuotes(fixture!.paragraphs, fixture!);
    for (const label of fixture!.quotes) {
      expect(
        quotes.some((q) => textOverlap(q.text, label.text) >= 0.8),
        label.text,
      ).toBe(true);
    }
    expect(quotes.length).toBe(fixture!.quotes.length);
    for (const quote of quotes) expect(quote.speaker).toEqual({ name: 'Ivan Espinosa', role: 'Nissan CEO' });
    const goal = quotes.find((q) => q.text.includes(GOAL));
    expect(goal?.key).toBe(true);
    expect(goal?.highlight).toBe(GOAL);
    expect(quotes.some((q) => /\bopen\b/.test(q.text) && q.text.split(' ').length <= 2)).toBe(false);
  });
});
