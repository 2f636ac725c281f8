import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import type { Writable } from 'node:stream';
import { type CliOptions, type Format, parseCliArgs, USAGE, UsageError } from './args';
import { formatMarkdown, formatText, jsonlRecord, jsonValue } from './formats';
import { inputFiles, isSingleFile } from './inputs';
import { type FileOutcome, failure, type ProcessOptions, processFile } from './process-file';

export interface CliIo {
  stdout: Writable;
  stderr: Writable;
}

/** The whole command: returns the exit code (0 run completed, 2 usage error). */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let options: CliOptions;
  let processOptions: ProcessOptions;
  let single: boolean;
  try {
    options = parseCliArgs(argv);
    if (options.help) {
      io.stdout.write(`${USAGE}\n`);
      return 0;
    }
    single = await isSingleFile(options.inputs);
    if (options.url && !single)
      throw new UsageError('--url applies to one file; use --urls map.json for several.');
    processOptions = {
      url: options.url,
      urls: options.urlsFile ? await readUrlMap(options.urlsFile) : undefined,
      extract: { remove: options.remove, captions: options.captions },
    };
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`pith extract: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }

  const format: Format = options.format ?? (single ? 'text' : 'jsonl');
  const jsonArray = format === 'json' && !single;
  let count = 0;
  if (jsonArray) await write(io.stdout, '[\n');
  const render = (outcome: FileOutcome): Rendered => {
    switch (format) {
      case 'jsonl':
        return { out: `${JSON.stringify(jsonlRecord(outcome))}\n` };
      case 'json': {
        const json = JSON.stringify(jsonValue(outcome, jsonArray), null, 2);
        return { out: jsonArray ? `${count > 0 ? ',\n' : ''}${json}` : `${json}\n` };
      }
      default: {
        if (!outcome.ok)
          return { err: `pith extract: ${outcome.id}: ${outcome.error} (${outcome.reason})\n` };
        const body = format === 'markdown' ? formatMarkdown(outcome) : formatText(outcome);
        const separator = count > 0 ? (format === 'markdown' ? '\n---\n\n' : '\n') : '';
        const header = single ? '' : `==> ${outcome.id} <==\n`;
        return { out: separator + header + body };
      }
    }
  };
  for await (const file of inputFiles(options.inputs)) {
    const outcome = await processFile(file, processOptions);
    let rendered: Rendered;
    try {
      rendered = render(outcome);
    } catch (error) {
      // Formatting one article failed (e.g. a tree too deep to convert): that file gets an error line.
      rendered = render(failure(file, outcome.url, 'error', error));
    }
    if (rendered.out) await write(io.stdout, rendered.out);
    if (rendered.err) io.stderr.write(rendered.err);
    count++;
  }
  if (jsonArray) await write(io.stdout, '\n]\n');
  if (count === 0) io.stderr.write('pith extract: no .html or .html.gz files found\n');
  return 0;
}

/** One file's output: for stdout, or (a failure in text formats) for stderr. */
interface Rendered {
  out?: string;
  err?: string;
}

/** Streams politely: waits when the consumer (a pipe, a file) is slower than we are. */
async function write(stream: Writable, chunk: string): Promise<void> {
  if (!stream.write(chunk)) await once(stream, 'drain');
}

async function readUrlMap(file: string): Promise<Record<string, string>> {
  let map: unknown;
  try {
    map = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new UsageError(`Cannot read --urls ${file}: ${error instanceof Error ? error.message : error}`);
  }
  if (!map || typeof map !== 'object' || Array.isArray(map)) {
    throw new UsageError(`--urls ${file} must be a JSON object {"<id>": "<url>"}.`);
  }
  for (const [id, url] of Object.entries(map)) {
    if (typeof url !== 'string' || !URL.canParse(url)) {
      throw new UsageError(`--urls ${file}: the URL for "${id}" is not an absolute URL.`);
    }
  }
  return map as Record<string, string>;
}
