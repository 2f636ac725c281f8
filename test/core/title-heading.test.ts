import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { dropRepeatedTitle } from '../../src/core/title-heading';
import { articleOf } from './page';

const PROSE = [
  'The council voted on Tuesday night to rebuild the old stone bridge over the river, ending a decade of argument between residents, engineers and the heritage trust that owns the approach roads.',
  'Engineers told the meeting that the central arch had moved by almost four centimetres since the floods of last winter, and that lorries would have to be kept off it until the work was finished.',
  'Residents on both banks have campaigned for a new crossing since the ferry stopped running, and several of them spoke at the meeting to describe a daily detour of more than twenty minutes.',
  'Work is due to begin in the spring and to take eighteen months, during which a temporary footbridge will carry pedestrians and cyclists a few metres downstream of the old crossing.',
];
const TITLE = 'Council approves rebuild of the old bridge';

/** A story page whose headline is printed again as the first line of the story's own box (not an <h1>, which Readability drops itself). */
function storyPage(headline: string): string {
  return `<!doctype html><html lang="en"><head><title>${TITLE} - The Gazette</title>
<meta property="og:title" content="${TITLE}"></head><body>
<div class="page"><div class="story">
<div class="story-body"><p class="story-headline"><strong>${headline}</strong></p>${PROSE.map((p) => `<p>${p}</p>`).join('')}</div>
</div></div></body></html>`;
}

function box(html: string): Element {
  return new JSDOM(`<!doctype html><body><div id="a">${html}</div></body>`).window.document.getElementById(
    'a',
  )!;
}

describe('the title printed again at the top of the text', () => {
  it('goes from the article text: the reader shows the title above it', () => {
    const article = articleOf(storyPage(TITLE));
    expect(article.title).toBe(TITLE);
    expect(article.paragraphs).not.toContain(TITLE);
    expect(article.paragraphs[0]).toBe(PROSE[0]);
  });

  it('goes whatever its case and punctuation', () => {
    const article = articleOf(storyPage('Council Approves Rebuild of the Old Bridge!'));
    expect(article.paragraphs.some((p) => /approves rebuild/i.test(p))).toBe(false);
  });

  it('stays when it is another heading, however close', () => {
    const root = box(
      `<h1>${TITLE}, at last</h1><h2>Council approves the rebuild of the old bridge</h2><p>${PROSE[0]}</p>`,
    );
    dropRepeatedTitle(root, TITLE);
    expect(root.querySelectorAll('h1, h2')).toHaveLength(2);
  });

  it('stays once the prose has begun: a section heading may repeat the title', () => {
    const root = box(`<p>${PROSE[0]}</p><h2>${TITLE}</h2><p>${PROSE[1]}</p>`);
    dropRepeatedTitle(root, TITLE);
    expect(root.querySelector('h2')?.textContent).toBe(TITLE);
  });

  it('goes from a box holding only its text, only once', () => {
    const root = box(`<div><div>${TITLE}</div></div><p>${PROSE[0]}</p><h3>${TITLE}</h3>`);
    dropRepeatedTitle(root, TITLE);
    expect(root.textContent).not.toMatch(new RegExp(`^${TITLE}`));
    expect(root.querySelector('h3')?.textContent).toBe(TITLE);
  });

  it('does nothing without a title', () => {
    const root = box(`<h1>${TITLE}</h1><p>${PROSE[0]}</p>`);
    dropRepeatedTitle(root, '');
    dropRepeatedTitle(root, null);
    expect(root.querySelector('h1')).not.toBeNull();
  });
});
