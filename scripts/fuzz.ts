/**
 * `npm run fuzz -- [--count N] [--seed S] [--workers W] [--no-corpus] [--trace]`: the long fuzz run.
 * Builds N seeded cases from the golden pages and (when ../shared/bench is there)
 * the corpus pages, plus extreme shapes at full size, runs extract() on each under
 * jsdom, and prints the throws, reason-`error` results and active content found
 * (all must be 0), the per-document time of extract() (p50/p99/max), the peak
 * memory and the slowest five with their shape. A summary is printed every 500
 * cases too, so an interrupted run still reports.
 *
 * Case i is built from seed S + i alone, so a run is reproducible whatever the
 * number of workers (W worker threads, 2 by default, take the next case as each
 * finishes one). Each worker reads the seed pages once and keeps their HTML.
 */
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { buildCase, type FuzzCase } from '../test/fuzz/mutate';
import { type CaseOutcome, runCase } from '../test/fuzz/run-case';
import { corpusPages, fixturePages, type SeedPage } from '../test/fuzz/seeds';

const BENCH_ROOT = fileURLToPath(new URL('../../shared/bench/', import.meta.url));
const PROGRESS_EVERY = 500;

interface Args {
  count: number;
  seed: number;
  workers: number;
  corpus: boolean;
  /** Print each case before it runs (to find a case that hangs). */
  trace: boolean;
}

/** One finished case, as a worker reports it. */
interface Done {
  index: number;
  outcome: CaseOutcome;
  /** Milliseconds building the case (seed page and string mutations). */
  buildMs: number;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { count: 1_000, seed: 1, workers: 2, corpus: true, trace: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--count') args.count = Number(argv[++i]);
    else if (flag === '--seed') args.seed = Number(argv[++i]);
    else if (flag === '--workers') args.workers = Number(argv[++i]);
    else if (flag === '--no-corpus') args.corpus = false;
    else if (flag === '--trace') args.trace = true;
    else
      throw new Error(
        `unknown argument ${flag}; usage: npm run fuzz -- [--count N] [--seed S] [--workers W] [--no-corpus] [--trace]`,
      );
  }
  if (!Number.isInteger(args.count) || args.count < 1) throw new Error('--count takes a positive integer');
  if (!Number.isInteger(args.seed)) throw new Error('--seed takes an integer');
  if (!Number.isInteger(args.workers) || args.workers < 1)
    throw new Error('--workers takes a positive integer');
  return args;
}

