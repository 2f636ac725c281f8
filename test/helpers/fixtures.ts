import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ClutterCategory } from '../../src/core/types';

/** Where the golden pages live: `test/fixtures/<name>/{source.html, expected.json}`. */
export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/', import.meta.url));

/**
 * What a golden page promises about `extract()` with default options
 * (the file format is described in docs/fixtures.md).
 */
export interface FixtureExpectation {
  /** The page's address as published; the source is parsed at this URL. */
  url: string;
  /** Expected `Article.title`. */
  title?: string;
  lang?: string;
  dir?: 'ltr' | 'rtl';
  /** True: the page is not an article and `extract()` must say so (`reason: 'no-article'`). */
  noArticle?: boolean;
  /** Body blocks, each equal to one `Article.paragraphs` entry (whitespace-normalised), in this order. */
  paragraphs?: string[];
  /** Strings that must not occur in `Article.text` (case-insensitive, whitespace-normalised). */
  absent?: string[];
  /** Minimum number of `Article.removed[category]` entries. */
  removed?: Partial<Record<ClutterCategory, number>>;
  /** Strings that do occur in `Article.text` when only that category is switched off. */
  keptWhenOff?: Partial<Record<ClutterCategory, string[]>>;
}

export interface Fixture {
  name: string;
  dir: string;
  html: string;
  expected: FixtureExpectation;
}

export function loadFixture(name: string): Fixture {
  const dir = path.join(FIXTURES_DIR, name);
  const html = readFileSync(path.join(dir, 'source.html'), 'utf8');
  const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as FixtureExpectation;
  if (typeof expected.url !== 'string') throw new Error(`Fixture ${name}: expected.json has no "url".`);
  return { name, dir, html, expected };
}

/** Every fixture folder, sorted by name; `only` (e.g. from FIXTURE=a,b) narrows the list. */
export function loadFixtures(only?: string): Fixture[] {
  const wanted = only
    ?.split(',')
    .map((n) => n.trim())
    .filter(Boolean);
  return fixtureNames()
    .filter((name) => !wanted?.length || wanted.includes(name))
    .map(loadFixture);
}

export function fixtureNames(): string[] {
  return readdirSync(FIXTURES_DIR)
    .filter((name) => statSync(path.join(FIXTURES_DIR, name)).isDirectory())
    .filter((name) => {
      try {
        return statSync(path.join(FIXTURES_DIR, name, 'source.html')).isFile();
      } catch {
        return false;
      }
    })
    .sort();
}

/** The comparison form used by every fixture assertion: whitespace collapsed, trimmed. */
export function normalizeSpace(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/**
 * Mistakes in a fixture itself (not in the extractor): expected paragraphs that are not
 * the visible text of one element in the source, clutter strings that also occur inside an
 * expected paragraph, or kept-when-off strings that the page does not contain.
 */
export function fixtureProblems(fixture: Fixture, document: Document): string[] {
  const { expected } = fixture;
  const elementTexts = new Set<string>();
  for (const el of Array.from(document.body.querySelectorAll('*'))) {
    if (el.closest('script, style, template, noscript')) continue;
    elementTexts.add(normalizeSpace(el.textContent ?? ''));
  }
  const pageText = normalizeSpace(document.body.textContent ?? '').toLowerCase();
  const paragraphs = (expected.paragraphs ?? []).map(normalizeSpace);
  const problems: string[] = [];
  for (const paragraph of paragraphs) {
    if (!elementTexts.has(paragraph)) problems.push(`paragraph not in source: ${paragraph.slice(0, 80)}`);
  }
  for (const clutter of expected.absent ?? []) {
    const needle = normalizeSpace(clutter).toLowerCase();
    if (paragraphs.some((p) => p.toLowerCase().includes(needle))) {
      problems.push(`"absent" string occurs in an expected paragraph: ${clutter}`);
    }
  }
  for (const kept of Object.values(expected.keptWhenOff ?? {}).flat()) {
    if (!pageText.includes(normalizeSpace(kept).toLowerCase()))
      problems.push(`keptWhenOff not in page: ${kept}`);
  }
  if (expected.noArticle && paragraphs.length > 0) problems.push('noArticle fixture lists paragraphs');
  return problems;
}
