import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../../src/core/extract';
import { parseHtml, releaseWindow } from '../../src/node/load-document';
import type { LabelledArticle } from './scoring';
import { placedLabels } from './shared-bench';

/**
 * Labels for real article pages kept as test pages in public repositories outside
 * ../shared/bench (mozilla/readability's test/test-pages, postlight/parser's fixtures).
 * They were labelled by reading the page's text before any rule was run on them, so they
 * are fresh material for the blind half. The repository holds only the labels; the page is
 * read at run time from a copy of its repository at the labelled commit, and its text is
 * what the real extract() gives (as a reader would see it), so no page is copied here.
 *
 * Where the copies are: $PITH_QUOTE_REPOS, else ../repos beside the checkout, holding
 * `<owner>+<name>` as a bare clone, a `repo` folder inside it, or a working copy, e.g.
 *   git clone --bare https://github.com/mozilla/readability ../repos/mozilla+readability
 * Absent copies skip these articles with a note.
 *
 * A label file, test/quotes/external-labels/<owner>+<name>--<page>.json:
 * `{ "repo", "commit", "path", "url", "lang", "kind", "quotes": [{ "text", "speaker" }] }`.
 */

export const EXTERNAL_LABELS_DIR = fileURLToPath(new URL('./external-labels/', import.meta.url));
const DEFAULT_REPOS = fileURLToPath(new URL('../../../repos/', import.meta.url));

export interface ExternalLabelFile {
  repo: string;
  commit: string;
  path: string;
  url: string;
  lang: string;
  kind: string;
  quotes: { text: string; speaker: string | null }[];
}

export interface ExternalArticle extends LabelledArticle {
  lang: string;
  kind: string;
}

export function externalLabelFiles(): { file: string; label: ExternalLabelFile }[] {
  if (!existsSync(EXTERNAL_LABELS_DIR)) return [];
  return readdirSync(EXTERNAL_LABELS_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({
      file: f,
      label: JSON.parse(readFileSync(join(EXTERNAL_LABELS_DIR, f), 'utf8')) as ExternalLabelFile,
    }));
}

/** The article's id for the split: the repository and the page's file name. */
export function externalArticleName(file: string): string {
  return `ext:${file.replace(/\.json$/u, '')}`;
}

function reposDir(): string {
  return process.env.PITH_QUOTE_REPOS ?? DEFAULT_REPOS;
}

/** Reads a page at the labelled commit from a bare clone or a working copy; null when absent. */
function readPage(label: ExternalLabelFile): string | null {
  const base = join(reposDir(), label.repo.replace('/', '+'));
  for (const gitDir of [join(base, 'repo'), base, join(base, '.git')]) {
    if (!existsSync(join(gitDir, 'HEAD'))) continue;
    try {
      return execFileSync('git', ['--git-dir', gitDir, 'show', `${label.commit}:${label.path}`], {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
        stdio: ['ignore', 'pipe', 'ignore'],
      });
    } catch {
      // Not this layout, or the commit is missing from this copy: try the next.
    }
  }
  const plain = join(base, label.path);
  return existsSync(plain) ? readFileSync(plain, 'utf8') : null;
}

/**
 * The labelled external articles, with the paragraphs extract() gives for each page, or []
 * with `missing` set when the repositories are not on this machine.
 */
export async function loadExternalArticles(): Promise<{
  articles: ExternalArticle[];
  missing: string | null;
}> {
  const files = externalLabelFiles();
  const articles: ExternalArticle[] = [];
  let absent = 0;
  for (const { file, label } of files) {
    const html = readPage(label);
    if (html === null) {
      absent++;
      continue;
    }
    const dom = parseHtml(html, label.url);
    const result = extract(dom.window.document, { url: label.url });
    await releaseWindow(dom);
    if (!result.ok) continue;
    const { paragraphs, title, excerpt } = result.article;
    articles.push({
      name: externalArticleName(file),
      title,
      excerpt,
      paragraphs,
      lang: label.lang,
      kind: label.kind,
      quotes: placedLabels(paragraphs, label.quotes),
    });
  }
  const missing =
    absent > 0
      ? `${absent} of ${files.length} labelled external pages skipped: their repositories are not in ${reposDir()} (see test/quotes/external-pages.ts)`
      : null;
  return { articles, missing };
}
