/**
 * Where extract()'s time goes, stage by stage, beside plain Readability in the same process:
 *   npm run bench:stages [-- --corpus aeb|wcxb --limit N --half tune|check]
 * Per page, alternating the order: Readability on the original document (destructive, as the
 * benchmark authors ran it), Readability on a cloneNode(true) copy (what an extension must do to
 * leave the page untouched), and Pith's extract() with its WorkBudget's stage timings; each on a
 * freshly parsed document, the first page run once untimed. Prints medians and the sums' shares
 * (aggregates only: no per-page lines). Noisy on a shared machine: compare runs of one process.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { STAGES, type Stage, WorkBudget } from '../src/core/budget';
import { extractWithin } from '../src/core/extract';
import { readPage } from '../src/core/read-page';
import { dropUnrendered } from '../src/core/unrendered';
import { parseHtmlTolerant, releaseWindow } from '../src/node/load-document';
import { type CorpusName, corpusAvailable, loadCorpus } from './lib/corpora';
import { type Half, halfOf } from './lib/halves';
import { quantile } from './lib/summary';

const arg = (flag: string) => {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const corpus = (arg('--corpus') ?? 'aeb') as CorpusName;
const limit = Number(arg('--limit') ?? 60);
const half = (arg('--half') ?? 'check') as Half;

function load(file: string, url: string): Document | null {
  const raw = readFileSync(file);
  const html = file.endsWith('.gz') ? gunzipSync(raw).toString('utf8') : raw.toString('utf8');
  try {
    return parseHtmlTolerant(html, url).dom.window.document;
  } catch {
    return null; // jsdom can't parse it: skipped for every run alike
  }
}

async function main(): Promise<void> {
  if (!corpusAvailable(corpus)) {
    console.log(`bench:stages: ../shared/bench/${corpus} is absent; nothing to measure.`);
    return;
  }
  const all = (await loadCorpus(corpus)).filter((p) => halfOf(p.id) === half);
  const step = Math.max(1, all.length / limit);
  const pages = Array.from({ length: Math.min(limit, all.length) }, (_, i) => all[Math.floor(i * step)]!);
  const times = {
    original: [] as number[],
    clone: [] as number[],
    pith: [] as number[],
    'content script': [] as number[],
  };
  const stages: Record<Stage, number[]> = Object.fromEntries(STAGES.map((s) => [s, []])) as never;
  const runs = {
    original: (doc: Document) => new Readability(doc).parse(),
    clone: (doc: Document) => new Readability(doc.cloneNode(true) as Document).parse(),
    pith: (doc: Document) => {
      const budget = new WorkBudget();
      extractWithin(doc, {}, budget);
      return budget.timings;
    },
    // What the page waits for: readPage() as src/content/index.ts runs it (the quotes and the
    // sanitizing happen in the extension page).
    'content script': (doc: Document) => readPage(doc, {}, dropUnrendered),
  };
  for (const [index, page] of pages.entries()) {
    const order = (
      index % 2
        ? ['content script', 'pith', 'clone', 'original']
        : ['original', 'clone', 'pith', 'content script']
    ) as (keyof typeof runs)[];
    for (const warm of index === 0 ? [true, false] : [false]) {
      for (const name of order) {
        const doc = load(page.htmlPath, page.url);
        if (!doc) continue;
        const started = performance.now();
        const result = runs[name](doc);
        const ms = performance.now() - started;
        if (!warm) {
          times[name].push(ms);
          if (name === 'pith')
            for (const s of STAGES) stages[s].push((result as WorkBudget['timings'])[s] ?? 0);
        }
        await releaseWindow({ window: doc.defaultView! } as never);
      }
    }
    process.stdout.write('.');
  }
  const median = (v: number[]) => quantile(v, 0.5);
  const sum = (v: number[]) => v.reduce((a, b) => a + b, 0);
  console.log(`\n${pages.length} ${corpus} pages (${half} half), ms per page`);
  console.log('                         median      sum');
  for (const name of ['original', 'clone', 'pith', 'content script'] as const)
    console.log(
      `${name.padEnd(24)} ${median(times[name]).toFixed(1).padStart(6)} ${sum(times[name]).toFixed(0).padStart(8)}`,
    );
  console.log(
    `Pith / Readability on a clone: median ${(median(times.pith) / median(times.clone)).toFixed(2)}x, sum ${(sum(times.pith) / sum(times.clone)).toFixed(2)}x`,
  );
  console.log(
    `Pith / Readability on the original: median ${(median(times.pith) / median(times.original)).toFixed(2)}x, sum ${(sum(times.pith) / sum(times.original)).toFixed(2)}x`,
  );
  console.log(
    `Content script's readPage / Readability on a clone: median ${(median(times['content script']) / median(times.clone)).toFixed(2)}x; on the original: ${(median(times['content script']) / median(times.original)).toFixed(2)}x`,
  );
  console.log('Pith by stage          median   share of the sum');
  const total = sum(times.pith);
  for (const s of STAGES)
    console.log(
      `  ${s.padEnd(20)} ${median(stages[s]).toFixed(1).padStart(6)}   ${((100 * sum(stages[s])) / total).toFixed(1).padStart(5)}%`,
    );
}

void main();
