import { describe, expect, it } from 'vitest';
import { extract } from '../../src/core';
import { allCategories } from '../../src/core/options';
import { parseHtml } from '../../src/node/load-document';
import { articleOf, endingWith, PROSE, pageWith } from './page';

/** Site chrome is removed whatever the switches say, and never listed in `removed`. */
function chromeFate(block: string, probe: string) {
  const html = pageWith(block);
  const cleaned = articleOf(html);
  const allOff = articleOf(html, { remove: allCategories(false) });
  return {
    removed: !cleaned.text.includes(probe),
    removedWithSwitchesOff: !allOff.text.includes(probe),
    listed: Object.values(cleaned.removed).some((blocks) => blocks.some((b) => b.preview.includes(probe))),
    proseIntact: PROSE.every((p) => cleaned.text.includes(p)),
  };
}

const links = (n: number) =>
  Array.from({ length: n }, (_, i) => `<li><a href="#s${i}">Section number ${i}</a></li>`).join('');

describe('site chrome', () => {
  it.each([
    ['a table of contents by class', `<div class="toc"><ol>${links(5)}</ol></div>`, 'Section number 3'],
    [
      'a "Table of contents" heading and its list',
      `<h2>Table of Contents</h2><ul>${links(5)}</ul>`,
      'Section number 2',
    ],
    [
      'a link down the page to the list',
      '<p><a href="#picks">Jump to the list ⤵</a></p>',
      'Jump to the list',
    ],
    ['a comment button', '<p><a href="#comments">Post Comment (+)</a></p>', 'Post Comment'],
    [
      'an author box’s links left without the box',
      '<p>View author archive</p><p>Email the author</p>',
      'author archive',
    ],
    [
      'a breadcrumb trail',
      '<div class="breadcrumbs"><a href="/">Home</a> › <a href="/news">News</a> › <a href="/news/local">Local</a></div>',
      'Local',
    ],
    [
      'an author-bio box',
      '<div class="author-bio"><p>Jane Roe is a reporter who has covered the city council for ten years and writes about transport and housing.</p></div>',
      'Jane Roe is a reporter',
    ],
    [
      'an "About the author" heading and the bio after it',
      '<h3>About the Author</h3><p>Jane Roe is a reporter who has covered the city council for ten years.</p>',
      'Jane Roe is a reporter',
    ],
    ['a comment prompt', '<h4>Be the first to comment</h4>', 'Be the first to comment'],
    ['a sign-in prompt', '<p><a href="/login">Sign in to your Gazette account</a></p>', 'Sign in to your'],
    ['a comment count', '<div>12 Comments</div>', '12 Comments'],
    [
      'a rating prompt',
      '<p>Did you make one of my recipes? Please take a moment to leave a star rating.</p>',
      'leave a star rating',
    ],
    ['a stamped date line', '<p>Published June 23, 2025 10:39AM</p>', 'June 23, 2025'],
    [
      'a bare date in a <time>',
      '<p><i><time datetime="2025-12-15">15 Dec, 2025</time></i></p>',
      '15 Dec, 2025',
    ],
    ['a "posted by" line', '<p>Posted by David at December 16, 2025 11:15 AM</p>', 'Posted by David'],
    [
      'a time-first update line',
      '<p>Updated 11:21 pm CST, Tuesday, November 19, 2019</p>',
      'Updated 11:21 pm',
    ],
    ['a relative update line', '<div>Published 1 day ago</div>', 'Published 1 day ago'],
    ['a byline with its date', '<p>By Jane Roe - 11/18/19 11:04 PM EST</p>', 'By Jane Roe'],
    ['the page’s own address', '<p>https://news.example/2026/bridge</p>', 'https://news.example/2026/bridge'],
    ['a byline on its own line', '<p>Written by Jane Roe</p>', 'Written by Jane Roe'],
    [
      'a tip line between paragraphs',
      '<p>Is there something you think we should know about the bridge? Email the writer at jroe@gazette.example. The Gazette protects the confidentiality of its sources.</p>',
      'Email the writer',
    ],
    [
      'a "first published" line',
      '<p>First Published: Tuesday, November 19, 2019 08:38 AM</p>',
      'First Published',
    ],
    ['a date and hour near the top', '<p>Nov. 20, 2019 5:52 AM EST</p>', '5:52 AM'],
    ['a wire byline with its role near the top', '<p>Steve Lee, AP Sports Writer</p>', 'Steve Lee'],
    ['a reading time in Portuguese', '<p>Tempo de leitura: 1 minuto</p>', 'Tempo de leitura'],
    ['a "tell us what you think" prompt', '<p>Tell us what YOU think...</p>', 'Tell us what'],
    [
      'a date line beside the headline, in a span of its own',
      '<section><h2>Work on the bridge begins</h2> <span>Updated <time>11:21&nbsp;pm CST, Tuesday, November 19, 2019</time></span></section>',
      'Updated 11:21',
    ],
    [
      'a cookie notice with its buttons',
      '<div><p>This website uses cookies to improve your experience. We’ll assume you’re ok with this, but you can opt-out if you wish.</p><a href="#">Accept</a> <a href="/privacy">Read More</a></div>',
      'uses cookies',
    ],
    [
      'a German cookie notice',
      '<div><p>Diese Website verwendet Cookies, um Ihnen das beste Erlebnis zu bieten.</p><a href="#">Akzeptieren</a> <a href="/datenschutz">Mehr erfahren</a></div>',
      'verwendet Cookies',
    ],
    [
      'a box named as a cookie banner',
      '<div class="cookie-banner"><p>We and our partners store data on your device to measure visits.</p><a href="#">OK</a></div>',
      'our partners store data',
    ],
    [
      'a "Who curated this article?" box',
      '<h3>Who curated this article?</h3><p>Hi, I’m Jane Roe, and I oversee all bridge coverage at the Gazette.</p>',
      'I oversee all bridge coverage',
    ],
    ['a reading-time line', '<p>Newsroom Team | 5 min read</p>', '5 min read'],
    ['a loading placeholder', '<div>Loading paragraph...</div>', 'Loading paragraph'],
    ['a "back to top" link', '<p><a href="#top">↑ Back to top</a></p>', 'Back to top'],
    [
      'the comment form’s consent line',
      '<p>By posting a comment, you consent to have your personally identifiable information collected and used in accordance with our <a href="/privacy">privacy policy</a>.</p>',
      'you consent to have',
    ],
  ])('removes %s, also with every switch off, without listing it', (_, block, probe) => {
    const result = chromeFate(block, probe);
    expect(result.removed).toBe(true);
    expect(result.removedWithSwitchesOff).toBe(true);
    expect(result.listed).toBe(false);
    expect(result.proseIntact).toBe(true);
  });

  it.each([
    [
      'prose about comments and ratings',
      '<p>Readers were invited to leave a comment on the plans, and the council said it would publish every comment it received before the vote.</p>',
      'publish every comment',
    ],
    [
      'prose that goes back to the top of a list',
      '<p>After the recount the mayor went back to the top of the list of candidates, where she had stood before the vote.</p>',
      'went back to the top',
    ],
    [
      'a date heading in a timeline',
      '<h3>June 5, 2024</h3><p>The first survey of the arch found cracks in three of its stones.</p>',
      'June 5, 2024',
    ],
    [
      'an event list whose lines are bare dates',
      '<div><p>March 16, 2026</p><p>The bridge trust holds its open day at the old toll house.</p></div>',
      'March 16, 2026',
    ],
    [
      'dates in a table',
      '<table><tr><th>Month</th><th>Level</th></tr><tr><td><time>1/1/2013</time></td><td>4.2 m</td></tr></table>',
      '1/1/2013',
    ],
    [
      'a short sentence that starts with "Updated"',
      '<p>Updated plans for the bridge were shown to residents.</p>',
      'Updated plans for the bridge',
    ],
    [
      'a sentence that starts with "Posted on" and names a date later',
      '<p>Posted on the council’s forum on 2025-07-09: “The bridge will reopen in May.”</p>',
      'Posted on the council’s forum',
    ],
    [
      'a short sentence that starts with "By"',
      '<p>By March the engineers had finished the survey.</p>',
      'By March the engineers',
    ],
    [
      'a link to another page written out',
      '<p>https://news.example/2025/ferry</p>',
      'https://news.example/2025/ferry',
    ],
    [
      'a sentence that begins "Written by"',
      '<p>Written by Jane Roe in 1921, the first survey of the bridge is still the best.</p>',
      'the first survey of the bridge',
    ],
    [
      'a date in a span inside a paragraph',
      '<p>The survey, <span>Published June 23, 2025</span>, found cracks in three of the stones of the arch.</p>',
      'Published June 23, 2025',
    ],
    [
      'a story about cookies',
      '<p>The council’s booking site uses cookies that track visitors, and residents were never asked to accept them or told how to opt out.</p>',
      'uses cookies that track',
    ],
    [
      'a quoted admission about cookies',
      '<p>“We use cookies on the booking site too, and anyone who wants to opt out has to phone the office,” the clerk admitted.</p>',
      'We use cookies',
    ],
    [
      'a recipe card whose class names cookies',
      '<div class="cookie-recipe"><p>Cream the butter and sugar for the bridge-shaped cookies sold at the open day, then fold in the flour and bake for twelve minutes.</p></div>',
      'Cream the butter',
    ],
    [
      'an organisation’s own "contact us" in the middle of its post',
      '<p>If you have questions about the bridge fund or want to volunteer at the open day, please contact us at fund@bridge.example and we will reply within a week.</p>',
      'please contact us at',
    ],
    [
      'an address in the middle of the story',
      '<p>Objections can be sent to bridge@council.example until Friday, and the clerk may be reached at the town hall on weekdays.</p>',
      'bridge@council.example',
    ],
    [
      'advice to ask for reviews',
      '<p>Ask every customer to leave a review on your profile, since reviews are what new customers read first.</p>',
      'leave a review',
    ],
    [
      'a sentence that starts with a date',
      '<p>June 5, 2024 was the day the first survey found cracks in three of the stones.</p>',
      'June 5, 2024 was the day',
    ],
    [
      'a "contents" box holding prose',
      '<div class="toc"><p>The survey found that the arch had moved, that the parapet was loose and that the piers were sound, which is why the council chose to rebuild only the upper courses.</p></div>',
      'the piers were sound',
    ],
    [
      'an author box around the whole story',
      `<div class="author-box"><p>${'The engineers’ report runs to three hundred pages and sets out every option the council weighed. '.repeat(14)}</p></div>`,
      'every option the council weighed',
    ],
  ])('keeps %s', (_, block, probe) => {
    const article = articleOf(pageWith(block));
    expect(article.text).toContain(probe);
  });
});

