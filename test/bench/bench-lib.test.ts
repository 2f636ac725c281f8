import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from '../../bench/lib/args';
import type { BenchPage } from '../../bench/lib/corpora';
import { fnv1a, halfOf } from '../../bench/lib/halves';
import { formatDetails } from '../../bench/lib/report';
import type { PageResult } from '../../bench/lib/run-page';
import { score, takingTurns } from '../../bench/lib/run-page';
import { countNonEmpty, isReferenceText, judgeableSnippets, presentSnippets } from '../../bench/lib/snippets';
import { quantile, summarize } from '../../bench/lib/summary';

describe('snippet matching', () => {
  it('is a case-insensitive substring test after collapsing whitespace on both sides', () => {
    const output = 'The Mayor said:\n\n  “We   will build it.”  Subscribe to our newsletter';
    expect(
      presentSnippets(output, ['the mayor SAID: “we will', 'subscribe to our\nnewsletter', 'Share on X']),
    ).toEqual(['the mayor SAID: “we will', 'subscribe to our\nnewsletter']);
  });

  it('never counts empty snippets as present or in the total', () => {
    expect(presentSnippets('anything', ['', '   '])).toEqual([]);
    expect(countNonEmpty(['', ' ', 'x'])).toBe(1);
  });
});

describe('bench summary', () => {
  const page = (id: string, truth: string, withs: string[], withouts: string[]): BenchPage => ({
    corpus: 'wcxb',
    id,
    htmlPath: `${id}.html.gz`,
    url: `https://example.org/${id}`,
    truth,
    with: withs,
    without: withouts,
  });
  const result = (p: BenchPage, text: string, ms: number): PageResult => ({
    corpus: p.corpus,
    id: p.id,
    url: p.url,
    results: { pith: score(p, text, ms) },
  });

  it('pools keep and leak rates over pages and skips skipped pages', () => {
    const a = page('a', 'one two three four five', ['one two', 'four five'], ['Menu']);
    const b = page('b', 'six seven eight nine', ['six seven', 'eight'], ['Share', 'Login', 'Ads']);
    const results = [
      result(a, 'one two three four five Menu', 10), // keeps 2/2, leaks 1/1
      result(b, 'six seven Login', 30), // keeps 1/2, leaks 1/3
      { corpus: 'wcxb', id: 'c', url: 'u', skipped: 'jsdom: boom', results: {} },
    ];
    const summary = summarize(results, 'pith')!;
    expect(summary.pages).toBe(2);
    expect(summary.keepRate).toBeCloseTo(3 / 4);
    expect(summary.leakRate).toBeCloseTo(2 / 4);
    expect(summary.medianMs).toBe(20);
    expect(summarize(results, 'readability')).toBeNull();
  });

  it('takes quantiles with linear interpolation', () => {
    expect(quantile([5, 1, 3], 0.5)).toBe(3);
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([0, 10], 0.95)).toBeCloseTo(9.5);
    expect(quantile([], 0.5)).toBeNaN();
  });
});

describe('bench arguments', () => {
  it('defaults to both corpora and every extractor', () => {
    const args = parseBenchArgs([]);
    expect(args.corpora).toEqual(['aeb', 'wcxb']);
    expect(args.extractors.sort()).toEqual(['pith', 'readability', 'readability-clone']);
    expect(args.limit).toBe(Number.POSITIVE_INFINITY);
  });

  it('runs the extractors --only names, the captions-off variant among them', () => {
    expect(parseBenchArgs(['--only', 'pith,pith-no-captions']).extractors).toEqual([
      'pith',
      'pith-no-captions',
    ]);
    expect(() => parseBenchArgs(['--only', 'pith,boilerpipe'])).toThrow(/pith-no-captions/);
  });

  it('rejects unknown corpora, extractors and bad limits', () => {
    expect(() => parseBenchArgs(['--corpus', 'cc'])).toThrow(/aeb, wcxb, all/);
    expect(() => parseBenchArgs(['--only', 'boilerpipe'])).toThrow(/readability, readability-clone, pith/);
    expect(() => parseBenchArgs(['--limit', '0'])).toThrow(/at least 1/);
    expect(() => parseBenchArgs(['--limit', 'ten'])).toThrow(/whole number/);
  });
});

