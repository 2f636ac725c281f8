import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { articleOf, PROSE, pageWith, without } from './page';

const FOUNDING_CASE = `<div class="article-support-module" data-component="support-now-module">
  <h2>Your support helps us to tell the story</h2>
  <p>From housing to climate change, our reporters are on the ground long after other outlets have moved on.</p>
  <p>That is why we choose not to lock readers out of our reporting, whatever they can afford.</p>
  <p>Readers who chip in each month pay for the hours it takes to check every figure.</p>
  <p>Your support makes all the difference.</p>
  <a class="btn-primary" href="/support">Read more</a>
</div>`;

describe('modules as units', () => {
  it('removes an appeal module whole (heading, four paragraphs, button) and reports it once', () => {
    const article = articleOf(pageWith(FOUNDING_CASE));
    for (const gone of [
      'Your support helps',
      'From housing',
      'lock readers out',
      'chip in',
      'all the difference',
    ])
      expect(article.text).not.toContain(gone);
    for (const p of PROSE) expect(article.text).toContain(p);
    expect(article.removed.appeals).toHaveLength(1);
    expect(article.removed.appeals[0]!.preview).toMatch(/^Your support helps us to tell the story From/);
  });

  it('keeps the whole module when appeals are switched off', () => {
    const article = articleOf(pageWith(FOUNDING_CASE), without('appeals'));
    for (const kept of ['Your support helps', 'From housing', 'lock readers out', 'all the difference'])
      expect(article.text).toContain(kept);
  });

  it('lets a lone button take only itself, not the paragraph beside it', () => {
    const block =
      '<div class="x1"><p>The bridge trust has published the engineers’ full survey, with photographs of every cracked stone in the central arch and the readings from the monitors.</p><p><a class="btn" href="/survey">Buy now</a></p></div>';
    const article = articleOf(pageWith(block));
    expect(article.text).toContain('The bridge trust has published');
    expect(article.text).not.toContain('Buy now');
  });

  it('takes the short pitch a clutter heading heads, and nothing after the next heading', () => {
    const block =
      '<h3>Support independent journalism</h3><p>We rely on readers like you. Please consider a monthly gift.</p><p><a href="/give">Give today</a></p><h3>What happens next</h3>';
    const article = articleOf(pageWith(block));
    expect(article.text).not.toContain('We rely on readers');
    expect(article.text).not.toContain('Give today');
    expect(article.text).toContain('What happens next');
    for (const p of PROSE) expect(article.text).toContain(p);
  });
});

describe('the appeal-modules fixture', () => {
  it('is flagged as truncated at its paywall cut', async () => {
    const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/appeal-modules');
    const expected = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8')) as { url: string };
    const { parseHtml } = await import('../../src/node/load-document');
    const { extract } = await import('../../src/core');
    const dom = parseHtml(readFileSync(path.join(dir, 'source.html'), 'utf8'), expected.url);
    const result = extract(dom.window.document);
    dom.window.close();
    expect(result.ok && result.article.truncated?.reason).toMatch(/read the rest/i);
  });
});