describe('the reporter’s contact lines at the end of the story', () => {
  it.each([
    [
      'a tip line with an address and a handle',
      '<p>Have a tip? Jane Roe may be reached at jroe@gazette.example. Follow her on Twitter @janeroe or on Facebook.</p>',
      'may be reached at',
    ],
    [
      'the reporters’ profiles',
      '<p>Reach the reporters on Twitter at http://twitter.com/janeroe and http://twitter.com/johndoe</p>',
      'Reach the reporters',
    ],
    ['an e-mail address alone', '<p>jane.roe@gazette.example</p>', 'jane.roe@gazette.example'],
    ['a profile address alone', '<p>twitter.com/janeroe</p>', 'twitter.com/janeroe'],
    ['the writer’s one-line bio', '<p>Jane Roe is a reporter for The Gazette.</p>', 'is a reporter for'],
  ])('removes %s', (_, block, probe) => {
    const article = articleOf(endingWith(block));
    expect(article.text).not.toContain(probe);
    expect(PROSE.every((p) => article.text.includes(p))).toBe(true);
  });

  it('keeps a heading classed as an entry of the table of contents', () => {
    const block =
      '<h2 class="wp-block-heading toc" id="how-we-test">How we tested the bridge designs</h2><p>Engineers loaded each model with sand until it failed, and we recorded the weight it held.</p>';
    expect(articleOf(pageWith(block)).text).toContain('How we tested the bridge designs');
  });

  it('keeps a title in a sentence that reads like a byline', () => {
    const block =
      '<p><span>Standouts this year include </span><i><span>Open Water</span></i><span>, </span><i><span>By Design</span></i><span> and </span><i><span>Erupcja</span></i><span>, all shown at the festival.</span></p>';
    expect(articleOf(pageWith(block)).text).toContain('By Design');
  });

  it('keeps a closing line about someone in the story who is a reporter', () => {
    const block =
      '<p>Jane Roe, who found the letters, is a retired teacher; her son was a reporter, she said.</p>';
    expect(articleOf(endingWith(block)).text).toContain('her son was a reporter');
  });

  it('keeps an event’s date and hour at the end of the story', () => {
    const block = '<p>March 16, 2026 7:30 PM</p>';
    expect(articleOf(endingWith(block)).text).toContain('March 16, 2026 7:30 PM');
  });

  it('keeps a closing sentence that gives an address without inviting the reader to write', () => {
    const block =
      '<p>Objections to the plans can be sent to bridge@council.example until the end of the month.</p>';
    expect(articleOf(endingWith(block)).text).toContain('bridge@council.example');
  });

  it('removes the page’s own address printed on a line, however long', () => {
    const url = `https://news.example/2026/11/20/${'council-approves-rebuild-of-the-old-stone-bridge-'.repeat(2)}14848175.php`;
    const html = pageWith(`<p>${url}</p>`);
    const dom = parseHtml(html, url);
    const result = extract(dom.window.document, {});
    dom.window.close();
    expect(result.ok && result.article.text).not.toContain(url);
    expect(result.ok && PROSE.every((p) => result.article.text.includes(p))).toBe(true);
  });
});

