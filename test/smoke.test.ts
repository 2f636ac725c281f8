import { describe, expect, it } from 'vitest';
import { extract } from '../src/core';
import { parseHtml } from '../src/node/load-document';

describe('extract (smoke)', () => {
  it('returns an article for a simple page and no-article for an empty one', () => {
    const para = 'This is a sentence of a real article about something that happened today in the town. ';
    const dom = parseHtml(
      `<html><head><title>T</title></head><body><article><h1>T</h1><p>${para.repeat(5)}</p><p>${para.repeat(4)}</p></article></body></html>`,
    );
    const result = extract(dom.window.document);
    expect(result.ok).toBe(true);
    const empty = parseHtml('<html><body><nav>Home</nav></body></html>');
    expect(extract(empty.window.document)).toMatchObject({ ok: false, reason: 'no-article' });
  });
});
