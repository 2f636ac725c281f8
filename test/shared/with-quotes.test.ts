import { describe, expect, it } from 'vitest';
import * as finder from '../../src/core/quotes/article-quotes';
import type { Article } from '../../src/core/types';
import type { ReadResult } from '../../src/shared/read-result';
import { withQuotes } from '../../src/shared/with-quotes';
import { articleFor, okResult } from '../ui/helpers';

/** The popup's path: the article read without quotes, then the quote finder run on it. */
function quoted(article: Article, load: () => Promise<typeof finder>): Promise<ReadResult> {
  return withQuotes(Promise.resolve(okResult(article)), load);
}

const speech = [
  '“We will open the line in May,” said Ana Ruiz, the council’s transport lead.',
  'Work starts in May.',
];

describe('the key quotes added to an article that was read', () => {
  it('are found on the article’s text, with no note', async () => {
    const result = await quoted(articleFor({}, { paragraphs: speech }), async () => finder);
    expect(result.ok && result.article.quotes.map((q) => q.speaker?.name)).toEqual(['Ana Ruiz']);
    expect(result.ok && result.article.limits).toBeUndefined();
  });

  it('fail without costing the article when the finder cannot load, and the reader is told', async () => {
    const article = articleFor({}, { paragraphs: speech });
    const result = await quoted(article, () => Promise.reject(new Error('chunk failed to load')));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.text).toBe(article.text);
    expect(result.article.quotes).toEqual([]);
    expect(result.article.limits?.map((n) => n.kind)).toEqual(['quotes-failed']);
  });

  it('fail without costing the article when the finder throws on what it is given', async () => {
    // A text block that is not a string (a corrupt cache entry): the finder throws inside.
    const paragraphs = [...speech, null as unknown as string];
    const result = await quoted(articleFor({}, { paragraphs }), async () => finder);
    expect(result.ok && result.article.quotes).toEqual([]);
    expect(result.ok && result.article.limits?.map((n) => n.kind)).toEqual(['quotes-failed']);
  });

  it('leave a page that could not be read as it was, even when the finder fails too', async () => {
    const failed: ReadResult = { ok: false, tabId: 1, problem: 'no-article' };
    const result = await withQuotes(Promise.resolve(failed), () => Promise.reject(new Error('no chunk')));
    expect(result).toEqual(failed);
  });
});
