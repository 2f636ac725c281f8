import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { elementsWithTag, listTagsByWalking } from '../../src/core/readability-lists';
import { parseHtml } from '../../src/node/load-document';

const page = parseHtml(`<!doctype html><html><head><title>T</title><script>1</script></head><body>
  <div id="a"><p>One <a href="/1">link</a></p><table><tr><td><p>Cell <IMG src="x.png"></p></td></tr></table></div>
  <math><mi>x</mi></math><section><h1>H</h1><h2>Sub</h2><ul><li><a href="/2">two</a></li></ul></section>
</body></html>`).window.document;

describe('Readability lists elements by walking the tree', () => {
  it('lists what querySelectorAll lists, in the same order, from a document or an element, never the root itself', () => {
    const cases: [ParentNode & Node, string[]][] = [
      [page, ['p', 'a', 'img']],
      [page, ['h1', 'h2']],
      [page, ['script']],
      [page, ['mi', 'LI']],
      [page.getElementById('a')!, ['p', 'div', 'td']],
      [page.querySelector('table')!, ['table', 'p', 'img']],
    ];
    for (const [root, tags] of cases) {
      const expected = Array.from(root.querySelectorAll(tags.join(',')));
      expect(elementsWithTag(root, tags), tags.join(',')).toEqual(expected);
      expect(expected.length).toBeGreaterThan(0);
    }
  });

  it('replaces the method Readability 0.6 lists with (so an upgrade that renames it is noticed)', () => {
    const reader = new Readability(page.cloneNode(true) as Document);
    expect(typeof (reader as unknown as { _getAllNodesWithTag: unknown })._getAllNodesWithTag).toBe(
      'function',
    );
    listTagsByWalking(reader);
    expect((reader as unknown as { _getAllNodesWithTag: unknown })._getAllNodesWithTag).toBe(elementsWithTag);
  });
});
