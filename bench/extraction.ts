import { writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { BENCH_USAGE, parseBenchArgs } from './lib/args';
import { BENCH_ROOT, corpusAvailable, loadCorpus } from './lib/corpora';
import type { ExtractorName } from './lib/extractors';
import { formatCorpusReport, formatDetails } from './lib/report';
import { type PageResult, runPage } from './lib/run-page';
import { type ExtractorSummary, summarize } from './lib/summary';

/** `npm run bench`: Readability and Pith on the same pages, same process, interleaved. */
async function main(argv: string[]): Promise<number> {
  let args: ReturnType<typeof parseBenchArgs>;
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
  const report: Record<string, { summaries: Record<string, ExtractorSummary | null>; pages: PageResult[] }> =
    {};
  for (const corpus of args.corpora) {
    if (!corpusAvailable(corpus)) {
      process.stderr.write(`corpus ${corpus} not found under ${BENCH_ROOT}; skipped\n`);
      continue;
    }
    const pages = (await loadCorpus(corpus)).slice(0, args.limit);
    const results: PageResult[] = [];
    // Warm-up: one untimed pass so the first page does not pay for JIT and module loading.
    if (pages[0]) await runPage(pages[0], args.extractors);
    for (const [index, page] of pages.entries()) {
      const order = index % 2 === 0 ? args.extractors : [...args.extractors].reverse();
      results.push(await runPage(page, order));
      if (process.stderr.isTTY) process.stderr.write(`\r${corpus} ${index + 1}/${pages.length}`);
      else if ((index + 1) % 100 === 0) process.stderr.write(`${corpus} ${index + 1}/${pages.length}\n`);
    }
    if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
    const summaries = Object.fromEntries(
      args.extractors.map((name) => [name, summarize(results, name)]),
    ) as Record<ExtractorName, ExtractorSummary | null>;
    process.stdout.write(`${formatCorpusReport(corpus, results, summaries)}\n`);
    if (args.details) process.stdout.write(`${formatDetails(results)}\n`);
    report[corpus] = { summaries, pages: results };
  }
  if (args.json) {
    await writeFile(args.json, `${JSON.stringify(report, null, 1)}\n`);
    process.stdout.write(`\nper-page results written to ${args.json}\n`);
  }
  process.stdout.write(`\nwall time ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  return 0;
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
