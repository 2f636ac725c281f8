/**
 * Adds a golden page fixture: `tsx scripts/add-fixture.ts <name> <file.html[.gz]> [--url URL]`.
 * Copies the page to test/fixtures/<name>/source.html and writes an expected.json skeleton
 * pre-filled from what the CURRENT extractor makes of it. That output is only a starting point:
 * it is whatever today's code does, right or wrong, so a person must review every line.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../src/core';
import { parseHtml, readHtmlFile, releaseWindow } from '../src/node/load-document';
import type { FixtureExpectation } from '../test/helpers/fixtures';

const FIXTURES_DIR = fileURLToPath(new URL('../test/fixtures/', import.meta.url));
const USAGE = 'usage: tsx scripts/add-fixture.ts <name> <file.html[.gz]> [--url URL]';

async function main(argv: string[]): Promise<number> {
  const urlFlag = argv.indexOf('--url');
  const url = urlFlag >= 0 ? argv[urlFlag + 1] : undefined;
  const [name, file] = argv.filter((_, i) => urlFlag < 0 || (i !== urlFlag && i !== urlFlag + 1));
  if (!name || !file || (urlFlag >= 0 && !url)) {
    console.error(USAGE);
    return 2;
  }
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) {
    console.error(`Fixture names are lower-case words joined by hyphens; got "${name}".`);
    return 2;
  }
  const dir = path.join(FIXTURES_DIR, name);
  if (existsSync(dir)) {
    console.error(`${dir} already exists; pick another name or delete it first.`);
    return 1;
  }

  const html = await readHtmlFile(file);
  const pageUrl = url ?? canonicalUrl(html) ?? 'https://www.example.com/replace-with-the-page-url';
  const dom = parseHtml(html, pageUrl);
  const result = extract(dom.window.document, { url: pageUrl });
  await releaseWindow(dom);

  const expected: FixtureExpectation = result.ok
    ? {
        url: pageUrl,
        title: result.article.title,
        paragraphs: result.article.paragraphs,
        absent: [],
        removed: {},
        keptWhenOff: {},
      }
    : { url: pageUrl, noArticle: result.reason === 'no-article' };

  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'source.html'), html);
  writeFileSync(path.join(dir, 'expected.json'), `${JSON.stringify(expected, null, 2)}\n`);

  console.log(`Created ${path.relative(process.cwd(), dir)}/ (source.html, expected.json).`);
  if (!result.ok)
    console.log(`The current extractor refused the page: ${result.reason} (${result.message}).`);
  console.log(
    [
      '',
      '!!! REVIEW expected.json BY HAND BEFORE COMMITTING !!!',
      'It was filled from what the CURRENT extractor outputs, mistakes included:',
      '  - delete every "paragraph" that is not article body (ads, appeals, captions, link lists...);',
      '  - add body paragraphs the extractor missed, copied verbatim from the page;',
      '  - list clutter text under "absent", and fill "removed" and "keptWhenOff";',
      `  - check "url"${url ? '' : ' (guessed from the page; pass --url to set it)'} and "title".`,
      `Then run: FIXTURE=${name} npx vitest run test/fixtures.test.ts`,
    ].join('\n'),
  );
  return 0;
}

function canonicalUrl(html: string): string | undefined {
  return /<link[^>]+rel=["']canonical["'][^>]*href=["']([^"']+)["']/i.exec(html)?.[1];
}

process.exitCode = await main(process.argv.slice(2));
