/**
 * Time to article, as a reader meets it: `npm run bench:browser [-- --pages N --corpus aeb|wcxb|all]`.
 *
 * Serves corpus pages from ../shared/bench on 127.0.0.1 and, in Debian's Chromium,
 * opens on each page the popup (as a tab with ?tab=N, as the e2e suite does) of
 * Pith (dist/, so `npm run build` first) and of a minimal plain-Readability popup
 * built for this benchmark (bench/browser/plain-extension/, not shipped), twice each:
 * first open on the freshly loaded page, then reopen on the same tab. It prints
 * median, p90 and worst time to article text in the popup's DOM (from the popup's
 * navigation start), and Pith's ratio to the baseline in the same run. The order of
 * the two popups alternates page by page so drift hits both alike. Pages where either
 * shows no article are counted and left out of both.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { buildPlainExtension } from './browser/build-plain';
import { CHROMIUM, launchWithExtensions, withLocalHostAccess } from './browser/chromium';
import { type PopupShape, timePopup } from './browser/measure';
import { servePages } from './browser/server';
import {
  BENCH_ROOT,
  CORPUS_NAMES,
  type CorpusName,
  corpusAvailable,
  loadCorpus,
  REPO_ROOT,
} from './lib/corpora';
import { quantile } from './lib/summary';

const DIST = path.join(REPO_ROOT, 'dist');
type Popup = 'pith' | 'plain';
type Open = 'first' | 'reopen';

function parseArgs(argv: string[]): { pages: number; corpora: CorpusName[] } {
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const pages = Number(value('--pages') ?? 40);
  const corpus = value('--corpus') ?? 'aeb';
  if (!Number.isInteger(pages) || pages < 1) throw new Error('--pages takes a positive whole number');
  if (corpus !== 'all' && !CORPUS_NAMES.includes(corpus as CorpusName))
    throw new Error('--corpus aeb|wcxb|all');
  return { pages, corpora: corpus === 'all' ? [...CORPUS_NAMES] : [corpus as CorpusName] };
}

/** `count` pages spread evenly over the corpora's sorted pages (deterministic, not the first few). */
async function pickPages(corpora: CorpusName[], count: number): Promise<{ id: string; file: string }[]> {
  const all = (await Promise.all(corpora.map((name) => loadCorpus(name)))).flat();
  const step = Math.max(1, all.length / count);
  const picked: { id: string; file: string }[] = [];
  for (let i = 0; i < count && Math.floor(i * step) < all.length; i++) {
    const page = all[Math.floor(i * step)]!;
    picked.push({ id: `${page.corpus}/${page.id.slice(0, 16)}`, file: page.htmlPath });
  }
  return picked;
}

