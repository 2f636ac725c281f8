/**
 * Key-quotes benchmark: span precision/recall/F1 and speaker accuracy on the
 * labelled set (test/quotes/corpus/*.json and test/fixtures/<name>/quotes.json),
 * and milliseconds per article for findQuotes beside the whole extract().
 * Usage: npm run bench:quotes [-- --errors]
 */
import { findQuotes } from '../src/core/quotes';
import { fixtureNames, loadFixture } from '../test/quotes/fixtures';
import {
  emptyScore,
  type LabelledArticle,
  loadCorpus,
  scoreArticle,
  summarize,
} from '../test/quotes/scoring';

const REPEATS = 20;

function timeQuotes(article: LabelledArticle): number {
  const context = { title: article.title, excerpt: article.excerpt };
  const started = performance.now();
  for (let i = 0; i < REPEATS; i++) findQuotes(article.paragraphs, context);
  return (performance.now() - started) / REPEATS;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function line(label: string, articles: LabelledArticle[]): ReturnType<typeof emptyScore> {
  const score = emptyScore();
  for (const a of articles) scoreArticle(a.name, findQuotes(a.paragraphs, a), a.quotes, score);
  const s = summarize(score);
  const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
  console.log(
    `${label.padEnd(10)} articles ${String(articles.length).padStart(3)}  quotes ${String(score.labelled).padStart(3)}  ` +
      `P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)} (exact ${pct(s.exactF1)})  speaker ${pct(s.speakerAccuracy)} (${score.speakersRight}/${score.matched})`,
  );
  return score;
}

const corpus = loadCorpus();
const fixtures: LabelledArticle[] = [];
const extractMs: number[] = [];
for (const name of fixtureNames()) {
  const fixture = await loadFixture(name);
  if (!fixture) {
    console.log(`fixture ${name}: extract() found no article, skipped`);
    continue;
  }
  if (fixture.unplaced.length > 0)
    console.log(`fixture ${name}: labels not placed: ${fixture.unplaced.join(' | ')}`);
  fixtures.push(fixture);
  extractMs.push(fixture.extractMs);
}

console.log(
  'Key quotes (match: same words after normalising, or ≥ 80% word overlap both ways; exact: same words only)',
);
const scores = [line('corpus', corpus), line('fixtures', fixtures), line('all', [...corpus, ...fixtures])];
const everything = [...corpus, ...fixtures];
// Warm the JIT on the whole set first: the popup calls findQuotes in a long-lived content script.
for (let i = 0; i < 3; i++) for (const a of everything) findQuotes(a.paragraphs, a);
const times = everything.map(timeQuotes);
console.log(
  `findQuotes ms/article: median ${percentile(times, 50).toFixed(3)}  p95 ${percentile(times, 95).toFixed(3)}` +
    (extractMs.length > 0
      ? `   |  extract() on fixtures: median ${percentile(extractMs, 50).toFixed(1)}  p95 ${percentile(extractMs, 95).toFixed(1)}`
      : ''),
);
if (process.argv.includes('--errors')) console.log(`\n${scores[2]!.errors.join('\n')}`);
