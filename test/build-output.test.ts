import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Checks on the built packages that only a browser would otherwise notice.
 *
 * The injected file: Firefox resolves a relative `scripting.executeScript({ files })`
 * entry against the calling page (src/popup/), so "src/content/index.js" injects
 * nothing there and every read ends in "Receiving end does not exist". The path
 * must be absolute from the extension root, and the file must be in the package.
 * The minified popup code is read as it ships: the `files: [X]` of the one
 * executeScript call, X resolved through its (string or template) definitions.
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BUILDS = ['dist', 'dist-firefox'].map((name) => ({ name, dir: path.join(ROOT, name) }));

/** The value of a minified binding `name=` that is a string or a template of other such bindings. */
function resolveBinding(code: string, name: string, depth = 0): string {
  const escaped = name.replace(/\$/g, '\\$');
  const match = new RegExp(`(?:^|[^\\w$.])${escaped}=(\`[^\`]*\`|"[^"]*"|'[^']*')`).exec(code);
  if (!match || depth > 3)
    throw new Error(`could not find the definition of \`${name}\` in the built popup code`);
  const literal = match[1]!;
  const body = literal.slice(1, -1);
  if (!literal.startsWith('`')) return body;
  return body.replace(/\$\{([\w$]+)\}/g, (_, inner: string) => resolveBinding(code, inner, depth + 1));
}

/** The file(s) every executeScript call in the build injects, as the shipped code computes them. */
function injectedFiles(dir: string): string[] {
  const assets = path.join(dir, 'assets');
  const files: string[] = [];
  for (const file of readdirSync(assets).filter((f) => f.endsWith('.js'))) {
    const code = readFileSync(path.join(assets, file), 'utf8');
    for (const call of code.matchAll(/executeScript\(\{[^)]*?files:\[([^\]]*)\]/g)) {
      for (const entry of call[1]!.split(',')) {
        const trimmed = entry.trim();
        files.push(/^[`"']/.test(trimmed) ? trimmed.slice(1, -1) : resolveBinding(code, trimmed));
      }
    }
  }
  return files;
}

for (const build of BUILDS) {
  const built = existsSync(path.join(build.dir, 'manifest.json'));
  if (!built) console.warn(`[build-output] ${build.name} skipped: not built (npm test builds it).`);

  describe.skipIf(!built)(`the built package in ${build.name}/`, () => {
    it('injects its content script by an absolute path to a file that exists in the package', () => {
      const files = injectedFiles(build.dir);
      expect(files, 'no scripting.executeScript({ files }) call found in the built code').not.toEqual([]);
      for (const file of files) {
        expect(
          file,
          `"${file}" must start with one "/" (Firefox resolves relative paths against the popup)`,
        ).toMatch(/^\/[^/]/);
        expect(existsSync(path.join(build.dir, file)), `${build.name}${file} is missing`).toBe(true);
      }
    });
  });
}
