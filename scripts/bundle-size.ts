/**
 * Gzip sizes of what a reader's browser loads: the content script (injected in
 * the page: Readability + DOMPurify + Pith's core) and each extension page with
 * everything its HTML pulls in. Reads dist/ after `npm run build`.
 *   npx tsx scripts/bundle-size.ts [distDir]
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  name: string;
  files: string[];
  bytes: number;
  gzipBytes: number;
}

export const DEFAULT_DIST = fileURLToPath(new URL('../dist', import.meta.url));

export function measureBundles(dist = DEFAULT_DIST): BundleSize[] {
  const manifest = JSON.parse(readFileSync(path.join(dist, 'manifest.json'), 'utf8'));
  return [
    measure(dist, 'content script', [contentScriptFile(dist)]),
    measure(dist, 'popup', pageFiles(dist, manifest.action.default_popup)),
    measure(dist, 'options page', pageFiles(dist, manifest.options_ui.page)),
  ];
}

/** The injected script: the one file under src/content/ that the popup bundle names. */
function contentScriptFile(dist: string): string {
  const file = 'src/content/index.js';
  if (!existsSync(path.join(dist, file))) throw new Error(`${file} is missing from ${dist}`);
  return file;
}

/** The page's HTML plus every script, preloaded module and stylesheet it references, and their imports. */
function pageFiles(dist: string, page: string): string[] {
  const html = readFileSync(path.join(dist, page), 'utf8');
  const referenced = [...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  const files = new Set<string>([page]);
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    if (!file.endsWith('.js')) return;
    const code = readFileSync(path.join(dist, file), 'utf8');
    for (const m of code.matchAll(/(?:from|import)\s*["'](\.\.?\/[^"']+\.js)["']/g)) {
      visit(path.posix.join(path.posix.dirname(file), m[1]!));
    }
  };
  for (const file of referenced) visit(file);
  return [...files];
}

function measure(dist: string, name: string, files: string[]): BundleSize {
  let bytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const content = readFileSync(path.join(dist, file));
    bytes += content.length;
    gzipBytes += gzipSync(content, { level: 9 }).length;
  }
  return { name, files, bytes, gzipBytes };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const dist = path.resolve(process.argv[2] ?? DEFAULT_DIST);
  if (!existsSync(path.join(dist, 'manifest.json'))) {
    console.error(`No build in ${dist}: run \`npm run build\` first.`);
    process.exit(1);
  }
  for (const bundle of measureBundles(dist)) {
    console.log(
      `${bundle.name.padEnd(15)} ${kb(bundle.gzipBytes).padStart(9)} gzip  ${kb(bundle.bytes).padStart(9)} raw  (${bundle.files.length} files)`,
    );
  }
}
