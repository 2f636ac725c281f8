import { describe, expect, it } from 'vitest';
import { articleOf } from './page';

const PROSE = [
  'The county board voted on Tuesday to close two of its four branch libraries, citing a budget gap of nearly three million dollars.',
  'Residents filled the hearing room for more than three hours, many holding signs asking the board to find the money elsewhere.',
  'The branches will close at the end of March; their collections are to be moved to the central library downtown by the summer.',
  'A petition to reopen the smaller of the two branches had gathered more than four thousand signatures by Wednesday evening.',
];

function page({ byline, tail }: { byline: string; tail: string }): string {
  return `<!doctype html><html lang="en"><head><title>Board votes to close branch libraries</title>
<meta name="author" content="${byline}"></head><body>
<article><h1>Board votes to close branch libraries</h1>${PROSE.map((p) => `<p>${p}</p>`).join('')}${tail}</article></body></html>`;
}

const BIO =
  'Dana Whitfield is a freelance writer living in the Hudson Valley. Over the past decade she has covered local government, schools and libraries for regional papers.';

describe("the writer's bio at the end, told by the byline", () => {
  it('goes, with the name line above it, when it opens with the byline name', () => {
    const article = articleOf(
      page({ byline: 'Dana Whitfield', tail: `<h4>Dana Whitfield</h4><p>${BIO}</p>` }),
    );
    expect(article.text).not.toContain('Hudson Valley');
    expect(article.paragraphs).not.toContain('Dana Whitfield');
    expect(article.paragraphs).toEqual(PROSE);
  });

  it('goes when it names the writer by first name alone, and a second paragraph of it too', () => {
    const tail = `<p>${BIO}</p><p>Dana holds a degree in journalism from a state university and teaches a night class in reporting.</p>`;
    const article = articleOf(page({ byline: 'By Dana Whitfield', tail }));
    expect(article.text).not.toContain('Hudson Valley');
    expect(article.text).not.toContain('night class');
  });

  it('goes when the name carries an address, and the byline runs into the date', () => {
    const tail =
      '<p>Dana Whitfield (dana@gazette.example) is the editor of the Gazette and a staff writer covering local government.</p>';
    const article = articleOf(page({ byline: 'by Dana WhitfieldMonday, March 3, 2026', tail }));
    expect(article.text).not.toContain('dana@gazette.example');
    expect(article.paragraphs).toEqual(PROSE);
  });

  it('goes when the author box opens the article instead', () => {
    const html = page({ byline: 'Dana Whitfield', tail: '' }).replace(
      '<h1>Board votes to close branch libraries</h1>',
      `<h1>Board votes to close branch libraries</h1><p>${BIO}</p>`,
    );
    const article = articleOf(html);
    expect(article.text).not.toContain('Hudson Valley');
    expect(article.paragraphs).toEqual(PROSE);
  });

  it('stays when the byline names someone else: the story ends with a person it is about', () => {
    const article = articleOf(page({ byline: 'Sam Ortega', tail: `<p>${BIO}</p>` }));
    expect(article.text).toContain('Hudson Valley');
  });

  it('stays when the byline is one word, a brand rather than a writer', () => {
    const tail =
      '<p>Whitfield is already the largest lender of e-books in the region, with more than forty thousand titles.</p>';
    const article = articleOf(page({ byline: 'Whitfield', tail }));
    expect(article.text).toContain('forty thousand titles');
  });

  it('stays when it is not among the last blocks, or reports what someone said', () => {
    const early = `<p>${BIO}</p>${PROSE.map((p) => `<p>${p}</p>`).join('')}`;
    expect(articleOf(page({ byline: 'Dana Whitfield', tail: early })).text).toContain('Hudson Valley');
    const said =
      '<p>Dana Whitfield is a librarian at the central branch, and said the move would take months.</p>';
    expect(articleOf(page({ byline: 'Dana Whitfield', tail: said })).text).toContain('take months');
  });
});