describe('meta lines', () => {
  const opening = (line: string) => pageWith('').replace('</h1>', `</h1><p>${line}</p>`);

  it.each([
    '05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde - Tags: ponte rio',
    'Posted by Ann Lee | Filed under: Transport | Tags: bridges, council',
    'March 3, 2024 • Category: Local news',
  ])('removes the post’s fields at its head: %s', (line) => {
    const article = articleOf(opening(line));
    expect(article.text).not.toContain(line.slice(0, 20));
    expect(PROSE.every((p) => article.text.includes(p))).toBe(true);
  });

  it('keeps a single field, a sentence that follows a date, and the same labels in the body', () => {
    expect(articleOf(opening('Category: Local news')).text).toContain('Category: Local news');
    const sentence = 'March 3, 2024 - by the time the council met, the arch had moved again';
    expect(articleOf(opening(sentence)).text).toContain('by the time the council met');
    // (Far from the head: after the whole story once more.)
    const inBody = `${PROSE.map((p) => `<p>${p}</p>`).join('')}<p>Posted by Ann Lee - Category: Letters</p>`;
    expect(articleOf(pageWith(inBody)).text).toContain('Posted by Ann Lee');
  });
});

describe('a link down the page opening a paragraph', () => {
  const opening =
    'The moving process in a big city can make for an adventure, sometimes welcomed and often challenging, and these firms make it easier.';

  it('goes, and the paragraph’s words stay', () => {
    const article = articleOf(pageWith(`<p><a href="#featured-1">JUMP TO THE LIST ⤵</a> ${opening}</p>`));
    expect(article.text).not.toContain('JUMP TO THE LIST');
    expect(article.text).toContain(opening);
  });

  it('stays inside a sentence, where it is the sentence’s own words', () => {
    const sentence = `The prices are in the table below (<a href="#prices">jump to the table</a>), and ${opening}`;
    const article = articleOf(pageWith(`<p>${sentence}</p>`));
    expect(article.text).toContain('jump to the table');
    const wrapped = `The prices are in the table below: <b><a href="#prices">jump to the table</a></b>, and ${opening}`;
    expect(articleOf(pageWith(`<p>${wrapped}</p>`)).text).toContain('jump to the table');
  });
});
