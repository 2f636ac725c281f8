/**
 * Trains the clutter model (src/core/clutter/model.json): logistic regression
 * over the features of every block and module the clutter rules propose.
 *
 *   npx tsx scripts/train-clutter.ts [--corpus aeb|wcxb|all] [--limit N] [--samples FILE] [--reuse]
 *                                    [--min-caught 0.95] [--content-weight 1] [--sweep]
 *
 * Labels come from the TUNING half of the dev corpora only (bench/lib/halves.ts;
 * the check half stays blind) and from the golden fixtures: a proposed block is
 * clutter when its text is not in the reference text (articleBody, main_content,
 * or the fixture's expected paragraphs), and always when it holds one of WCXB's
 * `without` snippets (the boilerplate its authors named). Nothing is removed while collecting, so
 * proposals at every level (modules and the blocks inside them) are seen.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CORPUS_NAMES, type CorpusName, corpusAvailable, loadCorpus, REPO_ROOT } from '../bench/lib/corpora';
import { halfOf } from '../bench/lib/halves';
import { judgeableSnippets, normalizeForMatch } from '../bench/lib/snippets';
import { extract } from '../src/core';
import { FEATURE_NAMES } from '../src/core/clutter/features';
import { parseHtml, readHtmlFile, releaseWindow } from '../src/node/load-document';
import { loadFixtures } from '../test/helpers/fixtures';

interface Sample {
  x: number[];
  /** 1 = clutter (not reference text), 0 = reference text. */
  y: number;
  page: string;
}

const TOKEN = /[\p{L}\p{N}_]+/gu;

/** Share of the block's 4-token shingles (or its whole token run, when shorter) found in the reference. */
export function referenceShare(block: string, reference: Set<string>, referenceText: string): number {
  const tokens = block.match(TOKEN) ?? [];
  if (tokens.length === 0) return 0;
  if (tokens.length < 4) return referenceText.includes(` ${tokens.join(' ')} `) ? 1 : 0;
  let found = 0;
  for (let i = 0; i + 4 <= tokens.length; i++) if (reference.has(tokens.slice(i, i + 4).join(' '))) found++;
  return found / (tokens.length - 3);
}

function referenceOf(truth: string): { shingles: Set<string>; text: string } {
  const tokens = truth.match(TOKEN) ?? [];
  const shingles = new Set<string>();
  for (let i = 0; i + 4 <= tokens.length; i++) shingles.add(tokens.slice(i, i + 4).join(' '));
  return { shingles, text: ` ${tokens.join(' ')} ` };
}

function collectPage(
  html: string,
  url: string,
  truth: string,
  page: string,
  samples: Sample[],
  without: readonly string[] = [],
): void {
  const dom = parseHtml(html, url);
  const reference = referenceOf(truth);
  // WCXB names the boilerplate on the page: a block holding one of those snippets is clutter.
  const boilerplate = judgeableSnippets(truth, without).map(normalizeForMatch);
  extract(dom.window.document, {
    url,
    trace: {
      keepAll: true,
      candidate: (x, text) => {
        const flat = normalizeForMatch(text);
        if (boilerplate.some((snippet) => flat.includes(snippet))) {
          samples.push({ x: [...x], y: 1, page });
          return;
        }
        const share = referenceShare(text, reference.shingles, reference.text);
        // Mixed blocks (a box holding both) teach nothing clean: leave them out.
        if (share > 0.2 && share < 0.8) return;
        samples.push({ x: [...x], y: share >= 0.8 ? 0 : 1, page });
      },
    },
  });
  return void releaseWindow(dom);
}

async function collect(limit: number, corpora: readonly CorpusName[]): Promise<Sample[]> {
  const samples: Sample[] = [];
  for (const corpus of corpora) {
    if (!corpusAvailable(corpus)) {
      process.stderr.write(`corpus ${corpus} not found; skipped\n`);
      continue;
    }
    const pages = (await loadCorpus(corpus)).filter((p) => halfOf(p.id) === 'tune').slice(0, limit);
    let done = 0;
    for (const page of pages) {
      try {
        const html = await readHtmlFile(page.htmlPath);
        collectPage(html, page.url, page.truth, `${corpus}:${page.id}`, samples, page.without);
      } catch (error) {
        process.stderr.write(`skipped ${page.id}: ${String(error).slice(0, 100)}\n`);
      }
      await new Promise((resolve) => setImmediate(resolve));
      if (++done % 50 === 0) process.stderr.write(`${corpus} ${done}/${pages.length}\n`);
    }
  }
  for (const fixture of loadFixtures()) {
    if (fixture.expected.noArticle || !fixture.expected.paragraphs) continue;
    collectPage(
      fixture.html,
      fixture.expected.url,
      fixture.expected.paragraphs.join('\n'),
      `fixture:${fixture.name}`,
      samples,
    );
  }
  return samples;
}

