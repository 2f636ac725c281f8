import { parseArgs } from 'node:util';
import { CORPUS_NAMES, type CorpusName } from './corpora';
import { DEFAULT_EXTRACTORS, EXTRACTOR_NAMES, type ExtractorName } from './extractors';

export const BENCH_USAGE = `Usage: npm run bench -- [options]

Scores plain Readability and Pith on the public corpora in ../shared/bench
(AEB metric, wcxb keep/leak rates, time per page).

  --corpus aeb|wcxb|all     which corpus (default all)
  --limit N                 only the first N pages of each corpus
  --only NAME[,NAME]        run only these extractors: pith, readability, readability-clone,
                            pith-no-captions (Pith with the reader's captions switch off;
                            not run by default)
  --jobs N                  split the pages over N processes (faster; times compete for CPU)
  --json FILE               write per-page results (scores, times, leaks) to FILE
  --compare FILE            Pith against an earlier --json run: deltas, pages that moved
  --details                 print the worst pages and most leaked snippets
  --help                    this text`;

export interface BenchArgs {
  corpora: CorpusName[];
  limit: number;
  jobs: number;
  extractors: ExtractorName[];
  json?: string;
  compare?: string;
  details: boolean;
  help: boolean;
}

/** Throws an Error with a message for the user on bad input. */
export function parseBenchArgs(argv: string[]): BenchArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      corpus: { type: 'string', default: 'all' },
      limit: { type: 'string' },
      jobs: { type: 'string', default: '1' },
      only: { type: 'string' },
      json: { type: 'string' },
      compare: { type: 'string' },
      details: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  const corpus = values.corpus ?? 'all';
  if (corpus !== 'all' && !(CORPUS_NAMES as readonly string[]).includes(corpus)) {
    throw new Error(`--corpus must be one of: ${[...CORPUS_NAMES, 'all'].join(', ')}`);
  }
  const limit = values.limit === undefined ? Number.POSITIVE_INFINITY : Number(values.limit);
  if (!Number.isInteger(limit) && limit !== Number.POSITIVE_INFINITY)
    throw new Error('--limit must be a whole number');
  if (limit < 1) throw new Error('--limit must be at least 1');
  const jobs = Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 32)
    throw new Error('--jobs must be a whole number from 1 to 32');
  const only = values.only?.split(',').map((name) => name.trim());
  if (only?.some((name) => !(EXTRACTOR_NAMES as readonly string[]).includes(name))) {
    throw new Error(`--only must name some of: ${EXTRACTOR_NAMES.join(', ')}`);
  }
  return {
    corpora: corpus === 'all' ? [...CORPUS_NAMES] : [corpus as CorpusName],
    limit,
    jobs,
    extractors: only ? (only as ExtractorName[]) : [...DEFAULT_EXTRACTORS],
    json: values.json,
    compare: values.compare,
    details: values.details ?? false,
    help: values.help ?? false,
  };
}
