/**
 * Golden page fixtures: each `test/fixtures/<name>/` holds a page as a publisher serves it
 * (`source.html`) and what Pith must make of it (`expected.json`, format in docs/fixtures.md).
 * Run one: `FIXTURE=nissan npx vitest run test/fixtures.test.ts` (comma-separate several).
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/core';
import { allCategories } from '../src/core/options';
import { type Article, CLUTTER_CATEGORIES, type ExtractOptions, type ExtractResult } from '../src/core/types';
import { parseHtml, releaseWindow } from '../src/node/load-document';
import {
  type Fixture,
  type FixtureExpectation,
  fixtureProblems,
  loadFixtures,
  normalizeSpace,
} from './helpers/fixtures';

const fixtures = loadFixtures(process.env.FIXTURE);

describe('golden fixtures', () => {
  it('finds the fixtures it was asked for', () => {
    expect(fixtures.length, `no fixture matches FIXTURE=${process.env.FIXTURE ?? ''}`).toBeGreaterThan(0);
  });

  for (const fixture of fixtures) {
    describe(fixture.name, () => {
      const { expected } = fixture;
      it('is itself consistent (expectations match the source page)', async () => {
        const dom = parseHtml(fixture.html, expected.url);
        const problems = fixtureProblems(fixture, dom.window.document);
        await releaseWindow(dom);
        expect(problems).toEqual([]);
      });

      if (expected.noArticle) {
        it('is refused as not an article', async () => {
          const result = await extractFixture(fixture);
          expect(result).toMatchObject({ ok: false, reason: 'no-article' });
        });
        return;
      }

      it('keeps every body paragraph, in order', async () => {
        const article = await articleOf(fixture);
        expectParagraphsInOrder(article, expected);
      });

      const metadata = { title: expected.title, lang: expected.lang, dir: expected.dir };
      const expectedMetadata = Object.fromEntries(
        Object.entries(metadata).filter(([, v]) => v !== undefined),
      );
      if (Object.keys(expectedMetadata).length > 0) {
        it('carries the page metadata', async () => {
          const article = await articleOf(fixture);
          expect(article).toMatchObject(expectedMetadata);
        });
      }

      const absent = expected.absent ?? [];
      if (absent.length > 0) {
        it('drops the clutter', async () => {
          const text = comparable((await articleOf(fixture)).text);
          const leaked = absent.filter((s) => text.includes(comparable(s)));
          expect(leaked, 'clutter left in Article.text').toEqual([]);
        });
      }

      const removedMinimums = Object.entries(expected.removed ?? {});
      if (removedMinimums.length > 0) {
        it('reports what it removed, per category', async () => {
          const article = await articleOf(fixture);
          for (const [category, minimum] of removedMinimums) {
            const count = article.removed[category as keyof Article['removed']].length;
            expect(count, `removed.${category}`).toBeGreaterThanOrEqual(minimum);
          }
        });
      }

      for (const category of CLUTTER_CATEGORIES) {
        const kept = expected.keptWhenOff?.[category];
        if (!kept?.length) continue;
        it(`keeps ${category} when that category is switched off`, async () => {
          const article = await articleOf(fixture, { remove: { ...allCategories(true), [category]: false } });
          const text = comparable(article.text);
          const missing = kept.filter((s) => !text.includes(comparable(s)));
          expect(missing, `${category} text missing with remove.${category}=false`).toEqual([]);
        });
      }

      it('gives article HTML with nothing that can run', async () => {
        const article = await articleOf(fixture);
        expect(activeContent(article.html), 'active content in Article.html').toEqual([]);
      });

      // Keeping clutter must never cost article text: the same paragraphs survive with nothing removed.
      it('keeps every body paragraph when no clutter category is removed', async () => {
        const article = await articleOf(fixture, { remove: allCategories(false) });
        expectParagraphsInOrder(article, expected);
      });
    });
  }
});

/** Results with default options, shared by the tests of one fixture (parsing a page is the slow part). */
const defaultResults = new Map<string, Promise<ExtractResult>>();

function extractFixture(fixture: Fixture, options?: Partial<ExtractOptions>): Promise<ExtractResult> {
  if (options) return extractFresh(fixture, options);
  let result = defaultResults.get(fixture.name);
  if (!result) {
    result = extractFresh(fixture, {});
    defaultResults.set(fixture.name, result);
  }
  return result;
}

async function extractFresh(fixture: Fixture, options: Partial<ExtractOptions>): Promise<ExtractResult> {
  // A fresh document per run: extract() must not depend on (or leave) state in the page.
  const dom = parseHtml(fixture.html, fixture.expected.url);
  const result = extract(dom.window.document, { url: fixture.expected.url, ...options });
  await releaseWindow(dom);
  return result;
}

async function articleOf(fixture: Fixture, options?: Partial<ExtractOptions>): Promise<Article> {
  const result = await extractFixture(fixture, options);
  if (!result.ok) throw new Error(`extract() refused ${fixture.name}: ${result.reason} (${result.message})`);
  return result.article;
}

/**
 * Each expected paragraph must equal one whole block, and the matches must come in the
 * expected order (captions, headings or subheads may sit between them).
 */
function expectParagraphsInOrder(article: Article, expected: FixtureExpectation): void {
  const blocks = article.paragraphs.map(normalizeSpace);
  const missing: string[] = [];
  let cursor = 0;
  for (const paragraph of expected.paragraphs ?? []) {
    const wanted = normalizeSpace(paragraph);
    const at = blocks.indexOf(wanted, cursor);
    if (at === -1) {
      missing.push(blocks.includes(wanted) ? `(out of order) ${wanted}` : wanted);
    } else {
      cursor = at + 1;
    }
  }
  expect(missing, 'expected paragraphs not found as whole blocks, in order').toEqual([]);
}

/** Elements, handlers and URLs in `html` that could run code or navigate when rendered. */
function activeContent(html: string): string[] {
  // jsdom runs no scripts and loads nothing by default: the HTML is only parsed.
  const dom = parseHtml(`<!DOCTYPE html><html><body>${html}</body></html>`);
  const found: string[] = [];
  for (const el of Array.from(dom.window.document.body.querySelectorAll('*'))) {
    if (el.matches('script, iframe, frame, object, embed, form, meta, base, link')) {
      found.push(`<${el.localName}>`);
    }
    for (const attr of Array.from(el.attributes)) {
      if (/^on/i.test(attr.name)) found.push(`${el.localName}[${attr.name}]`);
      if (/^\s*(vbscript:|data:text\/html)|javascript:|expression\s*\(/i.test(attr.value)) {
        found.push(`${el.localName}[${attr.name}="${attr.value.slice(0, 40)}"]`);
      }
    }
  }
  dom.window.close();
  return found;
}

function comparable(text: string): string {
  return normalizeSpace(text).toLowerCase();
}
