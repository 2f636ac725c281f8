import { writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { BENCH_USAGE, type BenchArgs, parseBenchArgs } from './lib/args';
import { type BenchReport, formatComparison, readReport } from './lib/compare';
import { BENCH_ROOT, type CorpusName, corpusAvailable, loadCorpus } from './lib/corpora';
import type { ExtractorName } from './lib/extractors';
import { HALVES, type Half, halfOf } from './lib/halves';
import { runSharded } from './lib/parallel';
import { formatCorpusReport, formatDetails } from './lib/report';
import { type PageResult, runPage, takingTurns } from './lib/run-page';
import { type ExtractorSummary, summarize } from './lib/summary';

const HALF_NAMES: Record<Half, string> = { tune: 'tuning half', check: 'check half (blind)' };

/** `npm run bench`: Readability and Pith on the same pages, same process, interleaved. */
async function main(argv: string[]): Promise<number> {
  let args: BenchArgs;
  try {
    args = parseBenchArgs(argv);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : error}\n\n${BENCH_USAGE}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${BENCH_USAGE}\n`);
    return 0;
  }
  const started = performance.now();
  const before = args.compare ? await readReport(args.compare) : null;
  const report: BenchReport = {};
  for (const corpus of args.corpora) {
    if (!corpusAvailable(corpus)) {
      process.stderr.write(`corpus ${corpus} not found under ${BENCH_ROOT}; skipped\n`);
      continue;
    }
    const pages = await benchCorpus(corpus, args);
    const summarizeAll = (subset: readonly PageResult[]) =>
      Object.fromEntries(args.extractors.map((name) => [name, summarize(subset, name)])) as Record<
        ExtractorName,
        ExtractorSummary | null
      >;
    const summaries = summarizeAll(pages);
    process.stdout.write(`${formatCorpusReport(corpus, pages, summaries)}\n`);
    for (const half of HALVES) {
      const subset = pages.filter((p) => halfOf(p.id) === half);
      process.stdout.write(
        `${formatCorpusReport(`${corpus} ${HALF_NAMES[half]}`, subset, summarizeAll(subset))}\n`,
      );
    }
    if (args.jobs > 1)
      process.stdout.write(`   (times measured with ${args.jobs} jobs competing for the CPU)\n`);
    // Per-page details of the tuning half only: the check half stays blind.
    if (args.details) {
      process.stdout.write(`   details (tuning half only):\n`);
      process.stdout.write(`${formatDetails(pages.filter((p) => halfOf(p.id) === 'tune'))}\n`);
    }
    if (before) {
      process.stdout.write(`   compared with before (tuning half only):\n`);
      process.stdout.write(
        `${formatComparison(
          corpus,
          pages.filter((p) => halfOf(p.id) === 'tune'),
          before,
        )}\n`,
      );
    }
    report[corpus] = { summaries, pages };
  }
  if (args.json) {
    await writeFile(args.json, `${JSON.stringify(report, null, 1)}\n`);
    process.stdout.write(`\nper-page results written to ${args.json}\n`);
  }
  process.stdout.write(`\nwall time ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  return 0;
}

/** Every page of one corpus, one at a time (each document released before the next is parsed). */
async function benchCorpus(corpus: CorpusName, args: BenchArgs): Promise<PageResult[]> {
  const pages = (await loadCorpus(corpus)).slice(0, args.limit);
  let done = 0;
  const progress = () => {
    done++;
    if (process.stderr.isTTY) process.stderr.write(`\r${corpus} ${done}/${pages.length}`);
    else if (done % 100 === 0) process.stderr.write(`${corpus} ${done}/${pages.length}\n`);
  };
  const results =
    args.jobs > 1 ? await runSharded(corpus, args.limit, args.extractors, args.jobs, progress) : [];
  if (args.jobs === 1) {
    // Warm-up: one untimed pass so the first page does not pay for JIT and module loading.
    if (pages[0]) await runPage(pages[0], args.extractors);
    for (const [index, page] of pages.entries()) {
      // Alternate who goes first so drift (GC, JIT, heat) affects both extractors alike.
      const order = takingTurns(args.extractors, index);
      results.push(await runPage(page, order));
      progress();
    }
  }
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
  return results;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : error}\n`);
    process.exitCode = 1;
  },
);