async function main(): Promise<number> {
  const { pages: count, corpora } = parseArgs(process.argv.slice(2));
  const missing = corpora.filter((name) => !corpusAvailable(name));
  if (missing.length) {
    console.log(
      `bench:browser skipped: ${missing.join(', ')} not found under ${BENCH_ROOT} (../shared/bench beside the checkout).`,
    );
    return 0;
  }
  if (!existsSync(path.join(DIST, 'manifest.json'))) {
    console.error('No build in dist/: run `npm run build` first.');
    return 1;
  }
  if (!existsSync(CHROMIUM)) {
    console.error(`${CHROMIUM} is missing: apt-get install -y chromium.`);
    return 1;
  }

  const pages = await pickPages(corpora, count);
  const work = await mkdtemp(path.join(tmpdir(), 'pith-bench-browser-'));
  const pith = await withLocalHostAccess(DIST);
  const plainDir = await buildPlainExtension(path.join(work, 'plain'));
  const server = await servePages(pages.map((page) => page.file));
  const browser = await launchWithExtensions([pith.dir, plainDir]);
  const [pithId, plainId] = browser.ids;
  // Tabs are opened from an extension page of Pith's (an MV3 service worker may be stopped when idle).
  const worker = await browser.context.newPage();
  await worker.goto(`chrome-extension://${pithId}/src/options/index.html`);

  const shapes: Record<Popup, (tabId: number) => PopupShape> = {
    pith: (tabId) => ({
      url: `chrome-extension://${pithId}/src/popup/index.html?tab=${tabId}`,
      done: 'main[aria-busy="false"]',
      article: '.article-body',
    }),
    plain: (tabId) => ({
      url: `chrome-extension://${plainId}/popup.html?tab=${tabId}`,
      done: '#article, main:not(:empty) h1',
      article: '#article',
    }),
  };
  const times: Record<Popup, Record<Open, number[]>> = {
    pith: { first: [], reopen: [] },
    plain: { first: [], reopen: [] },
  };
  const worst: Record<Popup, Record<Open, { ms: number; id: string }>> = {
    pith: { first: { ms: 0, id: '' }, reopen: { ms: 0, id: '' } },
    plain: { first: { ms: 0, id: '' }, reopen: { ms: 0, id: '' } },
  };
  const loaded: Record<Popup, number[]> = { pith: [], plain: [] };
  // Pith's own marks (code loaded, settings read, reading asked, content script answered), per open.
  const phases: Record<Open, Record<string, number[]>> = { first: {}, reopen: {} };
  // Pith reopened once more after a page change has dropped its cache: what every reopen cost before it.
  const uncached: number[] = [];
  const skipped: string[] = [];

  console.log(
    `bench:browser: ${pages.length} pages from ${corpora.join(' + ')}, Chromium ${browser.context.browser()?.version() ?? ''}`,
  );
  // One untimed warm-up page, so the first timed page doesn't pay for starting things.
  for (const [index, page] of [[0, pages[0]!] as const, ...pages.map((p, i) => [i, p] as const)].entries()) {
    const [serverIndex, { id }] = page;
    const warmUp = index === 0;
    const order: Popup[] = index % 2 === 0 ? ['pith', 'plain'] : ['plain', 'pith'];
    const results: Partial<Record<Popup, Record<Open, number | null>>> = {};
    let pithUncached: number | null = null;
    // Each popup gets its own freshly loaded tab: "first" is a page no popup has read yet.
    for (const popup of order) {
      const tabId = await openTab(worker, `${server.origin}/${serverIndex}/`);
      const first = await timePopup(browser.context, shapes[popup](tabId)).catch(() => null);
      const reopen = await timePopup(browser.context, shapes[popup](tabId)).catch(() => null);
      if (popup === 'pith') {
        await touchPage(worker, tabId);
        pithUncached =
          (await timePopup(browser.context, shapes.pith(tabId)).catch(() => null))?.articleMs ?? null;
      }
      await closeTab(worker, tabId);
      results[popup] = { first: first?.articleMs ?? null, reopen: reopen?.articleMs ?? null };
      if (!warmUp && reopen) loaded[popup].push(reopen.loadedMs);
      if (!warmUp && popup === 'pith') {
        for (const [open, timing] of [
          ['first', first],
          ['reopen', reopen],
        ] as const) {
          for (const [mark, ms] of Object.entries(timing?.marks ?? {})) {
            phases[open][mark] = [...(phases[open][mark] ?? []), ms];
          }
        }
      }
      if (process.env.BENCH_VERBOSE) console.log(id, popup, first, reopen);
    }
    if (warmUp) continue;
    const shown = (['pith', 'plain'] as const).every(
      (p) => results[p]?.first != null && results[p]?.reopen != null,
    );
    if (!shown) {
      skipped.push(id);
      continue;
    }
    if (pithUncached !== null) uncached.push(pithUncached);
    for (const popup of ['pith', 'plain'] as const) {
      for (const open of ['first', 'reopen'] as const) {
        const ms = results[popup]![open]!;
        times[popup][open].push(ms);
        if (ms > worst[popup][open].ms) worst[popup][open] = { ms, id };
      }
    }
    process.stdout.write('.');
  }
  process.stdout.write('\n');

  await browser.close();
  await server.close();
  await Promise.all([pith.remove(), rm(work, { recursive: true, force: true })]);

  const row = (popup: Popup, open: Open) => {
    const t = times[popup][open];
    return (
      `${popup === 'pith' ? 'Pith' : 'plain Readability'}`.padEnd(18) +
      `${open}`.padEnd(8) +
      `${quantile(t, 0.5).toFixed(0)}`.padStart(8) +
      `${quantile(t, 0.9).toFixed(0)}`.padStart(8) +
      `${worst[popup][open].ms.toFixed(0)}`.padStart(8) +
      `  ${worst[popup][open].id}`
    );
  };
  const measured = times.pith.first.length;
  console.log(`\nTime to article text in the popup, ms (${measured} pages; popup opened as a tab)`);
  console.log(
    `${'popup'.padEnd(18)}${'open'.padEnd(8)}${'median'.padStart(8)}${'p90'.padStart(8)}${'worst'.padStart(8)}  worst page`,
  );
  for (const popup of ['pith', 'plain'] as const)
    for (const open of ['first', 'reopen'] as const) console.log(row(popup, open));
  if (uncached.length) {
    console.log(
      `${'Pith, no cache'.padEnd(18)}${'reopen'.padEnd(8)}${quantile(uncached, 0.5).toFixed(0).padStart(8)}` +
        `${quantile(uncached, 0.9).toFixed(0).padStart(8)}${Math.max(...uncached)
          .toFixed(0)
          .padStart(8)}` +
        '  (reopened after a page change dropped the cache)',
    );
  }
  for (const open of ['first', 'reopen'] as const) {
    const ratio = quantile(times.pith[open], 0.5) / quantile(times.plain[open], 0.5);
    console.log(`Pith / plain Readability, median, ${open}: ${ratio.toFixed(2)}×`);
  }
  console.log(
    `Of that, the popup page's own load (DOMContentLoaded, before any reading), median on reopen: ` +
      `Pith ${quantile(loaded.pith, 0.5).toFixed(0)} ms, plain Readability ${quantile(loaded.plain, 0.5).toFixed(0)} ms`,
  );
  for (const open of ['first', 'reopen'] as const) {
    const steps = Object.entries(phases[open])
      .map(([mark, ms]) => [mark, quantile(ms, 0.5)] as const)
      .sort((a, b) => a[1] - b[1]);
    console.log(
      `Pith's steps, median ms from navigation start, ${open}: ` +
        `${steps.map(([mark, ms]) => `${mark} ${ms.toFixed(0)}`).join(', ')}, article ${quantile(times.pith[open], 0.5).toFixed(0)}`,
    );
  }
  if (skipped.length)
    console.log(`No article in one of the popups (left out of both): ${skipped.join(', ')}`);
  return 0;
}

