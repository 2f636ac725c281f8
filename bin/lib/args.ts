import { parseArgs } from 'node:util';
import { CLUTTER_CATEGORIES, type ClutterCategory } from '../../src/core/types';

export const FORMATS = ['text', 'markdown', 'json', 'jsonl'] as const;
export type Format = (typeof FORMATS)[number];

export const USAGE = `Usage: npm run extract -- [options] <file-or-folder>...

Extracts the article from saved pages (.html, .htm, optionally gzipped; folders
are searched recursively) with Pith's core, as the extension would.

  --format text|markdown|json|jsonl
                     output format (default: text for one file, jsonl for several)
  --url URL          base URL of the page (one file only; default: the page's
                     canonical link, else its file: URL)
  --urls FILE        JSON map {"<id>": "<url>"} for many files; <id> is the file
                     name without .html/.htm/.gz
  --keep LIST        clutter categories to keep in the article, comma-separated:
                     ${CLUTTER_CATEGORIES.join(', ')} (or "all")
  --no-captions      leave out image captions
  --help             this text

Results are streamed, one document at a time. A file that cannot be read or
extracted gives an error for that file (jsonl/json: {"id", "error"}; text and
markdown: a line on stderr) and the run goes on.
Exit code: 0 when the run completed (even if some files failed), 2 for usage
errors (bad option, unknown category, unreadable --urls map, no input).`;

/** A mistake in how the command was called: printed with the usage, exit code 2. */
export class UsageError extends Error {}

export interface CliOptions {
  format?: Format;
  url?: string;
  urlsFile?: string;
  remove: Record<ClutterCategory, boolean>;
  captions: boolean;
  inputs: string[];
  help: boolean;
}

export function parseCliArgs(argv: readonly string[]): CliOptions {
  let parsed: ReturnType<typeof parseRaw>;
  try {
    parsed = parseRaw(argv);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const format = values.format;
  if (format !== undefined && !(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`Unknown format "${format}". Valid formats: ${FORMATS.join(', ')}.`);
  }
  if (values.url !== undefined && !URL.canParse(values.url)) {
    throw new UsageError(`--url is not an absolute URL: ${values.url}`);
  }
  const help = values.help ?? false;
  if (!help && positionals.length === 0) throw new UsageError('No input file or folder given.');
  return {
    format: format as Format | undefined,
    url: values.url,
    urlsFile: values.urls,
    remove: parseKeep(values.keep),
    captions: !(values['no-captions'] ?? false),
    inputs: positionals,
    help,
  };
}

function parseRaw(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    options: {
      format: { type: 'string', short: 'f' },
      url: { type: 'string' },
      urls: { type: 'string' },
      keep: { type: 'string' },
      'no-captions': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
    strict: true,
  });
}

/** `--keep ads,social` → remove everything except ads and social. Unknown names are a usage error. */
export function parseKeep(list: string | undefined): Record<ClutterCategory, boolean> {
  const remove = Object.fromEntries(CLUTTER_CATEGORIES.map((c) => [c, true])) as Record<
    ClutterCategory,
    boolean
  >;
  if (list === undefined) return remove;
  const names = list
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean);
  for (const name of names) {
    if (name === 'all') {
      for (const c of CLUTTER_CATEGORIES) remove[c] = false;
    } else if ((CLUTTER_CATEGORIES as readonly string[]).includes(name)) {
      remove[name as ClutterCategory] = false;
    } else {
      throw new UsageError(
        `Unknown category "${name}" in --keep. Valid categories: ${CLUTTER_CATEGORIES.join(', ')} (or "all").`,
      );
    }
  }
  return remove;
}
