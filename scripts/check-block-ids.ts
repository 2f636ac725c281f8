/**
 * Whether a removed block's id (src/core/block-id.ts) names the same block in the reader view and on the
 * page: `npx tsx scripts/check-block-ids.ts [--pages N] [--fixture NAME ...]`.
 *
 * For each page, the reader view's reading (readPage, as the content script runs it) lists its removed
 * blocks with their ids; for each id, page hiding is asked to find the page's clutter with that block kept
 * ("Show"), and the block counts as recognised when hiding's own clutter pass kept a block by that id. Run
 * with every switch on (hiding's own reading is then the reader's) and with one switch off in the reader
 * (hiding still reads with every category). Corpus pages from ../shared/bench: counts for both halves,
 * page ids of mismatches for the tuning half only.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { type BenchPage, CORPUS_NAMES, corpusAvailable, loadCorpus, REPO_ROOT } from '../bench/lib/corpora';
import { halfOf } from '../bench/lib/halves';
import { blockId } from '../src/core/block-id';
import { allCategories } from '../src/core/options';
import { findPageClutter } from '../src/core/page-clutter';
import { readPage } from '../src/core/read-page';
import { CLUTTER_CATEGORIES, type ClutterCategory } from '../src/core/types';
import { dropUnrendered } from '../src/core/unrendered';
import { parseHtml, readHtmlFile, releaseWindow } from '../src/node/load-document';

interface Tally {
  pages: number;
  ids: number;
  recognised: number;
  /** Not recognised, but hiding takes it (or a module around it) as a category switched off in the reader: not hidden on the page anyway. */
  offOnPage: number;
  mismatched: string[];
}

function checkPage(html: string, url: string, readerOff: ClutterCategory | null) {
  const dom = parseHtml(html, url);
  const doc = dom.window.document;
  const remove = readerOff ? { ...allCategories(true), [readerOff]: false } : allCategories(true);
  const texts = new Map<string, string>();
  const read = readPage(
    doc,
    {
      remove,
      trace: {
        removed: (text, category) => {
          if (category !== 'chrome') texts.set(blockId(category, text), text);
        },
      },
    },
    dropUnrendered,
  );
  const ids = read.ok
    ? Object.values(read.article.removed)
        .flat()
        .map((block) => block.id)
    : [];
  // Hiding's own reading (every category): what it takes, with the category it gives it.
  const pageTaken: { text: string; category: ClutterCategory | 'chrome' }[] = [];
  readPage(
    doc,
    {
      remove: allCategories(true),
      trace: { removed: (text, category) => pageTaken.push({ text, category }) },
    },
    dropUnrendered,
  );
  let recognised = 0;
  let offOnPage = 0;
  for (const id of ids) {
    const { context } = findPageClutter(doc, { remove: allCategories(true), keep: [id] });
    if ((context.kept ?? []).length > 0) recognised++;
    else {
      // Hiding's reading took it, or a module around it, as a category switched off here: on the page
      // it is not hidden in the first place.
      const text = texts.get(id) ?? '';
      const around = pageTaken.find(
        (taken) => taken.category !== 'chrome' && !remove[taken.category] && taken.text.includes(text),
      );
      if (text && around) offOnPage++;
    }
  }
  return { dom, ids: ids.length, recognised, offOnPage };
}

async function main() {
  const argv = process.argv.slice(2);
  const count = Number(argv[argv.indexOf('--pages') + 1]) || 30;
  const fixtures = argv.flatMap((arg, i) => (arg === '--fixture' && argv[i + 1] ? [argv[i + 1]!] : []));
  const pages: { id: string; half: string; load: () => Promise<string>; url: string }[] = [];
  for (const name of fixtures.length ? fixtures : ['nissan']) {
    const file = path.join(REPO_ROOT, 'test', 'fixtures', name, 'source.html');
    pages.push({
      id: `fixture/${name}`,
      half: 'fixture',
      load: () => readFile(file, 'utf8'),
      url: 'https://news.example/',
    });
  }
  for (const corpus of CORPUS_NAMES) {
    if (!corpusAvailable(corpus)) continue;
    const all: BenchPage[] = await loadCorpus(corpus);
    const step = Math.max(1, all.length / count);
    for (let i = 0; i < count && Math.floor(i * step) < all.length; i++) {
      const page = all[Math.floor(i * step)]!;
      pages.push({
        id: `${corpus}/${page.id}`,
        half: halfOf(page.id),
        load: () => readHtmlFile(page.htmlPath),
        url: page.url,
      });
    }
  }
  for (const readerOff of [null, ...CLUTTER_CATEGORIES] as const) {
    const tallies = new Map<string, Tally>();
    for (const page of pages) {
      const html = await page.load();
      const { dom, ids, recognised, offOnPage } = checkPage(html, page.url, readerOff);
      await releaseWindow(dom);
      const tally = tallies.get(page.half) ?? {
        pages: 0,
        ids: 0,
        recognised: 0,
        offOnPage: 0,
        mismatched: [],
      };
      tally.pages++;
      tally.ids += ids;
      tally.recognised += recognised;
      tally.offOnPage += offOnPage;
      if (recognised < ids && page.half !== 'check')
        tally.mismatched.push(`${page.id} (${ids - recognised} of ${ids})`);
      tallies.set(page.half, tally);
    }
    console.log(
      `\nreader switches: ${readerOff ? `${readerOff} off` : 'all on'}; hiding reads with every category`,
    );
    for (const [half, t] of tallies)
      console.log(
        `${half.padEnd(8)} ${t.pages} pages, ${t.ids} removed blocks, ${t.recognised} recognised on the page` +
          (t.ids > t.recognised
            ? `, ${t.offOnPage} of the rest taken, alone or with a module around it, as a category switched off here (not hidden on the page anyway)`
            : '') +
          (t.mismatched.length ? `; not: ${t.mismatched.join(', ')}` : ''),
      );
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
