import { describe, expect, it } from 'vitest';
import { articleOf, endingWith, PROSE, pageWith } from './page';

/** Picture credits, legal notices and unrun shortcodes: site chrome, whatever the switches say. */

const picture = '<img src="https://news.example/bridge.jpg" alt="">';

describe('picture credits on a line of their own', () => {
  it.each([
    [
      '"Photo:" and a name with an agency',
      `<figure>${picture}<p>Photo: Jane Roe, AP</p></figure>`,
      'Photo: Jane Roe',
    ],
    [
      '"Photo by" under a picture',
      `<div>${picture}</div><p>Photo by Jane Roe for The Gazette</p>`,
      'Photo by Jane',
    ],
    [
      'a credit in brackets with the copyright sign',
      '<p>(Image: © Jane Roe/Gazette Archive)</p>',
      'Image: ©',
    ],
    ['the copyright sign and a name', `<div>${picture}<span class="x">© Jane Roe</span></div>`, '© Jane Roe'],
    ['"Credit…" and a name', '<p>Credit...Jane Roe/The Gazette</p>', 'Credit...Jane'],
  ])('removes %s', (_, block, probe) => {
    const article = articleOf(pageWith(block));
    expect(article.text).not.toContain(probe);
    expect(PROSE.every((p) => article.text.includes(p))).toBe(true);
  });

  it.each([
    [
      'a caption that opens with a label',
      '<p>Image: Engineers inspect the central arch, which has moved four centimetres since the floods</p>',
      'Engineers inspect the central arch',
    ],
    [
      'a sentence about a photo credit',
      '<p>Photo by photo, the trust rebuilt a record of the arch.</p>',
      'Photo by photo',
    ],
    [
      'a sentence of the story opening with "Photos:"',
      '<p>Photos: residents sent in pictures of the flooded approach roads all winter, and the trust kept them.</p>',
      'residents sent in pictures',
    ],
  ])('keeps %s', (_, block, probe) => {
    expect(articleOf(pageWith(block)).text).toContain(probe);
  });
});

describe('the site’s legal notice at the end of the article', () => {
  it.each([
    [
      'a copyright line that does not start with the sign',
      '<p>The contents of this site are ©2026 Gazette Publishing Corp., a subsidiary of Example Media, Inc.</p>',
      'The contents of this site',
    ],
    [
      'a licence notice',
      '<p>This document is subject to copyright. Apart from any fair dealing for the purpose of private study or research, no part may be reproduced without the written permission.</p>',
      'subject to copyright',
    ],
    [
      'a line on how to cite the page',
      '<p>Citation: Council approves bridge (2026, March 3) retrieved 4 March 2026 from https://news.example/2026/bridge</p>',
      'retrieved 4 March',
    ],
    [
      'the newsroom’s credit to its writers',
      '<p>Associated Press writers Alan Reed, Maria Ocampo and Lee Chang contributed to this report.</p>',
      'contributed to this report',
    ],
    [
      'a wire service’s reporting and editing line',
      '<p>Reporting by Jane Roe in London; Editing by John Doe</p>',
      'Reporting by Jane Roe',
    ],
  ])('removes %s', (_, block, probe) => {
    const article = articleOf(endingWith(block));
    expect(article.text).not.toContain(probe);
    expect(PROSE.every((p) => article.text.includes(p))).toBe(true);
  });

  it('keeps a sentence of the story about copyright in the middle of it', () => {
    const block =
      '<p>The trust holds the copyright in the 1890 drawings, and said they may be reproduced by anyone building the copy.</p>';
    expect(articleOf(pageWith(block)).text).toContain('holds the copyright');
  });

  it('keeps a closing sentence about what a writer contributed to the project', () => {
    const block =
      '<p>The writers who contributed to the original design said they would attend the opening of the new bridge in the spring.</p>';
    expect(articleOf(endingWith(block)).text).toContain('contributed to the original design');
  });

  it('keeps a closing sentence about copyright that is no notice', () => {
    const block =
      '<p>The architect said the copyright in her design would pass to the council next year.</p>';
    expect(articleOf(endingWith(block)).text).toContain('the copyright in her design');
  });
});

describe('a shortcode the template printed instead of running it', () => {
  it('removes a block that is one shortcode', () => {
    const block =
      '<p>[button link="https://news.example/tips" type="big"] Send us YOUR bridge photos[/button]</p>';
    const article = articleOf(pageWith(block));
    expect(article.text).not.toContain('Send us YOUR bridge photos');
    expect(PROSE.every((p) => article.text.includes(p))).toBe(true);
  });

  it('keeps a paragraph that quotes a shortcode in passing', () => {
    const block =
      '<p>The council’s web team said the old site printed codes such as [b]bold[/b] where the notices should have been, and that the new one, launched this week, would not.</p>';
    expect(articleOf(pageWith(block)).text).toContain('[b]bold[/b]');
  });
});