/** Logistic regression, batch gradient descent with L2 (the bias is not penalised); content errors weigh more. */
function trainWeights(
  samples: readonly Sample[],
  { l2 = 0.01, rate = 0.5, epochs = 3000, contentWeight = 1 } = {},
): number[] {
  const n = FEATURE_NAMES.length;
  const w = new Array<number>(n).fill(0);
  for (let epoch = 0; epoch < epochs; epoch++) {
    const grad = new Array<number>(n).fill(0);
    let total = 0;
    for (const { x, y } of samples) {
      const weight = y === 0 ? contentWeight : 1;
      const p = predict(w, x);
      for (let i = 0; i < n; i++) grad[i]! += weight * (p - y) * (x[i] ?? 0);
      total += weight;
    }
    for (let i = 0; i < n; i++) w[i]! -= rate * (grad[i]! / total + (i === 0 ? 0 : l2 * w[i]!));
  }
  return w;
}

function predict(w: readonly number[], x: readonly number[]): number {
  let z = 0;
  for (let i = 0; i < w.length; i++) z += w[i]! * (x[i] ?? 0);
  return 1 / (1 + Math.exp(-z));
}

/**
 * The highest threshold that still removes `minCaught` of the clutter the rules proposed:
 * the rules are already tuned, so the model's job is to veto their mistakes, and every
 * point of threshold above that trades leaked clutter for little.
 */
function chooseThreshold(w: readonly number[], samples: readonly Sample[], minCaught: number): number {
  const clutter = samples
    .filter((s) => s.y === 1)
    .map((s) => predict(w, s.x))
    .sort((a, b) => b - a);
  if (clutter.length === 0) return 0.5;
  const index = Math.min(clutter.length - 1, Math.ceil(clutter.length * minCaught) - 1);
  return Math.max(0.05, Math.min(0.95, clutter[index]!));
}

function report(w: readonly number[], threshold: number, samples: readonly Sample[], label: string): void {
  let tp = 0;
  let fp = 0;
  let clutter = 0;
  for (const s of samples) {
    const go = predict(w, s.x) >= threshold;
    if (s.y === 1) clutter++;
    if (go && s.y === 1) tp++;
    if (go && s.y === 0) fp++;
  }
  process.stdout.write(
    `${label}: ${samples.length} proposals (${clutter} clutter); removed ${tp + fp}, of which reference text ${((fp / Math.max(1, tp + fp)) * 100).toFixed(1)}%; clutter caught ${((tp / Math.max(1, clutter)) * 100).toFixed(1)}%\n`,
  );
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      limit: { type: 'string' },
      samples: { type: 'string', default: path.join(tmpdir(), 'pith-clutter-samples.json') },
      reuse: { type: 'boolean', default: false },
      'min-caught': { type: 'string', default: '0.98' },
      corpus: { type: 'string', default: 'all' },
      'content-weight': { type: 'string', default: '1' },
      sweep: { type: 'boolean', default: false },
    },
  });
  const limit = values.limit ? Number(values.limit) : Number.POSITIVE_INFINITY;
  const file = values.samples!;
  const collected =
    values.reuse && existsSync(file)
      ? (JSON.parse(readFileSync(file, 'utf8')) as Sample[])
      : await collect(limit, values.corpus === 'all' ? CORPUS_NAMES : [values.corpus as CorpusName]);
  if (!values.reuse) writeFileSync(file, JSON.stringify(collected));
  const samples = collected.filter(
    (s) => values.corpus === 'all' || s.page.startsWith(`${values.corpus}:`) || s.page.startsWith('fixture:'),
  );
  // Hold out every fifth page of the tuning half to see the model generalise before shipping it.
  const pages = [...new Set(samples.map((s) => s.page))];
  const heldOut = new Set(pages.filter((_, i) => i % 5 === 4));
  const train = samples.filter((s) => !heldOut.has(s.page));
  const test = samples.filter((s) => heldOut.has(s.page));
  const minCaught = Number(values['min-caught']);
  const contentWeight = Number(values['content-weight']);
  let w = trainWeights(train, { contentWeight });
  let threshold = chooseThreshold(w, train, minCaught);
  report(
    w.map(() => 0).map((_, i) => (i === 0 ? 10 : 0)),
    0.5,
    test,
    'rules alone, held-out pages',
  );
  report(w, threshold, train, 'model, training pages');
  report(w, threshold, test, 'model, held-out pages');
  // --sweep: what a higher threshold buys on pages the model did not see (the reference-text
  // share against the clutter still caught), without shipping anything different.
  if (values.sweep)
    for (const caught of [0.98, 0.95, 0.9, 0.85, 0.8])
      report(
        w,
        chooseThreshold(w, train, caught),
        test,
        `held-out pages, threshold for ${caught * 100}% caught`,
      );
  w = trainWeights(samples, { contentWeight });
  threshold = chooseThreshold(w, samples, minCaught);
  report(w, threshold, samples, 'final model, all tuning pages');
  const out = {
    note: 'Trained by scripts/train-clutter.ts on the tuning half of AEB and WCXB dev and the fixtures. Do not edit by hand.',
    features: [...FEATURE_NAMES],
    weights: w.map((v) => Number(v.toFixed(4))),
    threshold: Number(threshold.toFixed(4)),
  };
  writeFileSync(path.join(REPO_ROOT, 'src/core/clutter/model.json'), `${JSON.stringify(out, null, 1)}\n`);
  for (const [i, name] of FEATURE_NAMES.entries())
    process.stdout.write(`  ${name.padEnd(18)} ${out.weights[i]}\n`);
  process.stdout.write(`threshold ${out.threshold}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : error}\n`);
  process.exitCode = 1;
});
