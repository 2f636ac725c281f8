import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Extracted HTML may reach a page's DOM only through src/ui/SafeHtml.tsx, which
 * sanitizes first. This meta-test fails if an API that turns a string into DOM
 * (assigning innerHTML/outerHTML, insertAdjacentHTML, dangerouslySetInnerHTML,
 * createContextualFragment, document.write) shows up anywhere else in src/.
 * Reading `.innerHTML` (serializing a DOM) is not a sink and is allowed.
 */
const SRC = fileURLToPath(new URL('../../src', import.meta.url));
const RAW_HTML =
  /\.(?:inner|outer)HTML\s*(?:=(?!=)|\+=)|\b(?:insertAdjacentHTML|dangerouslySetInnerHTML|createContextualFragment|document\.write(?:ln)?)\b/;
const ALLOWED: Record<string, string> = {
  'ui/SafeHtml.tsx': 'the one sanitizing helper',
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : /\.(ts|tsx|js|jsx)$/.test(name) ? [full] : [];
  });
}

describe('no raw HTML outside the sanitizing helper', () => {
  it('finds the raw-HTML APIs only in allowed files', () => {
    const offenders = sourceFiles(SRC)
      .map((file) => path.relative(SRC, file).split(path.sep).join('/'))
      .filter((rel) => !(rel in ALLOWED))
      .flatMap((rel) =>
        readFileSync(path.join(SRC, rel), 'utf8')
          .split('\n')
          .map((line, i) => ({ rel, line: i + 1, text: line }))
          .filter(({ text }) => RAW_HTML.test(text))
          .map(({ rel, line, text }) => `${rel}:${line}: ${text.trim()}`),
      );
    expect(offenders).toEqual([]);
  });

  it('matches the sinks and not plain reads', () => {
    expect(readFileSync(path.join(SRC, 'ui/SafeHtml.tsx'), 'utf8')).toMatch(RAW_HTML);
    for (const sink of [
      'el.innerHTML = x',
      'el.outerHTML += x',
      'el.insertAdjacentHTML("beforeend", x)',
      'document.write(x)',
    ]) {
      expect(sink).toMatch(RAW_HTML);
    }
    for (const read of ['const html = body.innerHTML;', 'if (el.innerHTML === "") {}']) {
      expect(read).not.toMatch(RAW_HTML);
    }
  });
});
