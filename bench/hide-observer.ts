/**
 * The late-content observer's cost per frame, in the browser: `npm run bench:hide [-- --seconds N]`.
 *
 * Serves a page of about 5,000 elements (an article and a long feed of cards with ad slots among
 * them) that inserts 50 cards a second, a third of them ad slots with frames (infinite scroll, lazy
 * ads). Pith's hiding is turned on for the site through the stored settings, so the registered
 * content script applies it at load, as when a reader comes back to the site. After the run it reads
 * the content script's own timings (one pass per animation frame at most: the pass time is the work
 * in that frame) and prints median, p95 and worst, how many frames had a pass, and how many of the
 * inserted ad slots ended up hidden. Needs `npm run build` first (dist/).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { launchWithExtensions, withLocalHostAccess } from './browser/chromium';
import { REPO_ROOT } from './lib/corpora';
import { quantile } from './lib/summary';

const seconds = Number(process.argv[process.argv.indexOf('--seconds') + 1]) || 10;
const PER_SECOND = 50;

function page(): string {
  const prose =
    'The council voted on Tuesday night to rebuild the old stone bridge over the river, ending a decade of argument between residents, engineers and the heritage trust.';
  const paragraphs = Array.from({ length: 20 }, (_, i) => `<p>${i + 1}. ${prose}</p>`).join('');
  const card = (i: number) =>
    i % 10 === 5
      ? `<div class="ad-slot"><span class="ad-label">Advertisement</span><iframe src="about:blank" width="300" height="50"></iframe></div>`
      : `<article class="card"><h3><a href="/n/${i}">Story number ${i}</a></h3><p class="dek">A short summary of story ${i}.</p></article>`;
  // About 4 elements per card: 1,300 cards and the article make about 5,000 elements.
  const feed = Array.from({ length: 1300 }, (_, i) => card(i)).join('');
  return `<!doctype html><html lang="en"><head><title>Bridge</title></head><body>
<main><article class="story"><h1>Council approves rebuild of the old bridge</h1>${paragraphs}</article>
<section class="feed">${feed}</section></main>
<script>
  let n = 0;
  window.pithFrames = 0;
  const count = () => { window.pithFrames++; requestAnimationFrame(count); };
  requestAnimationFrame(count);
  window.pithInserted = 0;
  setInterval(() => {
    const i = 100000 + n++;
    const el = document.createElement('div');
    el.innerHTML = ${JSON.stringify('')} + (i % 3 === 0
      ? '<div class="ad-slot" data-late="1"><span class="ad-label">Advertisement</span><iframe src="about:blank" width="300" height="50"></iframe></div>'
      : '<article class="card"><h3><a href="/n/' + i + '">Story ' + i + '</a></h3><p class="dek">Summary ' + i + '.</p></article>');
    document.querySelector('.feed').append(el.firstElementChild);
    window.pithInserted++;
  }, ${1000 / PER_SECOND});
</script></body></html>`;
}

async function main() {
  const html = page();
  const server = createServer((_, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const extension = await withLocalHostAccess(path.join(REPO_ROOT, 'dist'));
  const browser = await launchWithExtensions([extension.dir]);
  try {
    const worker = browser.context.serviceWorkers()[0]!;
    // Let the background finish its install-time settings rewrite first (it would overwrite ours).
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await worker.evaluate(async (site) => {
      const { chrome } = globalThis as unknown as {
        chrome: { storage: { sync: { set(v: object): Promise<void> } } };
      };
      await chrome.storage.sync.set({ settings: { version: 3, values: { hideOnPage: { [site]: true } } } });
    }, origin);
    await new Promise((resolve) => setTimeout(resolve, 1000)); // the background registers the script
    const tab = await browser.context.newPage();
    await tab.goto(`${origin}/bench/`);
    await tab.waitForSelector('html[data-pith-hiding]', { state: 'attached', timeout: 20_000 });
    const elements = await tab.evaluate(() => document.getElementsByTagName('*').length);
    const framesBefore = await tab.evaluate(() => (window as unknown as { pithFrames: number }).pithFrames);
    await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
    const [frames, inserted, lateAds, lateHidden] = await tab.evaluate(() => {
      const w = window as unknown as { pithFrames: number; pithInserted: number };
      return [
        w.pithFrames,
        w.pithInserted,
        document.querySelectorAll('[data-late]').length,
        document.querySelectorAll('[data-late][data-pith-hide="ads"]').length,
      ];
    });
    // As source text: tsx wraps named functions in a `__name` helper the worker doesn't have.
    const timings = (await worker.evaluate(`(async () => {
      const [tab] = (await chrome.tabs.query({})).filter((t) => (t.url || '').includes('/bench/'));
      const [result] = await chrome.scripting.executeScript({
        target: { tabId: tab.id },
        func: () => (globalThis.pithHideTimings ? globalThis.pithHideTimings() : null),
      });
      return result ? result.result : null;
    })()`)) as { first: number | null; passes: number[] } | null;
    if (!timings) throw new Error('The content script reported no timings: was hiding applied?');
    const times = timings.passes;
    const ms = (x: number) => `${x.toFixed(3)} ms`;
    console.log(
      `page: ${elements} elements at start; ${inserted} insertions in ${seconds} s (${PER_SECOND}/s)`,
    );
    console.log(
      `frames: ${frames - framesBefore} during the run; observer passes (frames with work): ${times.length}`,
    );
    console.log(
      `observer work per frame with a pass: median ${ms(quantile(times, 0.5))}, p95 ${ms(quantile(times, 0.95))}, worst ${ms(Math.max(...times))}`,
    );
    console.log(
      `first full search at load (findPageClutter, marks): ${timings.first === null ? 'n/a' : ms(timings.first)}`,
    );
    console.log(`late ad slots hidden: ${lateHidden} of ${lateAds}`);
  } finally {
    await browser.close();
    await extension.remove();
    server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
