/**
 * Key-quotes benchmark: span precision/recall/F1 and speaker accuracy on the labelled
 * set — test/quotes/corpus/*.json, test/fixtures/<name>/quotes.json, and labels for real
 * pages of ../shared/bench (test/quotes/shared-labels, text read from the benchmark) and
 * of public repositories' test pages (test/quotes/external-labels, read from a local clone) —
 * each split by a hash of the article id into a tuning half and a blind half
 * (test/quotes/split.ts). Tune on the tuning half; report the blind half.
 * Also milliseconds per article for findQuotes beside the whole extract().
 * Usage: npm run bench:quotes [-- --errors] [-- --errors=blind|tuning]
 */
import { findQuotes } from '../src/core/quotes';
import { loadExternalArticles } from '../test/quotes/external-pages';
import { fixtureNames, loadFixture } from '../test/quotes/fixtures';
import {
  emptyScore,
  type LabelledArticle,
  loadCorpus,
  type Score,
  scoreArticle,
  summarize,
} from '../test/quotes/scoring';
import { loadSharedArticles } from '../test/quotes/shared-bench';
import { type Half, halfOf } from '../test/quotes/split';

const REPEATS = 20;

function timeQuotes(article: LabelledArticle): number {
  const context = { title: article.title, excerpt: article.excerpt, lang: article.lang };
  const started = performance.now();
  for (let i = 0; i < REPEATS; i++) findQuotes(article.paragraphs, context);
  return (performance.now() - started) / REPEATS;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

function line(label: string, articles: LabelledArticle[]): Score {
  const score = emptyScore();
  for (const a of articles) scoreArticle(a.name, findQuotes(a.paragraphs, a), a.quotes, score);
  const s = summarize(score);
  const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
  console.log(
    `${label.padEnd(18)} articles ${String(articles.length).padStart(3)}  quotes ${String(score.labelled).padStart(4)}  ` +
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
const shared = loadSharedArticles();
if (shared.missing) console.log(shared.missing);
const external = await loadExternalArticles();
if (external.missing) console.log(external.missing);

const sets: [string, LabelledArticle[]][] = [
  ['corpus', corpus],
  ['fixtures', fixtures],
  ['shared-bench', shared.articles],
  ['external', external.articles],
];
const everything = sets.flatMap(([, articles]) => articles);
const inHalf = (articles: LabelledArticle[], half: Half) => articles.filter((a) => halfOf(a.name) === half);

console.log(
  'Key quotes (match: same words after normalising, or ≥ 80% word overlap both ways; exact: same words only)',
);
const byHalf: Record<Half, Score> = { tuning: emptyScore(), blind: emptyScore() };
for (const half of ['tuning', 'blind'] as const) {
  console.log(
    `\n${half.toUpperCase()} half${half === 'blind' ? ' (the figure to report; never tune on it)' : ''}`,
  );
  for (const [label, articles] of sets) line(`  ${label}`, inHalf(articles, half));
  byHalf[half] = line(`  all ${half}`, inHalf(everything, half));
  const misses = byHalf[half].speakerMisses;
  console.log(
    `  speaker misses: none given ${misses.none}, another name ${misses.other}, a name where the text names no one ${misses.invented}`,
  );
}

const languages = [...new Set(everything.map((a) => a.lang).filter((l): l is string => !!l))].sort();
if (languages.length > 0) {
  console.log('\nby language, every set (both halves)');
  for (const lang of languages)
    line(
      `  ${lang}`,
      everything.filter((a) => a.lang === lang),
    );
}

// Warm the JIT on the whole set first: the popup calls findQuotes in a long-lived content script.
for (let i = 0; i < 3; i++) for (const a of everything) findQuotes(a.paragraphs, a);
const times = everything.map(timeQuotes);
console.log(
  `\nfindQuotes ms/article (${everything.length} articles): median ${percentile(times, 50).toFixed(3)}  p95 ${percentile(times, 95).toFixed(3)}  max ${percentile(times, 100).toFixed(3)}` +
    (extractMs.length > 0
      ? `   |  extract() on fixtures: median ${percentile(extractMs, 50).toFixed(1)}  p95 ${percentile(extractMs, 95).toFixed(1)}`
      : ''),
);
const errorsArg = process.argv.find((a) => a.startsWith('--errors'));
if (errorsArg) {
  const only = errorsArg.split('=')[1] as Half | undefined;
  for (const half of ['tuning', 'blind'] as const)
    if (!only || only === half) console.log(`\n${half} errors:\n${byHalf[half].errors.join('\n')}`);
}
