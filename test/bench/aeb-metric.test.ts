import { describe, expect, it } from 'vitest';
import {
  bootstrapF1Std,
  corpusScore,
  f1,
  mulberry32,
  pageCounts,
  pagePrecision,
  pageRecall,
  shingles,
  tokenize,
} from '../../bench/lib/aeb-metric';

describe('tokenize', () => {
  it('keeps Unicode letters, digits and underscores, drops punctuation and symbols', () => {
    expect(tokenize('Héllo, wörld! 42_x — 東京 Москва 3.5%')).toEqual([
      'Héllo',
      'wörld',
      '42_x',
      '東京',
      'Москва',
      '3',
      '5',
    ]);
  });

  it('splits at combining marks, which are not letters (the rule taken literally)', () => {
    expect(tokenize('cafe\u0301 ok')).toEqual(['cafe', 'ok']);
  });

  it('is case-sensitive and gives nothing for empty or punctuation-only text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' — … !! ')).toEqual([]);
    expect(pageCounts('A b c d', 'a b c d').tp).toBe(0);
  });
});

describe('shingles', () => {
  it('has none for an empty text and one shingle of all tokens for 1–3 tokens', () => {
    expect(shingles('')).toEqual(new Map());
    expect(shingles('one')).toEqual(new Map([['one', 1]]));
    expect(shingles('one two')).toEqual(new Map([['one two', 1]]));
    expect(shingles('one, two; three')).toEqual(new Map([['one two three', 1]]));
  });

  it('slides a window of four tokens and counts repeats', () => {
    expect(shingles('a b c d')).toEqual(new Map([['a b c d', 1]]));
    expect(shingles('a b c d e')).toEqual(
      new Map([
        ['a b c d', 1],
        ['b c d e', 1],
      ]),
    );
    expect(shingles('a b c d a b c d')).toEqual(
      new Map([
        ['a b c d', 2],
        ['b c d a', 1],
        ['c d a b', 1],
        ['d a b c', 1],
      ]),
    );
  });
});

describe('per-page counts, precision and recall', () => {
  it('normalises tp/fp/fn to shares of their sum', () => {
    // truth {abcd, bcde}, predicted {abcd}: tp 1, fn 1 → halves
    const counts = pageCounts('a b c d e', 'a b c d');
    expect(counts).toEqual({ tp: 0.5, fp: 0, fn: 0.5 });
    expect(pagePrecision(counts)).toBe(1);
    expect(pageRecall(counts)).toBe(0.5);
  });

  it('counts shingles as a multiset on both sides', () => {
    // truth has abcd twice plus 3 others (5); predicted abcd once: tp 1, fn 4
    const missing = pageCounts('a b c d a b c d', 'a b c d');
    expect(missing.tp).toBeCloseTo(0.2);
    expect(missing.fn).toBeCloseTo(0.8);
    expect(pageRecall(missing)).toBeCloseTo(0.2);
    // the mirror image: a repeated prediction is penalised as extra
    const extra = pageCounts('a b c d', 'a b c d a b c d');
    expect(extra.fp).toBeCloseTo(0.8);
    expect(pagePrecision(extra)).toBeCloseTo(0.2);
    expect(pageRecall(extra)).toBe(1);
  });

  it('applies the edge rules: both empty = perfect, nothing right = zero', () => {
    const bothEmpty = pageCounts('', '');
    expect(bothEmpty).toEqual({ tp: 0, fp: 0, fn: 0 });
    expect(pagePrecision(bothEmpty)).toBe(1);
    expect(pageRecall(bothEmpty)).toBe(1);

    const predictedNothing = pageCounts('a b c d', '');
    expect(predictedNothing).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(pagePrecision(predictedNothing)).toBe(0);
    expect(pageRecall(predictedNothing)).toBe(0);

    const truthEmpty = pageCounts('', 'a b c d');
    expect(pagePrecision(truthEmpty)).toBe(0);
    expect(pageRecall(truthEmpty)).toBe(0);

    const exact = pageCounts('Same text here, exactly.', 'Same  text\nhere exactly');
    expect(pagePrecision(exact)).toBe(1);
    expect(pageRecall(exact)).toBe(1);
  });
});

describe('corpus score', () => {
  it('averages precision over pages that predicted something and recall over pages with truth', () => {
    const pages = [
      pageCounts('a b c d e', 'a b c d'), // P 1, R 0.5
      pageCounts('', 'a b c d'), // P 0; no truth → not in recall
      pageCounts('a b c d', ''), // predicted nothing → not in precision; R 0
      pageCounts('', ''), // in neither
    ];
    const score = corpusScore(pages);
    expect(score.precision).toBeCloseTo(0.5);
    expect(score.recall).toBeCloseTo(0.25);
    expect(score.f1).toBeCloseTo(1 / 3);
  });

  it('F1 is the harmonic mean of the means, 0 when both are 0', () => {
    expect(f1(1, 0.5)).toBeCloseTo(2 / 3);
    expect(f1(0, 0)).toBe(0);
    expect(corpusScore([]).f1).toBe(0);
  });
});

describe('bootstrap spread', () => {
  const varied = [
    pageCounts('a b c d e f g', 'a b c d'),
    pageCounts('a b c d', 'a b c d x y z'),
    pageCounts('a b c d', 'a b c d'),
    pageCounts('p q r s t', 'p q r s t'),
  ];

  it('is zero when every page scores the same', () => {
    const same = Array.from({ length: 10 }, () => pageCounts('a b c d e', 'a b c d'));
    expect(bootstrapF1Std(same)).toBeCloseTo(0, 12);
  });

  it('is positive on varied pages and repeatable for a seed', () => {
    const std = bootstrapF1Std(varied, 1000, 7);
    expect(std).toBeGreaterThan(0);
    expect(std).toBeLessThan(0.5);
    expect(bootstrapF1Std(varied, 1000, 7)).toBe(std);
  });

  it('draws from a seeded generator in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const draws = Array.from({ length: 1000 }, () => a());
    expect(draws).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
  });
});
