/**
 * Hiding turned on right after the popup has read the page, in the browser:
 * `npm run bench:hide-read [-- --pages N --corpus aeb|wcxb|all --dist DIR [--dist DIR2]]`.
 *
 * Serves corpus pages from ../shared/bench on 127.0.0.1 and, in Debian's Chromium, on each page opens
 * the popup (as a tab with ?tab=N, as the e2e suite does) and waits until it has read the page; then
 * sends the content script the popup's `hide` message (on, every switch, as "Also hide on the page"
 * does) and times it: the round trip from the message to its answer, which comes once the style sheet
 * is applied (apply() is synchronous), and the content script's own time for the first full search
 * (`pithHideTimings().first`: finding the page's clutter and marking it). With `--dist` twice (say, a
 * build from before a change and one after), both extensions are loaded in the same browser and take
 * turns page by page, so the ratio is measured in one run. Needs a build (`npm run build`, dist/).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { CHROMIUM, launchWithExtensions, withLocalHostAccess } from './browser/chromium';
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

function parseArgs(argv: string[]) {
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const dists = argv.flatMap((arg, i) =>
    arg === '--dist' && argv[i + 1] ? [path.resolve(argv[i + 1]!)] : [],
  );
  const pages = Number(value('--pages') ?? 20);
  const corpus = value('--corpus') ?? 'wcxb';
  if (!Number.isInteger(pages) || pages < 1) throw new Error('--pages takes a positive whole number');
  if (corpus !== 'all' && !CORPUS_NAMES.includes(corpus as CorpusName))
    throw new Error('--corpus aeb|wcxb|all');
  return {
    pages,
    corpora: corpus === 'all' ? [...CORPUS_NAMES] : [corpus as CorpusName],
    dists: dists.length > 0 ? dists : [path.join(REPO_ROOT, 'dist')],
  };
}

/** `count` pages spread evenly over the corpora's sorted pages (deterministic, not the first few). */
async function pickPages(corpora: CorpusName[], count: number) {
  const all = (await Promise.all(corpora.map((name) => loadCorpus(name)))).flat();
  const step = Math.max(1, all.length / count);
  const picked: { id: string; file: string }[] = [];
  for (let i = 0; i < count && Math.floor(i * step) < all.length; i++) {
    const page = all[Math.floor(i * step)]!;
    picked.push({ id: `${page.corpus}/${page.id.slice(0, 16)}`, file: page.htmlPath });
  }
  return picked;
}

interface Timing {
  /** ms from turning hiding on (injecting the page-hiding script, sending `hide`) to the answer (style applied). */
  roundTrip: number;
  /** The content script's first full search, ms. */
  first: number;
  /** Elements the page had. */
  elements: number;
}

