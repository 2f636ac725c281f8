import { describe, expect, it } from 'vitest';
import { articleOf, PROSE, pageWith } from './page';

/** The article with `first` before its first paragraph and `last` after its last one. */
function withEdges(first: string, last: string): string {
  return pageWith('').replace('</h1>', `</h1>${first}`).replace('</article>', `${last}</article>`);
}

describe("intros and outros at the article's edges", () => {
  it('removes a sign-off that asks the reader to share, and an intro for forwarded readers', () => {
    const intro =
      'If you were forwarded this newsletter, you can sign up to get it in your inbox every week.';
    const outro =
      'Thanks for reading! If you enjoyed this post, share it with a friend who would like it too.';
    const article = articleOf(withEdges(`<p>${intro}</p>`, `<p>${outro}</p>`));
    expect(article.text).not.toContain('forwarded this newsletter');
    expect(article.text).not.toContain('share it with a friend');
    expect(article.removed.newsletters.map((r) => r.reason).join()).toMatch(/intro/);
    expect(article.removed.social.map((r) => r.reason).join()).toMatch(/outro/);
    for (const p of PROSE) expect(article.text).toContain(p);
  });

  it('keeps an opening line that shares a phrase with a sign-off', () => {
    const lead = 'Learn how to make a good game and share it with the world.';
    const article = articleOf(withEdges(`<p>${lead}</p>`, ''));
    expect(article.text).toContain(lead);
    expect(article.removed.social).toEqual([]);
  });

  it('keeps a line that thanks for reading something else, or reports what someone said', () => {
    const lines = [
      'Thanks for reading the plans so closely: residents can now share it with their neighbours at the library.',
      'If you enjoyed the old ferry, share it with your children, the chair told the meeting before the vote.',
    ];
    for (const line of lines) {
      const article = articleOf(withEdges('', `<p>${line}</p>`));
      expect(article.text).toContain(line);
    }
  });
});
