import { loadCorpus } from './corpora';
import type { ShardTask } from './parallel';
import { runPage, takingTurns } from './run-page';

/** One `--jobs` shard: runs every `shards`-th page and sends each result to the parent as it is done. */
async function runShard(task: ShardTask): Promise<void> {
  const pages = (await loadCorpus(task.corpus)).slice(0, task.limit ?? undefined);
  if (pages[task.shard]) await runPage(pages[task.shard]!, task.extractors); // warm-up, untimed
  for (let index = task.shard; index < pages.length; index += task.shards) {
    const order = takingTurns(task.extractors, index);
    const result = await runPage(pages[index]!, order);
    await new Promise<void>((resolve, reject) =>
      process.send!({ index, result }, undefined, {}, (error) => (error ? reject(error) : resolve())),
    );
  }
}

runShard(JSON.parse(process.argv[2]!) as ShardTask).then(
  () => process.disconnect?.(),
  (error) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : error}\n`);
    process.exit(1);
  },
);
