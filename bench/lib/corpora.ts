import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The two public corpora under ../shared/bench (never copied into the repo):
 * each page is an id, its gzipped HTML, the URL it was saved from and its ground truth.
 */
export const REPO_ROOT = path.resolve(fileURLToPath(new URL('../..', import.meta.url)));
/** `PITH_BENCH_ROOT` points elsewhere (or at nothing, to check that runs without the corpora skip cleanly). */
export const BENCH_ROOT = path.resolve(
  process.env.PITH_BENCH_ROOT ?? path.resolve(REPO_ROOT, '../shared/bench'),
);

export const CORPUS_NAMES = ['aeb', 'wcxb'] as const;
export type CorpusName = (typeof CORPUS_NAMES)[number];

export interface BenchPage {
  corpus: CorpusName;
  id: string;
  htmlPath: string;
  url: string;
  /** The article text the corpus authors wrote down. */
  truth: string;
  /** wcxb only: snippets that belong to the article. */
  with?: string[];
  /** wcxb only: snippets on the page that must not be extracted. */
  without?: string[];
}

const CORPUS_DIRS: Record<CorpusName, string> = { aeb: 'aeb', wcxb: 'wcxb-dev' };

export function corpusDir(name: CorpusName, root = BENCH_ROOT): string {
  return path.join(root, CORPUS_DIRS[name]);
}

export function corpusAvailable(name: CorpusName, root = BENCH_ROOT): boolean {
  return existsSync(path.join(corpusDir(name, root), 'html'));
}

export async function loadCorpus(name: CorpusName, root = BENCH_ROOT): Promise<BenchPage[]> {
  return name === 'aeb' ? loadAeb(corpusDir(name, root)) : loadWcxb(corpusDir(name, root));
}

interface AebTruth {
  articleBody: string;
  url: string;
}

async function loadAeb(dir: string): Promise<BenchPage[]> {
  const truth = JSON.parse(await readFile(path.join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    AebTruth
  >;
  return Object.keys(truth)
    .sort()
    .map((id) => ({
      corpus: 'aeb' as const,
      id,
      htmlPath: path.join(dir, 'html', `${id}.html.gz`),
      url: truth[id]!.url,
      truth: truth[id]!.articleBody ?? '',
    }));
}

interface WcxbTruth {
  url: string;
  ground_truth: { main_content?: string; with?: string[]; without?: string[] };
}

async function loadWcxb(dir: string): Promise<BenchPage[]> {
  const files = (await readdir(path.join(dir, 'ground-truth'))).filter((f) => f.endsWith('.json')).sort();
  const pages: BenchPage[] = [];
  for (const file of files) {
    const id = file.replace(/\.json$/, '');
    const data = JSON.parse(await readFile(path.join(dir, 'ground-truth', file), 'utf8')) as WcxbTruth;
    pages.push({
      corpus: 'wcxb',
      id,
      htmlPath: path.join(dir, 'html', `${id}.html.gz`),
      url: data.url,
      truth: data.ground_truth.main_content ?? '',
      with: data.ground_truth.with ?? [],
      without: data.ground_truth.without ?? [],
    });
  }
  return pages;
}
