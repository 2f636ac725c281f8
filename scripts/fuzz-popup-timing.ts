/**
 * `npx tsx scripts/fuzz-popup-timing.ts`: how long the popup takes, in the real
 * Chromium with the built extension (run `npm run build` first), to show its result
 * on the extreme pages of issue 12: a 1.2 MB quote chain and pages of ~50,000
 * elements. Prints milliseconds from opening the popup to its result (article or
 * message), median of a few runs. A measurement, not a test.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { launch, newProfileDir, openTab, popupUrl, testExtensionDir } from '../test/e2e/harness';
import { EXTREMES } from '../test/fuzz/extremes';

const PAGES: Record<string, string> = {
  // The popup's own cost, for comparison: a short article.
  'short-article': EXTREMES.manyParagraphs(12),
  'quote-chain-1.2MB': EXTREMES.quoteChain(1_200_000),
  'table-51k-cells': EXTREMES.bigTable(51_000),
  'paragraphs-50k': EXTREMES.manyParagraphs(50_000),
  'inline-50k': EXTREMES.manyInline(50_000),
};
const RUNS = 3;

async function main(): Promise<void> {
  const server = createServer((request, response) => {
    const html = PAGES[(request.url ?? '/').slice(1)];
    response.writeHead(html ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    response.end(html ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const extension = await testExtensionDir();
  const profile = await newProfileDir();
  const browser = await launch(extension.dir, profile.dir);
  try {
    for (const name of Object.keys(PAGES)) {
      const times: number[] = [];
      let shown = '';
      for (let run = 0; run < RUNS; run++) {
        const { page, tabId } = await openTab(browser, `${origin}/${name}`);
        const popup = await browser.context.newPage();
        const started = performance.now();
        await popup.goto(popupUrl(browser, tabId));
        await popup.locator('main[aria-busy="false"]').waitFor({ timeout: 60_000 });
        times.push(performance.now() - started);
        shown = ((await popup.locator('main').textContent()) ?? '').replace(/\s+/g, ' ').slice(0, 110);
        await Promise.all([popup.close(), page.close()]);
      }
      times.sort((a, b) => a - b);
      const kb = Math.round(PAGES[name]!.length / 1024);
      process.stdout.write(
        `${name.padEnd(18)} ${String(kb).padStart(5)} KB  popup result in ms: median ${times[Math.floor(times.length / 2)]!.toFixed(0)}, runs ${times.map((t) => t.toFixed(0)).join(' / ')}\n    shows: ${shown}\n`,
      );
    }
  } finally {
    await browser.context.close();
    await Promise.all([extension.remove(), profile.remove()]);
    server.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`popup timing: ${error instanceof Error ? error.stack : error}\n`);
  process.exitCode = 1;
});
