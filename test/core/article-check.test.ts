import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core';
import { parseHtml } from '../../src/node/load-document';

const run = (body: string) =>
  extract(parseHtml(`<html><head><title>Page</title></head><body>${body}</body></html>`).window.document);

describe('article or not', () => {
  it('refuses a front page of linked headlines and one-line teasers', () => {
    const card = (i: number) =>
      `<article><a href="/s${i}"><h3>Headline number ${i} about the day’s news</h3></a><p>One line of teaser for story ${i}.</p><span>${i}h ago</span></article>`;
    const result = run(
      `<main><section>${Array.from({ length: 14 }, (_, i) => card(i)).join('')}</section></main>`,
    );
    expect(result).toMatchObject({ ok: false, reason: 'no-article' });
  });

  it('accepts release notes made of short lines without links', () => {
    const lines = Array.from(
      { length: 14 },
      (_, i) => `<li>Fixed crash number ${i} when saving a game</li>`,
    ).join('');
    const result = run(
      `<article><h1>What’s new in 2.26</h1><p>New tasks for the game!</p><ul>${lines}</ul><p>Thanks for playing.</p></article>`,
    );
    expect(result.ok).toBe(true);
  });

  it('accepts a guide whose steps are linked headings over a line of description each', () => {
    const step = (i: number) =>
      `<h3><a href="/guide/step-${i}">Step ${i}: back up your data</a></h3><p>Things to consider (${i + 3} of them) before you choose where and how often to copy the files your business relies on.</p>`;
    const result = run(
      `<main><h1>Small business guide</h1>${Array.from({ length: 6 }, (_, i) => step(i)).join('')}</main>`,
    );
    expect(result.ok).toBe(true);
  });

  it('accepts a short Japanese article (dense script counts as prose)', () => {
    const line =
      '先日、不正に改造したスマートフォンを販売したとして、商標法違反の疑いで男性が逮捕されました。';
    const result = run(`<article><h1>商標</h1>${`<p>${line}</p>`.repeat(8)}</article>`);
    expect(result.ok).toBe(true);
  });
});
