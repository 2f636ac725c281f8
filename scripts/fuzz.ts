/**
 * `npm run fuzz -- [--count N] [--seed S] [--no-corpus] [--trace]`: the long fuzz run.
 * Builds N seeded cases from the golden pages and (when ../shared/bench is there)
 * the corpus pages, plus extreme shapes at full size, runs extract() on each under
 * jsdom, and prints the throws, reason-`error` results and active content found
 * (all must be 0), the per-document time of extract() (p50/p99/max) and the
 * slowest five with their shape. A summary is printed every 100 cases too, so an
 * interrupted run still reports.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCase } from '../test/fuzz/mutate';
import { type CaseOutcome, runCase } from '../test/fuzz/run-case';
import { corpusPages, fixturePages } from '../test/fuzz/seeds';

const BENCH_ROOT = fileURLToPath(new URL('../../shared/bench/', import.meta.url));

interface Args {
  count: number;
  seed: number;
  corpus: boolean;
  /** Print each case before it runs (to find a case that hangs). */
  trace: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { count: 1_000, seed: 1, corpus: true, trace: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--count') args.count = Number(argv[++i]);
    else if (flag === '--seed') args.seed = Number(argv[++i]);
    else if (flag === '--no-corpus') args.corpus = false;
    else if (flag === '--trace') args.trace = true;
    else
      throw new Error(
        `unknown argument ${flag}; usage: npm run fuzz -- [--count N] [--seed S] [--no-corpus] [--trace]`,
      );
  }
  if (!Number.isInteger(args.count) || args.count < 1) throw new Error('--count takes a positive integer');
  if (!Number.isInteger(args.seed)) throw new Error('--seed takes an integer');
  return args;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function summary(outcomes: readonly CaseOutcome[], started: number): string {
  const count = (problem: CaseOutcome['problem']) => outcomes.filter((o) => o.problem === problem).length;
  const times = outcomes.map((o) => o.ms).sort((a, b) => a - b);
  const results = new Map<string, number>();
  for (const o of outcomes) results.set(o.result, (results.get(o.result) ?? 0) + 1);
  const limited = outcomes.filter((o) => o.limits?.length).length;
  const slowest = [...outcomes].sort((a, b) => b.ms - a.ms).slice(0, 5);
  const lines = [
    `${outcomes.length} documents in ${((performance.now() - started) / 1000).toFixed(0)} s`,
    `throws: ${count('throw')}   reason error: ${count('error')}   active content: ${count('active')}`,
    `results: ${[...results].map(([r, n]) => `${r} ${n}`).join(', ')}; partial (a stage cut short or skipped): ${limited}`,
    `extract() ms per document: p50 ${percentile(times, 50).toFixed(0)}  p99 ${percentile(times, 99).toFixed(0)}  max ${(times[times.length - 1] ?? 0).toFixed(0)}`,
    'slowest five:',
    ...slowest.map(
      (o) =>
        `  ${o.ms.toFixed(0).padStart(6)} ms  ${o.result}${o.limits ? ` (${o.limits.join(', ')} limited)` : ''}  ${o.kb} KB, ${o.elements} elements: ${o.shape}`,
    ),
  ];
  const problems = outcomes.filter((o) => o.problem);
  if (problems.length > 0) {
    lines.push('problems:');
    for (const o of problems.slice(0, 20)) lines.push(`  ${o.problem}: ${o.detail} — ${o.shape}`);
  }
  return lines.join('\n');
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const pages = [...fixturePages(), ...(args.corpus ? corpusPages(BENCH_ROOT) : [])];
  process.stdout.write(
    `fuzz: ${args.count} cases from seed ${args.seed}, ${pages.length} seed pages` +
      `${args.corpus && pages.length < 20 ? ` (no corpus at ${path.relative(process.cwd(), BENCH_ROOT)})` : ''}\n`,
  );
  const outcomes: CaseOutcome[] = [];
  const started = performance.now();
  for (let i = 0; i < args.count; i++) {
    const seed = args.seed + i;
    const fuzzCase = buildCase(seed, pages, 'long');
    if (args.trace) process.stdout.write(`#${seed} ${fuzzCase.shape}\n`);
    const outcome = await runCase(fuzzCase);
    if (args.trace)
      process.stdout.write(`  ${outcome.ms.toFixed(0)} ms ${outcome.result} ${outcome.shape}\n`);
    outcomes.push({ ...outcome, shape: `#${seed} ${outcome.shape}` });
    if (outcome.problem)
      process.stdout.write(`PROBLEM #${seed}: ${outcome.problem}: ${outcome.detail} — ${outcome.shape}\n`);
    if ((i + 1) % 100 === 0 && i + 1 < args.count)
      process.stdout.write(`\n--- after ${i + 1} ---\n${summary(outcomes, started)}\n`);
  }
  process.stdout.write(`\n=== fuzz summary ===\n${summary(outcomes, started)}\n`);
  return outcomes.some((o) => o.problem) ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`fuzz: ${error instanceof Error ? error.message : error}\n`);
    process.exitCode = 2;
  },
);
