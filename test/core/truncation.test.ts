import { describe, expect, it } from 'vitest';
import { articleOf, PROSE, pageWith, without } from './page';

describe('truncated articles', () => {
  it('flags a paywall cut at the end of the article and takes the prompt out of the text', () => {
    const page = pageWith('').replace(
      '</article>',
      '<div class="x9f2"><p>To read the rest of this story, subscribe for £1 a week.</p><p><a href="/login">Log in</a></p></div></article>',
    );
    const article = articleOf(page);
    expect(article.truncated?.reason).toMatch(/read the rest/i);
    expect(article.text).not.toContain('To read the rest');
    for (const p of PROSE) expect(article.text).toContain(p);
  });

  it('still flags the cut when appeals are kept, leaving the prompt in place', () => {
    const page = pageWith('').replace(
      '</article>',
      '<p>This article is exclusive to subscribers. Subscribe to continue reading.</p></article>',
    );
    const article = articleOf(page, without('appeals'));
    expect(article.truncated).not.toBeNull();
    expect(article.text).toContain('exclusive to subscribers');
  });

  it('does not flag a complete article, nor a prompt with the story going on after it', () => {
    expect(articleOf(pageWith('')).truncated).toBeNull();
    const middle = articleOf(pageWith('<p>Subscribe to continue reading our coverage of the bridge.</p>'));
    expect(middle.truncated).toBeNull();
  });

  it("does not take a platform's feature list for a cut", () => {
    const features =
      '<ul><li>Unlimited courses: no cap on how many you publish, even on the basic plan.</li><li>Memberships: sell member-only content and charge a monthly fee.</li><li>Quizzes and certificates for every lesson.</li></ul>';
    const article = articleOf(pageWith('').replace('</article>', `${features}</article>`));
    expect(article.truncated).toBeNull();
    expect(article.text).toContain('sell member-only content');
    expect(article.removed.appeals).toEqual([]);
  });

  it('flags a cut that says the text is for subscribers only', () => {
    const page = pageWith('').replace(
      '</article>',
      '<p>This is subscriber-only content. <a href="/login">Log in</a></p></article>',
    );
    expect(articleOf(page).truncated?.reason).toMatch(/subscriber-only content/i);
  });
});
