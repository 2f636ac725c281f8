import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/core/quotes';
import { externalLabelFiles, loadExternalArticles } from './external-pages';
import { fixtureNames, loadFixture } from './fixtures';
import {
  emptyScore,
  FIXTURES_DIR,
  type LabelledArticle,
  loadCorpus,
  scoreArticle,
  summarize,
  textOverlap,
} from './scoring';
import { loadSharedArticles, sharedArticleName, sharedLabelFiles } from './shared-bench';
import { type Half, halfOf, isTunedOn } from './split';

/**
 * Regression guards on the labelled set (see test/quotes/README.md), split by a hash of
 * each article's id into a tuning half and a blind half (test/quotes/split.ts). The
 * floors sit a little under what the rules reach today on each half; the blind floors
 * are lower because nothing was tuned on those articles — they are real, not targets.
 * The shared-bench articles read their text from ../shared/bench and are skipped, with
 * a note, when it is absent.
 */
const FLOORS: Record<Half, { f1: number; speakers: number }> = {
  // Today (bench:quotes 'all' lines, 2026-12-04): tuning F1 0.974, speakers 0.987; blind F1 0.942,
  // speakers 0.808. (Floors raised as both halves rose: gender, fragment-subject and role rules, then
  // the dialogue, repeat and title rules.)
  tuning: { f1: 0.94, speakers: 0.96 },
  blind: { f1: 0.91, speakers: 0.78 },
};

function scoreOf(articles: readonly LabelledArticle[]) {
  const score = emptyScore();
  for (const article of articles)
    scoreArticle(article.name, findQuotes(article.paragraphs, article), article.quotes, score);
  return { score, ...summarize(score) };
}

const corpus = loadCorpus();
const shared = loadSharedArticles();
if (shared.missing) console.warn(shared.missing);

describe('labelled corpus', () => {
  it('has at least 25 labelled articles in several styles and 60 benchmark-page labels', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(25);
    expect(sharedLabelFiles().length).toBeGreaterThanOrEqual(60);
  });

  it('splits by id into two halves of similar size (articles written to tune on aside)', () => {
    const ids = [...corpus.map((a) => a.name), ...sharedLabelFiles().map(sharedArticleName)].filter(
      (id) => !isTunedOn(id),
    );
    const blind = ids.filter((id) => halfOf(id) === 'blind').length;
    expect(blind / ids.length).toBeGreaterThan(0.35);
    expect(blind / ids.length).toBeLessThan(0.65);
  });

  for (const half of ['tuning', 'blind'] as const) {
    it(`keeps span F1 and speaker accuracy above their floors on the ${half} half`, () => {
      const articles = [...corpus, ...shared.articles].filter((a) => halfOf(a.name) === half);
      const { score, f1, speakerAccuracy } = scoreOf(articles);
      expect(f1, score.errors.join('\n')).toBeGreaterThanOrEqual(FLOORS[half].f1);
      expect(speakerAccuracy, score.errors.join('\n')).toBeGreaterThanOrEqual(FLOORS[half].speakers);
    });
  }
});

/**
 * Real pages outside ../shared/bench (test/quotes/external-pages.ts), read from local clones of
 * their repositories; skipped with a note when the clones are absent (as on CI, which has no
 * network but npm's). Floors a little under today's figures (stop 30, bench:quotes 'external'
 * lines, 120 pages): tuning F1 0.944, speakers 0.865; blind F1 0.946, speakers 0.662.
 */
const EXTERNAL_FLOORS: Record<Half, { f1: number; speakers: number }> = {
  tuning: { f1: 0.92, speakers: 0.8 },
  blind: { f1: 0.92, speakers: 0.6 },
};

describe('labelled external pages', () => {
  // Read once for both halves: each page goes through the whole extract().
  let loaded: ReturnType<typeof loadExternalArticles> | null = null;

  it('has at least 60 labelled pages in at least 8 languages', () => {
    const labels = externalLabelFiles().map(({ label }) => label);
    expect(labels.length).toBeGreaterThanOrEqual(60);
    expect(new Set(labels.map((l) => l.lang.slice(0, 2).toLowerCase())).size).toBeGreaterThanOrEqual(8);
  });

  for (const half of ['tuning', 'blind'] as const) {
    it(`keeps span F1 and speaker accuracy above their floors on the ${half} half`, async (context) => {
      loaded ??= loadExternalArticles();
      const external = await loaded;
      if (external.articles.length === 0) {
        console.warn(external.missing ?? 'no external pages');
        context.skip();
      }
      const articles = external.articles.filter((a) => halfOf(a.name) === half);
      const { score, f1, speakerAccuracy } = scoreOf(articles);
      expect(f1, score.errors.join('\n')).toBeGreaterThanOrEqual(EXTERNAL_FLOORS[half].f1);
      expect(speakerAccuracy, score.errors.join('\n')).toBeGreaterThanOrEqual(EXTERNAL_FLOORS[half].speakers);
    }, 120_000);
  }
});

const names = fixtureNames();

describe.skipIf(names.length === 0)('golden page fixtures (real extract())', () => {
  it('keeps span F1 and speaker accuracy above their floors', async () => {
    const fixtures: LabelledArticle[] = [];
    for (const name of names) {
      const fixture = await loadFixture(name);
      if (fixture) fixtures.push(fixture);
    }
    const { score, f1, speakerAccuracy } = scoreOf(fixtures);
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