type Worker = Awaited<ReturnType<typeof launchWithExtensions>>['context'] extends {
  serviceWorkers(): (infer W)[];
}
  ? W
  : never;

async function openTab(worker: Worker, url: string): Promise<number> {
  return worker.evaluate(async (target) => {
    type Tab = { id?: number; status?: string };
    const { chrome } = globalThis as unknown as {
      chrome: { tabs: { create(p: object): Promise<Tab>; get(id: number): Promise<Tab> } };
    };
    const { id } = await chrome.tabs.create({ url: target, active: false });
    for (let i = 0; i < 300; i++) {
      if ((await chrome.tabs.get(id!)).status === 'complete') break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return id!;
  }, url);
}

/** A change to the page's text that Pith's cache must notice (added and removed at once: the page looks the same). */
async function touchPage(worker: Worker, tabId: number): Promise<void> {
  // As source text: tsx would wrap the injected function in a `__name` helper the page doesn't have.
  await worker.evaluate(`chrome.scripting.executeScript({
    target: { tabId: ${Number(tabId)} },
    func: function () {
      var block = document.createElement('p');
      block.textContent = 'A sentence long enough to count as a change to the article text.';
      document.body.append(block);
      block.remove();
    },
  })`);
}

async function closeTab(worker: Worker, tabId: number): Promise<void> {
  await worker.evaluate(async (id) => {
    const { chrome } = globalThis as unknown as { chrome: { tabs: { remove(id: number): Promise<void> } } };
    await chrome.tabs.remove(id);
  }, tabId);
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
