import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** File names the folder walk picks up; files named on the command line are taken whatever their name. */
const PAGE_FILE = /\.html?(\.gz)?$/i;

export interface InputFile {
  id: string;
  path: string;
}

/** The document id: its file name without .html/.htm and .gz. */
export function documentId(file: string): string {
  return path
    .basename(file)
    .replace(/\.gz$/i, '')
    .replace(/\.html?$/i, '');
}

/**
 * Every page file under the given paths, in a stable (sorted) order, yielded
 * one by one so a folder of thousands of pages never sits in memory as documents.
 * A path that does not exist is yielded as is: reading it fails later, as an error line for it.
 */
export async function* inputFiles(paths: readonly string[]): AsyncGenerator<InputFile> {
  for (const input of paths) {
    const info = await stat(input).catch(() => null);
    if (info?.isDirectory()) {
      yield* walk(input);
    } else {
      yield { id: documentId(input), path: input };
    }
  }
}

async function* walk(dir: string): AsyncGenerator<InputFile> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.isFile() && PAGE_FILE.test(entry.name)) yield { id: documentId(full), path: full };
  }
}

/** Whether the (single) input names exactly one file; decides the default format. */
export async function isSingleFile(paths: readonly string[]): Promise<boolean> {
  if (paths.length !== 1) return false;
  const info = await stat(paths[0]!).catch(() => null);
  return !info?.isDirectory();
}
