import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { CorpusName } from './corpora';
import type { ExtractorName } from './extractors';
import type { PageResult } from './run-page';

/** What the parent tells each shard process (argv[2], as JSON). */
export interface ShardTask {
  corpus: CorpusName;
  limit: number | null;
  extractors: ExtractorName[];
  shard: number;
  shards: number;
}

const WORKER = fileURLToPath(new URL('./shard-worker.ts', import.meta.url));

/**
 * `--jobs N`: N child processes, each taking every N-th page, for quicker
 * quality runs. Times then compete for the CPU, so read them with care.
 */
export async function runSharded(
  corpus: CorpusName,
  limit: number,
  extractors: ExtractorName[],
  shards: number,
  onPage: () => void,
): Promise<PageResult[]> {
  const byIndex = new Map<number, PageResult>();
  const children: ReturnType<typeof fork>[] = [];
  const runs = Array.from({ length: shards }, (_, shard) => {
    const task: ShardTask = {
      corpus,
      limit: Number.isFinite(limit) ? limit : null,
      extractors,
      shard,
      shards,
    };
    // The child inherits this process's execArgv, which carries tsx's loader.
    const child = fork(WORKER, [JSON.stringify(task)], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    children.push(child);
    child.on('message', (message: { index: number; result: PageResult }) => {
      byIndex.set(message.index, message.result);
      onPage();
    });
    return new Promise<void>((resolve, reject) => {
      child.on('error', reject);
      child.on('exit', (code) =>
        code === 0 ? resolve() : reject(new Error(`bench shard ${shard} exited ${code}`)),
      );
    });
  });
  try {
    await Promise.all(runs);
  } catch (error) {
    // One shard failed: stop the others (our own children) rather than leave them running.
    for (const child of children) if (child.exitCode === null) child.kill();
    throw error;
  }
  return [...byIndex.entries()].sort((a, b) => a[0] - b[0]).map(([, result]) => result);
}
