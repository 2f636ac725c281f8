import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LabelledArticle } from './scoring';

/**
 * Labels for real article pages of the public benchmarks in ../shared/bench (AEB, WCXB).
 * The repository holds only the labels (page id, each quote's words, its speaker); the
 * article text is read from the benchmark's own ground truth at run time, so no page
 * is copied here. Paragraphs are the ground truth's blank-line-separated blocks.
 *
 * A label file, test/quotes/shared-labels/<source>-<id>.json:
 * `{ "source": "aeb" | "wcxb", "id", "lang", "kind", "readBefore"?, "quotes": [{ "text", "speaker", "role"? }] }`.
 * `readBefore` says when rules were written while reading the page unlabelled: such a page
 * is training data whatever its hash (named `tuning-…`, see split.ts), never blind.
 */

export const SHARED_BENCH = fileURLToPath(new URL('../../../shared/bench/', import.meta.url));
export const SHARED_LABELS_DIR = fileURLToPath(new URL('./shared-labels/', import.meta.url));

interface SharedLabel {
  text: string;
  speaker: string | null;
  role?: string;
}

export interface SharedLabelFile {
  source: 'aeb' | 'wcxb';
  id: string;
  lang: string;
  /** news, interview, profile, qa, statement, conversation… (for reading the errors). */
  kind: string;
  /** Rules were written while reading this page before it was labelled (which session). */
  readBefore?: string;
  quotes: SharedLabel[];
}

export interface SharedArticle extends LabelledArticle {
  lang: string;
  kind: string;
}

/** An article's name for the split: pages read while writing rules are training data. */
export function sharedArticleName(file: SharedLabelFile): string {
  return `${file.readBefore ? 'tuning-' : ''}${file.source}:${file.id}`;
}

export function sharedBenchPresent(): boolean {
  return existsSync(join(SHARED_BENCH, 'aeb', 'ground-truth.json'));
}

export function sharedLabelFiles(): SharedLabelFile[] {
  if (!existsSync(SHARED_LABELS_DIR)) return [];
  return readdirSync(SHARED_LABELS_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(SHARED_LABELS_DIR, f), 'utf8')) as SharedLabelFile);
}

let aebTruth: Record<string, { articleBody: string; url: string }> | null = null;

interface Page {
  title: string;
  text: string;
}

function readPage(source: SharedLabelFile['source'], id: string): Page | null {
  if (source === 'aeb') {
    aebTruth ??= JSON.parse(readFileSync(join(SHARED_BENCH, 'aeb', 'ground-truth.json'), 'utf8'));
    const entry = aebTruth?.[id];
    return entry ? { title: '', text: entry.articleBody } : null;
  }
  const file = join(SHARED_BENCH, 'wcxb-dev', 'ground-truth', `${id}.json`);
  if (!existsSync(file)) return null;
  const truth = JSON.parse(readFileSync(file, 'utf8')) as {
    ground_truth: { title?: string; main_content?: string };
  };
  return { title: truth.ground_truth.title ?? '', text: truth.ground_truth.main_content ?? '' };
}

export function paragraphsOf(text: string): string[] {
  return text
    .split(/\n\s*\n|\n/u)
    .map((p) => p.replace(/\s+/gu, ' ').trim())
    .filter((p) => p !== '');
}

/** Labels of a page's quotes with the paragraph each starts in, found by its first words (for reading; not scored). */
export function placedLabels(
  paragraphs: readonly string[],
  quotes: readonly { text: string; speaker: string | null }[],
): LabelledArticle['quotes'] {
  return quotes.map((q) => ({
    text: q.text,
    speaker: q.speaker,
    paragraph: paragraphs.findIndex((p) => p.includes(q.text.split(' … ')[0]!.slice(0, 30))),
  }));
}

/**
 * The labelled shared-bench articles, or [] with `missing` set when ../shared/bench is absent.
 * A label's paragraph is found by its words (the scorer does not use it; it is for reading).
 */
export function loadSharedArticles(): { articles: SharedArticle[]; missing: string | null } {
  const files = sharedLabelFiles();
  if (files.length === 0) return { articles: [], missing: null };
  if (!sharedBenchPresent())
    return {
      articles: [],
      missing: `../shared/bench not found (${SHARED_BENCH}): ${files.length} labelled benchmark articles skipped`,
    };
  const articles: SharedArticle[] = [];
  for (const file of files) {
    const page = readPage(file.source, file.id);
    if (!page) continue;
    const paragraphs = paragraphsOf(page.text);
    articles.push({
      name: sharedArticleName(file),
      title: page.title,
      excerpt: null,
      paragraphs,
      lang: file.lang,
      kind: file.kind,
      quotes: placedLabels(paragraphs, file.quotes),
    });
  }
  return { articles, missing: null };
}
