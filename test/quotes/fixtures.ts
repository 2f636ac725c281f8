import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../src/core/extract';
import { parseHtml, readHtmlFile, releaseWindow } from '../../src/node/load-document';
import { FIXTURES_DIR, type LabelledArticle } from './scoring';

/**
 * Golden page fixtures with quote labels: test/fixtures/<name>/quotes.json beside
 * source.html and expected.json. A label names its paragraph by the first words
 * of the extracted paragraph (`paragraph`: a prefix), not by index, so the labels
 * survive changes in how many blocks the clutter passes keep.
 */

interface FixtureLabel {
  text: string;
  speaker: string | null;
  paragraph: string;
}

export interface LoadedFixture extends LabelledArticle {
  /** Milliseconds the whole extract() took, quotes included. */
  extractMs: number;
  /** Labels whose paragraph prefix is no longer among the extracted paragraphs. */
  unplaced: string[];
}

export function fixtureNames(): string[] {
  if (!existsSync(FIXTURES_DIR)) return [];
  return readdirSync(FIXTURES_DIR)
    .filter((name) => existsSync(join(FIXTURES_DIR, name, 'quotes.json')))
    .sort();
}

export async function loadFixture(name: string): Promise<LoadedFixture | null> {
  const dir = join(FIXTURES_DIR, name);
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { url?: string };
  const labels = JSON.parse(readFileSync(join(dir, 'quotes.json'), 'utf8')) as { quotes: FixtureLabel[] };
  const dom = parseHtml(await readHtmlFile(join(dir, 'source.html')), expected.url);
  const started = performance.now();
  const result = extract(dom.window.document, { url: expected.url });
  const extractMs = performance.now() - started;
  await releaseWindow(dom);
  if (!result.ok) return null;
  const { paragraphs, title, excerpt } = result.article;
  const unplaced: string[] = [];
  const quotes = labels.quotes.map((label) => {
    const index = paragraphs.findIndex((p) => p.startsWith(label.paragraph));
    if (index === -1) unplaced.push(label.paragraph);
    return { text: label.text, speaker: label.speaker, paragraph: index };
  });
  return { name: `fixture:${name}`, title, excerpt, paragraphs, quotes, extractMs, unplaced };
}
