import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/**
 * Builds the benchmark's baseline extension (plain-extension/: a popup that runs
 * plain Readability in the page and shows its text) into `outDir`. Not shipped:
 * it exists so `npm run bench:browser` has a popup to compare Pith's with.
 */
const SOURCE = fileURLToPath(new URL('./plain-extension/', import.meta.url));

export async function buildPlainExtension(outDir: string): Promise<string> {
  await mkdir(outDir, { recursive: true });
  for (const [entry, name] of [
    ['content.ts', 'content'],
    ['popup.ts', 'popup'],
  ] as const) {
    await build({
      configFile: false,
      logLevel: 'warn',
      build: {
        outDir,
        emptyOutDir: false,
        target: 'es2022',
        lib: {
          entry: path.join(SOURCE, entry),
          formats: ['iife'],
          name: `plain_${name}`,
          fileName: () => `${name}.js`,
        },
        minify: true,
      },
    });
  }
  await copyFile(path.join(SOURCE, 'popup.html'), path.join(outDir, 'popup.html'));
  await copyFile(path.join(SOURCE, 'manifest.json'), path.join(outDir, 'manifest.json'));
  // An empty service worker, so the bench can learn the extension's id from its URL.
  await writeFile(path.join(outDir, 'worker.js'), '// The baseline needs no background work.\n');
  return outDir;
}
