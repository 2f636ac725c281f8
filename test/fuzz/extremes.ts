/**
 * Pages built to be expensive, each at a given size: the shapes that once made
 * extraction slow (issue 12). Shared by the fuzz test, `npm run fuzz` and the
 * popup timing script. Sizes are in the unit the shape grows by.
 */

const SENTENCE =
  'The council met on Tuesday to discuss the state of the old bridge and the plans to rebuild it over two years.';

/** Numbered so no two blocks are equal (repeated blocks are dropped as boilerplate). */
function sentence(i: number): string {
  return `Item ${i}: ${SENTENCE}`;
}

function page(body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><title>A long page</title>${head}</head><body>${body}</body></html>`;
}

export const EXTREMES = {
  /** One paragraph of attributed quotes, each chained to the last (was quadratic in the quote finder). */
  quoteChain: (bytes: number) => {
    const unit = '“The report on the bridge will be published on Tuesday,” said Jane Doe. ';
    return page(
      `<article><h1>Quotes</h1><p>${SENTENCE}</p><p>${unit.repeat(Math.ceil(bytes / unit.length))}</p></article>`,
    );
  },
  /** Quotes in many paragraphs, each its own chain. */
  quoteParagraphs: (count: number) =>
    page(
      `<article><h1>Quotes</h1>${times(count, (i) => `<p>“We will rebuild it,” said Ann Lee, the engineer. “It will take ${i} days,” she said. ${SENTENCE}</p>`)}</article>`,
    ),
  /** A table of many cells (a data dump). */
  bigTable: (cells: number) => {
    const row = (i: number) =>
      `<tr><td>row ${i}</td><td>cell two</td><td>cell three</td><td>cell four</td><td>cell five</td></tr>`;
    return page(
      `<article><h1>Data</h1><p>${SENTENCE}</p><table>${times(Math.ceil(cells / 5), row)}</table></article>`,
    );
  },
  /** Very many paragraphs of article text. */
  manyParagraphs: (count: number) =>
    page(`<article><h1>Long</h1>${times(count, (i) => `<p>${sentence(i)}</p>`)}</article>`),
  /** Nested nav/aside/footer chains (the lean copy once searched each level's whole subtree). */
  chromeChain: (depth: number) => {
    const tags = ['nav', 'aside', 'footer'];
    let open = '';
    let close = '';
    for (let i = 0; i < depth; i++) {
      const tag = tags[i % 3]!;
      open += `<${tag}>${times(20, (j) => `<a href="/${i}/${j}">link ${j}</a>`)}`;
      close = `</${tag}>${close}`;
    }
    return page(`${open}<article><h1>Body</h1>${times(5, (i) => `<p>${sentence(i)}</p>`)}</article>${close}`);
  },
  /** Many sibling chrome chains side by side. */
  chromeForest: (count: number) =>
    page(
      `${'<nav><aside><footer><a href="/">x</a></footer></aside></nav>'.repeat(count)}<article><h1>Body</h1>${times(5, (i) => `<p>${sentence(i)}</p>`)}</article>`,
    ),
  /** Deeply nested divs with text at the bottom. */
  deep: (depth: number) => page(`${'<div>'.repeat(depth)}<p>${SENTENCE}</p>`),
  /** One enormous text node. */
  hugeText: (chars: number) =>
    page(`<article><h1>Text</h1><p>${'word '.repeat(Math.ceil(chars / 5))}</p></article>`),
  /** Many inline elements inside one paragraph. */
  manyInline: (count: number) =>
    page(
      `<article><h1>Inline</h1><p>${'<b>bold</b> <i>it</i> <a href="/x">link</a> '.repeat(Math.ceil(count / 3))}</p></article>`,
    ),
} satisfies Record<string, (size: number) => string>;

function times(count: number, make: (i: number) => string): string {
  return Array.from({ length: count }, (_, i) => make(i)).join('');
}

export type ExtremeShape = keyof typeof EXTREMES;