describe('takingTurns', () => {
  it('lets each extractor go first in turn', () => {
    const names = ['a', 'b', 'c'];
    expect([0, 1, 2, 3].map((i) => takingTurns(names, i)[0])).toEqual(['a', 'b', 'c', 'a']);
    expect(takingTurns(names, 1)).toEqual(['b', 'c', 'a']);
  });
});

describe('blind half and removal measures', () => {
  it('splits ids by a stable hash into two halves of about equal size', () => {
    expect(fnv1a('a')).toBe(0xe40c292c);
    const ids = Array.from({ length: 400 }, (_, i) => `page-${i}`);
    const tune = ids.filter((id) => halfOf(id) === 'tune').length;
    expect(tune).toBeGreaterThan(150);
    expect(tune).toBeLessThan(250);
    expect(ids.map(halfOf)).toEqual(ids.map(halfOf));
  });

  it('leaves out of the leak rate `without` snippets the reference text holds', () => {
    expect(judgeableSnippets('Subscribe to the story here', ['subscribe', 'Sign up now', ''])).toEqual([
      'Sign up now',
    ]);
    const p: BenchPage = {
      corpus: 'wcxb',
      id: 'x',
      htmlPath: 'x',
      url: 'u',
      truth: 'We went home. Subscribe is a verb.',
      with: [],
      without: ['Subscribe', 'Share this'],
    };
    const r = score(p, 'We went home. Subscribe. Share this', 1);
    expect(r.withoutTotal).toBe(1);
    expect(r.leaked).toEqual(['Share this']);
  });

  it('counts removed blocks whose token run is in the reference text', () => {
    const truth = 'The mayor said, “we will build it.” Then she left today.';
    expect(isReferenceText('we will build it', truth)).toBe(true);
    expect(isReferenceText('We will build it', truth)).toBe(false);
    expect(isReferenceText('Share this article', truth)).toBe(false);
    expect(isReferenceText('…', truth)).toBe(false);
    const p: BenchPage = { corpus: 'aeb', id: 'y', htmlPath: 'y', url: 'u', truth };
    const r = score(p, 'x', 1, undefined, [
      { text: 'Then she left today', category: 'related' },
      { text: 'Advertisement', category: 'ads' },
      { text: 'Read more today', category: 'related' },
    ]);
    expect([r.removedBlocks, r.removedReference]).toEqual([3, 1]);
    // By category: [removed, of which reference text].
    expect(r.removedByCategory).toEqual({ related: [2, 1], ads: [1, 0] });
  });

  it('sums removed blocks by category over the pages in the details', () => {
    const truth = 'The mayor said, “we will build it.” Then she left today.';
    const p: BenchPage = { corpus: 'aeb', id: 'z', htmlPath: 'z', url: 'u', truth };
    const page = (id: string, removed: { text: string; category: string }[]): PageResult => ({
      corpus: 'aeb',
      id,
      url: 'u',
      results: { pith: score(p, truth, 1, undefined, removed) },
    });
    const details = formatDetails([
      page('a', [{ text: 'Then she left today', category: 'related' }]),
      page('b', [
        { text: 'Read more today', category: 'related' },
        { text: 'Advertisement', category: 'ads' },
      ]),
    ]);
    expect(details).toMatch(
      /removed blocks by category \(reference text \/ removed\):\n\s+related\s+1 \/\s+2\n\s+ads\s+0 \/\s+1/u,
    );
  });

  it('counts a block of fewer than four words only when it is a line of the reference on its own', () => {
    const truth = 'Council votes\nThe mayor said more work was needed.\nMore\nThe End of an era';
    expect(isReferenceText('More', truth)).toBe(true);
    expect(isReferenceText('Council votes', truth)).toBe(true);
    expect(isReferenceText('The mayor', truth)).toBe(false);
    expect(isReferenceText('work was needed', truth)).toBe(false);
    expect(isReferenceText('mayor said more work', truth)).toBe(true);
  });
});
