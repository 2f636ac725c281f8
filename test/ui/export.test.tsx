// @vitest-environment jsdom
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { htmlToMarkdown } from '../../bin/lib/html-to-markdown';
import { extract } from '../../src/core/extract';
import type { Article } from '../../src/core/types';
import { parseHtml } from '../../src/node/load-document';
import { exportMarkdown, exportPlainText, markdownFileName } from '../../src/reader/export';
import { ReaderApp } from '../../src/reader/ReaderApp';
import { saveEntry } from '../../src/reader/reader-store';
import { createFakeApi } from '../../src/shared/extension-api';
import { MemorySettingsStore } from '../../src/shared/fake-store';
import { DEFAULT_SETTINGS, toExtractOptions } from '../../src/shared/settings';
import { mount, waitFor } from './helpers';

/**
 * Export from the reader: the Markdown of a golden page, made the way the reader makes
 * it (from the rendered, re-sanitized article body), equals its golden file; the CLI's
 * converter is the same one. UPDATE_GOLDEN=1 rewrites the golden file (then read it).
 */
const HERE = path.dirname(fileURLToPath(import.meta.url));
const FIXTURE = path.resolve(HERE, '../fixtures/nissan');
const GOLDEN = path.join(HERE, 'golden', 'nissan.md');
const URL_ = 'https://news.example/nissan-sunderland';

function fixtureArticle(): Article {
  const expected = JSON.parse(readFileSync(path.join(FIXTURE, 'expected.json'), 'utf8'));
  const dom = parseHtml(readFileSync(path.join(FIXTURE, 'source.html'), 'utf8'), expected.url);
  const result = extract(dom.window.document);
  dom.window.close();
  if (!result.ok) throw new Error(result.message);
  return result.article;
}

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

describe('export', () => {
  it('the reader’s Markdown of a golden page equals its golden file', async () => {
    const article = fixtureArticle();
    const api = createFakeApi({
      store: new MemorySettingsStore(),
      read: () => ({ ok: false, tabId: null, problem: 'no-tab' }),
    });
    await saveEntry(api.readerArea, {
      id: 'g1',
      url: URL_,
      tabId: 1,
      savedAt: 0,
      article,
      options: toExtractOptions(DEFAULT_SETTINGS),
    });
    const { container, unmount } = mount(<ReaderApp api={api} id="g1" />);
    cleanup = unmount;
    const body = await waitFor(() => {
      const el = container.querySelector('.article-body');
      expect(el).not.toBeNull();
      return el!;
    });
    const markdown = exportMarkdown(article, body, URL_);
    if (process.env.UPDATE_GOLDEN || !existsSync(GOLDEN)) writeFileSync(GOLDEN, markdown);
    expect(markdown).toBe(readFileSync(GOLDEN, 'utf8'));
    // Title, byline line, source, body, key quotes with speakers.
    expect(markdown.startsWith(`# ${article.title}\n`)).toBe(true);
    expect(markdown).toContain(`Source: <${URL_}>`);
    expect(markdown).toContain('## Key quotes');
    expect(markdown).toContain('— Ivan Espinosa');
    // One converter: the CLI's, over the same HTML, gives the same body.
    expect(markdown).toContain(htmlToMarkdown(article.html).split('\n\n')[0]!);
  });

  it('gives plain text with title, byline, source, paragraphs and quotes', () => {
    const article = fixtureArticle();
    const text = exportPlainText(article, URL_);
    expect(text.split('\n')[0]).toBe(article.title);
    expect(text).toContain(`Source: ${URL_}`);
    for (const paragraph of article.paragraphs.slice(0, 3)) expect(text).toContain(paragraph);
    expect(text).toMatch(/\n— Ivan Espinosa/);
    expect(text).not.toMatch(/[<>]/);
  });

  it('names the file after the title, in any script', () => {
    expect(markdownFileName('Nissan open to building cars, says CEO!')).toBe(
      'nissan-open-to-building-cars-says-ceo.md',
    );
    expect(markdownFileName('الأردن يبدأ المرحلة')).toBe('الأردن-يبدأ-المرحلة.md');
    expect(markdownFileName('???')).toBe('article.md');
  });
});
