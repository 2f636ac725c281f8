/**
 * `web-ext lint` on the Firefox build, summed up in one line instead of its table.
 *   npx tsx scripts/lint-firefox.ts [dist-firefox]
 * Fails (exit 1) on any error; prints counts, and says what each warning is. The
 * warnings it knows are the `innerHTML` assignments inside the libraries Pith ships
 * (the linter sees minified code and can't tell sanitized HTML from raw); anything
 * else is printed in full, so a new warning is read, not scrolled past.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

interface Message {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}
interface LintReport {
  summary: { errors: number; notices: number; warnings: number };
  errors: Message[];
  notices: Message[];
  warnings: Message[];
}

/** Known sources of the linter's innerHTML warning, recognised by the minified code just before it. */
const KNOWN_INNER_HTML: { source: string; marker: RegExp }[] = [
  { source: "Preact setting SafeHtml's sanitized HTML", marker: /__html/ },
  { source: "DOMPurify's own parser", marker: /parseFromString|createDocument\(/ },
  {
    source: 'Readability, on its detached copy of the page',
    marker: /this\._(?:debug|forEachNode|isSingleImage|attempts)/,
  },
];

function explain(dir: string, warning: Message): string | null {
  if (
    warning.code !== 'UNSAFE_VAR_ASSIGNMENT' ||
    !warning.file ||
    !warning.line ||
    warning.column === undefined
  ) {
    return null;
  }
  const line = readFileSync(path.join(dir, warning.file), 'utf8').split('\n')[warning.line - 1] ?? '';
  const before = line.slice(Math.max(0, warning.column - 400), warning.column + 20);
  return KNOWN_INNER_HTML.find((known) => known.marker.test(before))?.source ?? null;
}

export function lintFirefox(dir: string): { ok: boolean; lines: string[] } {
  const bin = fileURLToPath(new URL('../node_modules/.bin/web-ext', import.meta.url));
  const run = spawnSync(bin, ['lint', '--source-dir', dir, '--output', 'json'], { encoding: 'utf8' });
  let report: LintReport;
  try {
    report = JSON.parse(run.stdout);
  } catch {
    return { ok: false, lines: [`web-ext lint gave no report (exit ${run.status}):`, run.stderr.trim()] };
  }
  const { errors, notices, warnings } = report.summary;
  const known = new Map<string, number>();
  const unknown: Message[] = [];
  for (const warning of report.warnings) {
    const source = explain(dir, warning);
    if (source) known.set(source, (known.get(source) ?? 0) + 1);
    else unknown.push(warning);
  }
  const parts = [...known].map(([source, n]) => `${n} in ${source}`);
  if (unknown.length) parts.push(`${unknown.length} not recognised, listed below`);
  const lines = [
    `web-ext lint ${path.basename(dir)}: ${errors} errors, ${notices} notices, ${warnings} warnings` +
      (warnings ? ` (innerHTML: ${parts.join('; ')})` : ''),
  ];
  const describe = (m: Message) =>
    `  ${m.code} ${m.file ?? ''}:${m.line ?? ''}:${m.column ?? ''} ${m.message}`;
  for (const m of [...report.errors, ...unknown, ...report.notices]) lines.push(describe(m));
  return { ok: errors === 0, lines };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const dir = path.resolve(process.argv[2] ?? fileURLToPath(new URL('../dist-firefox', import.meta.url)));
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    console.error(`No build in ${dir}: run \`npm run build:firefox\` first.`);
    process.exit(1);
  }
  const { ok, lines } = lintFirefox(dir);
  for (const line of lines) (ok ? console.log : console.error)(line);
  process.exit(ok ? 0 : 1);
}