/** As source text throughout: tsx wraps named functions in a `__name` helper the browser doesn't have. */
async function timeHide(context: BrowserContext, extensionId: string, control: Page, url: string) {
  const tabId = (await control.evaluate(`(async () => {
    const { id } = await chrome.tabs.create({ url: ${JSON.stringify(url)}, active: false });
    for (let i = 0; i < 300; i++) {
      if ((await chrome.tabs.get(id)).status === 'complete') break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return id;
  })()`)) as number;
  const popup = await context.newPage();
  try {
    await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?tab=${tabId}`);
    await popup.locator('main[aria-busy="false"]').waitFor({ timeout: 30_000 });
    if (!(await popup.locator('.article-body').count())) return null;
    return (await popup.evaluate(`(async () => {
      const remove = { ads: true, appeals: true, newsletters: true, related: true, social: true, galleryChrome: true };
      const started = performance.now();
      // As the popup turns hiding on: the page-hiding script first (a build from before it was a
      // script of its own has none; its reading script answers).
      await chrome.scripting
        .executeScript({ target: { tabId: ${tabId} }, files: ['/src/content/hide-script.js'] })
        .catch(() => null);
      await chrome.tabs.sendMessage(${tabId}, { pith: 'hide', data: { on: true, options: { remove, captions: true } } });
      const roundTrip = performance.now() - started;
      const [result] = await chrome.scripting.executeScript({
        target: { tabId: ${tabId} },
        func: () => ({
          first: globalThis.pithHideTimings ? globalThis.pithHideTimings().first : null,
          elements: document.getElementsByTagName('*').length,
        }),
      });
      await chrome.tabs.sendMessage(${tabId}, { pith: 'hide', data: { on: false, options: { remove, captions: true } } });
      return { roundTrip, ...result.result };
    })()`)) as Timing;
  } finally {
    await popup.close();
    await control.evaluate(`chrome.tabs.remove(${tabId})`);
  }
}

async function main(): Promise<number> {
  const { pages: count, corpora, dists } = parseArgs(process.argv.slice(2));
  const missing = corpora.filter((name) => !corpusAvailable(name));
  if (missing.length) {
    console.log(`bench:hide-read skipped: ${missing.join(', ')} not found under ${BENCH_ROOT}.`);
    return 0;
  }
  for (const dist of dists)
    if (!existsSync(path.join(dist, 'manifest.json'))) {
      console.error(`No build in ${dist}: run \`npm run build\` first.`);
      return 1;
    }
  if (!existsSync(CHROMIUM)) {
    console.error(`${CHROMIUM} is missing: apt-get install -y chromium.`);
    return 1;
  }
  const pages = await pickPages(corpora, count);
  const copies = await Promise.all(dists.map((dist) => withLocalHostAccess(dist)));
  const server = await servePages(pages.map((page) => page.file));
  const browser = await launchWithExtensions(copies.map((copy) => copy.dir));
  const controls = await Promise.all(
    browser.ids.map(async (id) => {
      const page = await browser.context.newPage();
      await page.goto(`chrome-extension://${id}/src/options/index.html`);
      return page;
    }),
  );
  const labels = dists.map((dist) => {
    const relative = path.relative(process.cwd(), dist);
    return relative && !relative.startsWith('..') ? relative : dist;
  });
  const results: Timing[][] = dists.map(() => []);
  const big: { id: string; elements: number; roundTrips: number[] }[] = [];
  console.log(
    `bench:hide-read: ${pages.length} pages from ${corpora.join(' + ')}, ${labels.join(' vs ')}, Chromium ${browser.context.browser()?.version() ?? ''}`,
  );
  // One untimed warm-up page first.
  for (const [index, page] of [[0, pages[0]!] as const, ...pages.map((p, i) => [i, p] as const)].entries()) {
    const [serverIndex, { id }] = page;
    const order = dists.map((_, i) => i);
    if (index % 2 === 1) order.reverse();
    const timings: (Timing | null)[] = dists.map(() => null);
    for (const i of order) {
      timings[i] = await timeHide(
        browser.context,
        browser.ids[i]!,
        controls[i]!,
        `${server.origin}/${serverIndex}/`,
      ).catch(() => null);
    }
    if (index === 0 || timings.some((t) => t === null)) continue;
    for (const [i, t] of timings.entries()) results[i]!.push(t!);
    big.push({ id, elements: timings[0]!.elements, roundTrips: timings.map((t) => t!.roundTrip) });
    if (process.env.BENCH_VERBOSE) console.log(id, timings);
    process.stdout.write('.');
  }
  process.stdout.write('\n');
  await browser.close();
  await server.close();
  await Promise.all(copies.map((copy) => copy.remove()));

  const ms = (values: number[], q: number) => quantile(values, q).toFixed(1).padStart(8);
  console.log(
    `\nHiding turned on after the popup read the page, ms (${results[0]!.length} pages with an article)`,
  );
  console.log(
    `${'build'.padEnd(28)}${'hide→styled median'.padStart(20)}${'p90'.padStart(8)}${'search median'.padStart(15)}${'p90'.padStart(8)}`,
  );
  results.forEach((timings, i) => {
    const trips = timings.map((t) => t.roundTrip);
    const firsts = timings.map((t) => t.first);
    console.log(
      `${labels[i]!.padEnd(28)}${ms(trips, 0.5).padStart(20)}${ms(trips, 0.9)}${ms(firsts, 0.5).padStart(15)}${ms(firsts, 0.9)}`,
    );
  });
  if (results.length === 2) {
    const ratio = (q: number) =>
      quantile(
        results[1]!.map((t) => t.roundTrip),
        q,
      ) /
      quantile(
        results[0]!.map((t) => t.roundTrip),
        q,
      );
    console.log(
      `${labels[1]} / ${labels[0]}, hide→styled: median ${ratio(0.5).toFixed(2)}×, p90 ${ratio(0.9).toFixed(2)}×`,
    );
    const largest = [...big].sort((a, b) => b.elements - a.elements)[0];
    if (largest)
      console.log(
        `largest page (${largest.id}, ${largest.elements} elements): ${largest.roundTrips.map((t) => t.toFixed(1)).join(' vs ')} ms`,
      );
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
