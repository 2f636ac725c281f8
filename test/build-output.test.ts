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

/**
 * What the shipped code injects or registers: the `files` of each executeScript call, and the
 * paths it builds for its scripts (`/${name}` templates naming a content script: one helper
 * injects whichever script it is handed, so its call site shows only a parameter).
 */
function injectedFiles(dir: string): { calls: string[]; paths: string[]; names: string[] } {
  const assets = path.join(dir, 'assets');
  const found = { calls: [] as string[], paths: [] as string[], names: [] as string[] };
  for (const file of readdirSync(assets).filter((f) => f.endsWith('.js'))) {
    const code = readFileSync(path.join(assets, file), 'utf8');
    for (const call of code.matchAll(/executeScript\(\{[^)]*?files:\[([^\]]*)\]/g)) {
      for (const entry of call[1]!.split(',')) {
        const trimmed = entry.trim();
        // A literal, or a binding with a definition; a bare parameter is checked through `paths`.
        if (/^[`"']/.test(trimmed)) found.calls.push(trimmed.slice(1, -1));
        else if (new RegExp(`(?:^|[^\\w$.])${trimmed.replace(/\$/g, '\\$')}=[\`"']`).test(code))
          found.calls.push(resolveBinding(code, trimmed));
      }
    }
    for (const template of code.matchAll(/[\w$]+=(`[^`]*\$\{[\w$]+\}[^`]*`)/g)) {
      const body = template[1]!.slice(1, -1);
      // (Only a path's template must resolve: the quote finder builds regular expressions from
      // templates of words it is handed, "(?:${word}|…)", which name no file.)
      const isPath = body.startsWith('/') || body.includes('src/content');
      let value: string;
      try {
        value = body.replace(/\$\{([\w$]+)\}/g, (_, inner: string) => resolveBinding(code, inner));
      } catch (error) {
        if (isPath) throw error;
        continue;
      }
      if (value.includes('src/content/')) found.paths.push(value);
    }
    for (const name of code.matchAll(/["'`](src\/content\/[\w.-]+\.js)["'`]/g)) found.names.push(name[1]!);
  }
  return found;
}

for (const build of BUILDS) {
  const built = existsSync(path.join(build.dir, 'manifest.json'));
  if (!built) console.warn(`[build-output] ${build.name} skipped: not built (npm test builds it).`);

  describe.skipIf(!built)(`the built package in ${build.name}/`, () => {
    it('injects its content scripts by absolute paths to files that exist in the package', () => {
      const { calls, paths, names } = injectedFiles(build.dir);
      expect(calls.length + paths.length, 'no injected script found in the built code').toBeGreaterThan(0);
      for (const file of [...calls, ...paths]) {
        expect(
          file,
          `"${file}" must start with one "/" (Firefox resolves relative paths against the popup)`,
        ).toMatch(/^\/[^/]/);
        expect(existsSync(path.join(build.dir, file)), `${build.name}${file} is missing`).toBe(true);
      }
      // Every script the package ships is reached through such a path, and every name the code holds too.
      const shipped = readdirSync(path.join(build.dir, 'src/content')).map((f) => `/src/content/${f}`);
      expect(new Set(paths)).toEqual(new Set(shipped));
      for (const name of names) expect(paths).toContain(`/${name}`);
    });
  });
}