function seedPages(corpus: boolean): SeedPage[] {
  return [...fixturePages(), ...(corpus ? corpusPages(BENCH_ROOT) : [])];
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function summary(done: readonly Done[], started: number): string {
  const outcomes = done.map((d) => d.outcome);
  const count = (problem: CaseOutcome['problem']) => outcomes.filter((o) => o.problem === problem).length;
  const times = outcomes.map((o) => o.ms).sort((a, b) => a - b);
  const results = new Map<string, number>();
  for (const o of outcomes) results.set(o.result, (results.get(o.result) ?? 0) + 1);
  const limited = outcomes.filter((o) => o.limits?.length).length;
  const slowest = [...outcomes].sort((a, b) => b.ms - a.ms).slice(0, 5);
  const over2s = outcomes.filter((o) => o.ms > 2_000).length;
  const mean = (pick: (d: Done) => number) =>
    (done.reduce((sum, d) => sum + pick(d), 0) / Math.max(1, done.length)).toFixed(0);
  const wall = (performance.now() - started) / 1000;
  const lines = [
    `${outcomes.length} documents in ${wall.toFixed(0)} s (${((wall * 1000) / Math.max(1, outcomes.length)).toFixed(0)} ms a document, wall clock; load average ${loadavg()[0]!.toFixed(1)} over the last minute, ${loadavg()[2]!.toFixed(1)} over 15, on ${availableParallelism()} cores: times are wall clock and grow with the load)`,
    `throws: ${count('throw')}   reason error: ${count('error')}   active content: ${count('active')}`,
    `results: ${[...results].map(([r, n]) => `${r} ${n}`).join(', ')}; partial (a stage cut short or skipped): ${limited}`,
    `extract() ms per document: p50 ${percentile(times, 50).toFixed(0)}  p99 ${percentile(times, 99).toFixed(0)}  max ${(times[times.length - 1] ?? 0).toFixed(0)}  (above 2 s: ${over2s})`,
    `mean ms per document by stage: build ${mean((d) => d.buildMs)}  parse ${mean((d) => d.outcome.stages?.parse ?? 0)}  mutate ${mean((d) => d.outcome.stages?.mutate ?? 0)}  extract ${mean((d) => d.outcome.ms)}  check ${mean((d) => d.outcome.stages?.check ?? 0)}  release ${mean((d) => d.outcome.stages?.release ?? 0)}`,
    `peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (the whole process, all workers)`,
    'slowest five:',
    ...slowest.flatMap((o) => [
      `  ${o.ms.toFixed(0).padStart(6)} ms  ${o.result}${o.limits ? ` (${o.limits.join(', ')} limited)` : ''}  ${o.kb} KB, ${o.elements} elements: ${o.shape}`,
      `           ${stageLine(o)}`,
    ]),
  ];
  // Every document above the 2 s bar, by case number, so each can be run again alone (--seed N --count 1).
  const slow = outcomes.filter((o) => o.ms > 2_000);
  if (slow.length > 5)
    lines.push(
      `above 2 s: ${slow.map((o) => `#${/#(\d+)/u.exec(o.shape)?.[1] ?? '?'} ${o.ms.toFixed(0)} ms`).join(', ')}`,
    );
  const problems = outcomes.filter((o) => o.problem);
  if (problems.length > 0) {
    lines.push('problems:');
    for (const o of problems.slice(0, 20)) lines.push(`  ${o.problem}: ${o.detail} — ${o.shape}`);
  }
  return lines.join('\n');
}

/** Where one case's time went: extract()'s stages, then the runner's own costs around it. */
function stageLine(o: CaseOutcome): string {
  const inside = Object.entries(o.extractStages ?? {})
    .filter(([, ms]) => ms >= 1)
    .map(([stage, ms]) => `${stage} ${ms.toFixed(0)}`)
    .join(', ');
  const s = o.stages;
  const around = s
    ? `parse ${s.parse.toFixed(0)}, mutate ${s.mutate.toFixed(0)}, check ${s.check.toFixed(0)}, release ${s.release.toFixed(0)}`
    : '';
  return `extract() stages ms: ${inside || '-'}; runner ms: ${around || '-'}`;
}

/** A worker: builds and runs the cases the main thread sends (their index), one at a time. */
function workerMain(): void {
  const { seed, corpus, trace } = workerData as { seed: number; corpus: boolean; trace: boolean };
  const pages = seedPages(corpus);
  const port = parentPort!;
  port.on('message', async (index: number) => {
    const caseSeed = seed + index;
    const built = performance.now();
    let fuzzCase: FuzzCase;
    try {
      fuzzCase = buildCase(caseSeed, pages, 'long');
    } catch (error) {
      const outcome: CaseOutcome = {
        shape: `#${caseSeed} (building the case failed)`,
        ms: 0,
        result: 'threw',
        problem: 'throw',
        detail: String(error),
        kb: 0,
        elements: 0,
      };
      port.postMessage({ index, outcome, buildMs: 0 } satisfies Done);
      return;
    }
    const buildMs = performance.now() - built;
    if (trace) process.stdout.write(`#${caseSeed} ${fuzzCase.shape}\n`);
    const outcome = await runCase(fuzzCase);
    port.postMessage({
      index,
      outcome: { ...outcome, shape: `#${caseSeed} ${outcome.shape}` },
      buildMs,
    } satisfies Done);
  });
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const pages = seedPages(args.corpus);
  const workers = Math.min(args.workers, args.count);
  process.stdout.write(
    `fuzz: ${args.count} cases from seed ${args.seed}, ${pages.length} seed pages` +
      `${args.corpus && pages.length < 20 ? ` (no corpus at ${path.relative(process.cwd(), BENCH_ROOT)})` : ''}, ${workers} worker threads\n`,
  );
  const done: Done[] = [];
  const started = performance.now();
  let next = 0;

  await new Promise<void>((resolve, reject) => {
    let running = 0;
    const start = () => {
      const worker = new Worker(new URL('./fuzz-worker.mjs', import.meta.url), {
        workerData: { seed: args.seed, corpus: args.corpus, trace: args.trace },
      });
      let current = -1;
      let online = false;
      worker.on('online', () => {
        online = true;
      });
      const feed = () => {
        if (next >= args.count) {
          current = -1;
          void worker.terminate();
          return;
        }
        current = next++;
        worker.postMessage(current);
      };
      running++;
      worker.on('message', (d: Done) => {
        done.push(d);
        const o = d.outcome;
        if (args.trace) process.stdout.write(`  ${o.ms.toFixed(0)} ms ${o.result} ${o.shape}\n`);
        if (o.problem) process.stdout.write(`PROBLEM ${o.shape}: ${o.problem}: ${o.detail}\n`);
        if (done.length % PROGRESS_EVERY === 0 && done.length < args.count)
          process.stdout.write(`\n--- after ${done.length} ---\n${summary(done, started)}\n`);
        feed();
      });
      worker.on('error', (error) => {
        if (!online) {
          // The worker could not even start: no point going on.
          reject(error);
          return;
        }
        // The case in hand took the worker down (a stack overflow jsdom did not catch, out of memory):
        // count it as a throw and go on in a fresh worker.
        if (current >= 0) {
          const caseSeed = args.seed + current;
          const outcome: CaseOutcome = {
            shape: `#${caseSeed} (worker died)`,
            ms: 0,
            result: 'threw',
            problem: 'throw',
            detail: String(error),
            kb: 0,
            elements: 0,
          };
          done.push({ index: current, outcome, buildMs: 0 });
          process.stdout.write(`PROBLEM ${outcome.shape}: ${outcome.detail}\n`);
          current = -1;
        }
      });
      worker.on('exit', () => {
        running--;
        if (next < args.count) start();
        else if (running === 0) resolve();
      });
      feed();
    };
    for (let w = 0; w < workers; w++) start();
  });

  done.sort((a, b) => a.index - b.index);
  process.stdout.write(`\n=== fuzz summary ===\n${summary(done, started)}\n`);
  return done.some((d) => d.outcome.problem) ? 1 : 0;
}

if (isMainThread) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`fuzz: ${error instanceof Error ? error.message : error}\n`);
      process.exitCode = 2;
    },
  );
} else {
  workerMain();
}
