/** The pages fuzz cases are built from: the golden fixtures, and with --corpus the benchmark pages beside the checkout. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { FIXTURES_DIR } from '../helpers/fixtures';

export interface SeedPage {
  name: string;
  html: string;
}

export function fixturePages(): SeedPage[] {
  return readdirSync(FIXTURES_DIR)
    .filter((name) => existsSync(path.join(FIXTURES_DIR, name, 'source.html')))
    .map((name) => ({ name, html: readFileSync(path.join(FIXTURES_DIR, name, 'source.html'), 'utf8') }));
}

/** Lazily read corpus pages (../shared/bench/<corpus>/html/*.html.gz); empty when the folder is absent. */
export function corpusPages(benchRoot: string): SeedPage[] {
  const pages: SeedPage[] = [];
  for (const corpus of ['aeb', 'wcxb-dev']) {
    const dir = path.join(benchRoot, corpus, 'html');
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).sort()) {
      if (!file.endsWith('.html.gz')) continue;
      const full = path.join(dir, file);
      let html: string | undefined;
      pages.push({
        name: `${corpus}/${file.replace(/\.html\.gz$/, '').slice(0, 12)}`,
        get html() {
          html ??= gunzipSync(readFileSync(full)).toString('utf8');
          return html;
        },
      });
    }
  }
  return pages;
}
