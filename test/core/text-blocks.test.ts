import { describe, expect, it } from 'vitest';
import { blockText } from '../../src/core/clutter/signals';
import { textBlocksOf } from '../../src/core/text-blocks';
import { parseHtml } from '../../src/node/load-document';

/** Test markup parsed by jsdom (scripts off) into a body, as the core gets it after sanitizing. */
const blocksOf = (html: string) => textBlocksOf(parseHtml(`<body>${html}</body>`).window.document.body);

describe('textBlocksOf', () => {
  it('gives one block per paragraph, heading, list item and caption, in reading order', () => {
    const html =
      '<h2>Heading</h2><p>First   paragraph\nwith <em>emphasis</em>.</p><ul><li>One</li><li>Two</li></ul><figure><img src="a.jpg"><figcaption>A caption</figcaption></figure>';
    expect(blocksOf(html)).toEqual(['Heading', 'First paragraph with emphasis.', 'One', 'Two', 'A caption']);
  });

  it('keeps loose text that sits beside blocks as blocks of its own', () => {
    expect(blocksOf('<div>Loose lead text<p>A paragraph.</p>Loose tail</div>')).toEqual([
      'Loose lead text',
      'A paragraph.',
      'Loose tail',
    ]);
  });

  it('reads a blockquote of paragraphs as its paragraphs', () => {
    expect(blocksOf('<blockquote><p>One.</p><p>Two.</p></blockquote>')).toEqual(['One.', 'Two.']);
  });

  it('reads a line break as a space, in a paragraph and inside its bold or italic runs', () => {
    // An interview's question above its answer, a poem's lines, an address: textContent drops <br>.
    expect(
      blocksOf(
        '<p><strong>Why now?</strong><br>Because the lease ran out.</p><p>Line one<br>line two</p><div>Loose <em>a<br>b</em> run<p>P</p></div>',
      ),
    ).toEqual(['Why now? Because the lease ran out.', 'Line one line two', 'Loose a b run', 'P']);
  });

  it('gives the clutter rules the same text: a line break between a label and the next line is a space', () => {
    const body = parseHtml('<body><p>Sponsored<br>Get the app today</p></body>').window.document.body;
    expect(blockText(body.querySelector('p')!)).toBe('Sponsored Get the app today');
  });
});
