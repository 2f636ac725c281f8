import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseKeep } from '../bin/lib/args';
import { runCli } from '../bin/lib/cli';
import { formatMarkdown, formatText } from '../bin/lib/formats';
import { htmlToMarkdown } from '../bin/lib/html-to-markdown';
import { type Article, CLUTTER_CATEGORIES, type Quote } from '../src/core/types';
import { parseHtml, parseHtmlTolerant } from '../src/node/load-document';

const REPO = fileURLToPath(new URL('..', import.meta.url));

/** A page Readability will accept: a titled article of several real-length paragraphs. */
function page(title: string, topic: string, extraHead = '', extraBody = ''): string {
  const sentence = (n: number) =>
    `Paragraph ${n} about ${topic} explains what happened, who was there and why it matters to the town. `;
  const paragraphs = [1, 2, 3, 4, 5].map((n) => `<p>${sentence(n).repeat(3)}</p>`).join('\n');
  return `<!doctype html><html lang="en"><head><title>${title}</title>${extraHead}</head>
<body><nav><a href="/">Home</a></nav><article><h1>${title}</h1>
<h2>Background on ${topic}</h2>${paragraphs}
<ul><li>First point on ${topic}</li><li>Second point</li></ul>
<p>See <a href="/reports/full.html">the full report</a> for more on ${topic}.</p>${extraBody}
</article></body></html>`;
}

class Collect extends Writable {
  chunks: string[] = [];
  override _write(chunk: Buffer, _encoding: string, done: () => void) {
    this.chunks.push(chunk.toString());
    done();
  }
  get text() {
    return this.chunks.join('');
  }
}

async function run(args: string[]) {
  const stdout = new Collect();
  const stderr = new Collect();
  const code = await runCli(args, { stdout, stderr });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

let dir: string;
const file = (...parts: string[]) => path.join(dir, ...parts);

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'pith-cli-'));
  await mkdir(file('batch', 'nested'), { recursive: true });
  await writeFile(file('single.html'), page('Harbour Plan Approved', 'the harbour'));
  await writeFile(
    file('canonical.html'),
    page(
      'Canonical Page',
      'canonical links',
      '<link rel="canonical" href="https://news.example.com/canon/story">',
    ),
  );
  await writeFile(file('batch', 'a-river.html'), page('River Report', 'the river'));
  // Garbage between two good pages: the run must go on past it.
  await writeFile(file('batch', 'b-garbage.html'), Buffer.from([0, 159, 146, 150, 0, 1, 2, 3, 255, 254]));
  await writeFile(file('batch', 'nested', 'c-forest.html.gz'), gzipSync(page('Forest Survey', 'the forest')));
  await writeFile(file('batch', 'notes.txt'), 'not a page, not picked up by the folder walk');
  // CSS jsdom 29 throws on while parsing the <style>: the page must still be extracted.
  await writeFile(
    file('bad-css.html'),
    page('Styled Story', 'style sheets', '<style>.a{min-height:calc(($w - 16px) / 16 * 9)}</style>'),
  );
  // A tree 4,000 deep (refused as too-large) before a good page: closing its jsdom window overflowed the stack.
  await mkdir(file('deep'), { recursive: true });
  await writeFile(file('deep', 'a-deep.html'), `${'<div>'.repeat(4_000)}<p>x`);
  await writeFile(file('deep', 'b-good.html'), page('Valley Walk', 'the valley'));
  await writeFile(file('urls.json'), JSON.stringify({ 'a-river': 'https://river.example.org/news/a-river' }));
  await writeFile(file('bad-urls.json'), '{"a-river": 42}');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('pith extract: formats', () => {
  it('prints text for one file: title, then paragraphs', async () => {
    const { code, stdout } = await run([file('single.html')]);
    expect(code).toBe(0);
    const blocks = stdout.trim().split('\n\n');
    expect(blocks[0]).toBe('Harbour Plan Approved');
    expect(stdout).toContain('Paragraph 3 about the harbour');
    expect(stdout).not.toContain('<p>');
  });

  it('prints markdown with a title heading, sub-headings, lists and resolved links', async () => {
    const { stdout } = await run([
      '--format',
      'markdown',
      '--url',
      'https://port.example.net/a/b',
      file('single.html'),
    ]);
    expect(stdout.startsWith('# Harbour Plan Approved\n')).toBe(true);
    expect(stdout).toMatch(/^## Background on the harbour$/m);
    expect(stdout).toMatch(/^- First point on the harbour$/m);
    expect(stdout).toContain('[the full report](https://port.example.net/reports/full.html)');
    expect(stdout).toContain('Source: <https://port.example.net/a/b>');
  });

  it('prints the whole Article as JSON for one file', async () => {
    const { stdout } = await run(['--format', 'json', file('single.html')]);
    const article = JSON.parse(stdout);
    expect(article.title).toBe('Harbour Plan Approved');
    expect(article.paragraphs.length).toBeGreaterThan(4);
    expect(article.text).toBe(article.paragraphs.join('\n\n'));
    expect(Object.keys(article.removed).sort()).toEqual([...CLUTTER_CATEGORIES].sort());
  });

  it('prints a JSON array with ids when given several files', async () => {
    const { stdout } = await run(['--format', 'json', file('single.html'), file('canonical.html')]);
    const items = JSON.parse(stdout);
    expect(items.map((i: { id: string }) => i.id)).toEqual(['single', 'canonical']);
  });
});

describe('pith extract: batches', () => {
  it('walks a folder (recursively, .html and .html.gz) and prints one jsonl line per page, errors included', async () => {
    const { code, stdout } = await run([file('batch')]);
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a-river', 'b-garbage', 'c-forest']);
    const [river, garbage, forest] = lines;
    expect(garbage.error).toMatch(/binary|HTML/);
    expect(garbage.title).toBeUndefined();
    expect(river.title).toBe('River Report');
    expect(forest.title).toBe('Forest Survey');
    expect(forest.text).toContain('Paragraph 5 about the forest');
    for (const line of [river, forest]) {
      expect(Object.keys(line).sort()).toEqual(
        [
          'byline',
          'id',
          'lang',
          'ms',
          'quotes',
          'removed',
          'siteName',
          'text',
          'title',
          'url',
          'wordCount',
        ].sort(),
      );
      expect(line.ms).toBeGreaterThanOrEqual(0);
      expect(line.wordCount).toBeGreaterThan(50);
      expect(Object.keys(line.removed).sort()).toEqual([...CLUTTER_CATEGORIES].sort());
      expect(Object.values(line.removed).every((n) => typeof n === 'number')).toBe(true);
    }
  });

  it('reports a missing file as an error line and goes on', async () => {
    const { code, stdout } = await run([file('missing.html'), file('single.html')]);
    expect(code).toBe(0);
    const [missing, single] = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(missing).toMatchObject({ id: 'missing', reason: 'unreadable' });
    expect(single.title).toBe('Harbour Plan Approved');
  });

  it('sends text-format failures to stderr and still prints the good pages', async () => {
    const { stdout, stderr } = await run(['--format', 'text', file('batch')]);
    expect(stderr).toContain('b-garbage');
    expect(stdout).toContain('==> a-river <==');
    expect(stdout).toContain('==> c-forest <==');
  });

  it('extracts a page whose style sheet jsdom cannot parse, saying the styles were dropped', async () => {
    const [line] = (await run(['--format', 'jsonl', file('bad-css.html')])).stdout.trim().split('\n');
    const record = JSON.parse(line!);
    expect(record.title).toBe('Styled Story');
    expect(record.stylesDropped).toBe(true);
  });

  it('takes base URLs from --urls, the canonical link, or the file path, in that order', async () => {
    const { stdout } = await run([
      '--format',
      'json',
      '--urls',
      file('urls.json'),
      file('batch', 'a-river.html'),
      file('canonical.html'),
      file('single.html'),
    ]);
    const [river, canonical, single] = JSON.parse(stdout);
    expect(river.url).toBe('https://river.example.org/news/a-river');
    expect(river.html).toContain('href="https://river.example.org/reports/full.html"');
    expect(canonical.url).toBe('https://news.example.com/canon/story');
    expect(single.url).toMatch(/^file:\/\/.*single\.html$/);
  });
});

describe('pith extract: usage errors', () => {
  it('rejects an unknown --keep category, listing the valid ones', async () => {
    const { code, stdout, stderr } = await run(['--keep', 'ads,popups', file('single.html')]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('"popups"');
    for (const category of CLUTTER_CATEGORIES) expect(stderr).toContain(category);
  });

  it('turns --keep names into categories left in place', () => {
    const remove = parseKeep('ads, social');
    expect(remove.ads).toBe(false);
    expect(remove.social).toBe(false);
    expect(remove.appeals).toBe(true);
    expect(Object.values(parseKeep('all')).every((r) => r === false)).toBe(true);
  });

  it('rejects --url with several inputs, a bad --urls map, an unknown format, and no input', async () => {
    expect((await run(['--url', 'https://a.example/', file('batch')])).code).toBe(2);
    expect((await run(['--urls', file('bad-urls.json'), file('batch')])).stderr).toContain('a-river');
    expect((await run(['--format', 'yaml', file('single.html')])).stderr).toContain(
      'text, markdown, json, jsonl',
    );
    expect((await run([])).code).toBe(2);
  });
});

describe('pith extract as a process', () => {
  const execFileAsync = promisify(execFile);
  const tsx = path.join(REPO, 'node_modules', '.bin', 'tsx');
  const cli = path.join(REPO, 'bin', 'extract.ts');

  it('streams jsonl to stdout and exits 0 despite a bad page', async () => {
    const { stdout } = await execFileAsync(tsx, [cli, file('batch')], { cwd: REPO });
    expect(stdout.trim().split('\n')).toHaveLength(3);
  });

  it('prints a line for a 4,000-deep page and for the good page after it, and exits 0', async () => {
    const { stdout } = await execFileAsync(tsx, [cli, file('deep')], { cwd: REPO });
    const [deep, good] = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(deep).toMatchObject({ id: 'a-deep', reason: 'too-large' });
    expect(good).toMatchObject({ id: 'b-good', title: 'Valley Walk' });
  });

  it('exits 2 on a usage error and 0 for --help', async () => {
    const failed = await execFileAsync(tsx, [cli, '--bogus'], { cwd: REPO }).catch((e) => e);
    expect(failed.code).toBe(2);
    const help = await execFileAsync(tsx, [cli, '--help'], { cwd: REPO });
    expect(help.stdout).toContain('--keep');
  });
});

describe('htmlToMarkdown', () => {
  it('converts headings, emphasis, links, lists, quotes, images and rules', () => {
    const markdown = htmlToMarkdown(
      '<h2>Sub</h2><p>Some <strong>bold</strong> and <em>soft</em> text with <a href="https://x.example/">a link</a>.</p>' +
        '<ol><li>one</li><li>two</li></ol><blockquote><p>Quoted words</p></blockquote>' +
        '<figure><img src="https://x.example/i.jpg" alt="A cat"><figcaption>The cat</figcaption></figure><hr><p>End</p>',
    );
    expect(markdown).toBe(
      [
        '## Sub',
        'Some **bold** and _soft_ text with [a link](https://x.example/).',
        '1. one\n2. two',
        '> Quoted words',
        '![A cat](https://x.example/i.jpg)',
        '_The cat_',
        '---',
        'End',
      ].join('\n\n'),
    );
  });

  it('keeps line breaks and turns a table into rows', () => {
    expect(htmlToMarkdown('<p>line one<br>line two</p>')).toBe('line one  \nline two');
    expect(htmlToMarkdown('<table><tr><th>a</th><th>b</th></tr><tr><td>1</td><td>2</td></tr></table>')).toBe(
      '| a | b |\n| --- | --- |\n| 1 | 2 |',
    );
  });
});

// A style rule jsdom 29's CSS parser throws on (found on a real news page).
const BAD_CSS = '<style>.a{min-height:calc(($w - 16px) / 16 * 9)}</style>';

describe('parseHtmlTolerant', () => {
  it('parses normally when jsdom copes, keeping the style sheets', () => {
    const { dom, stylesDropped } = parseHtmlTolerant(
      '<style>p{color:red}</style><p>Hello</p>',
      'https://a.example/',
    );
    expect(stylesDropped).toBe(false);
    expect(dom.window.document.styleSheets.length).toBe(1);
    expect(dom.window.document.URL).toBe('https://a.example/');
  });

  it('drops the style sheets and keeps the content when jsdom throws on the CSS', () => {
    const html = `<html><head>${BAD_CSS}</head><body><p>Body text survives</p></body></html>`;
    expect(() => parseHtml(html)).toThrow();
    const { dom, stylesDropped } = parseHtmlTolerant(html);
    expect(stylesDropped).toBe(true);
    expect(dom.window.document.querySelector('p')?.textContent).toBe('Body text survives');
  });
});

describe('text and markdown layout', () => {
  const quote = (text: string, key: boolean, speaker: Quote['speaker']): Quote => ({
    text,
    key,
    speaker,
    paragraph: 0,
    score: key ? 2 : 1,
  });
  const article = (quotes: Quote[]): Article => ({
    title: 'Bridge Reopens',
    byline: 'Ana Ruiz',
    siteName: 'The Courier',
    lang: 'en',
    dir: 'ltr',
    excerpt: null,
    publishedTime: '2024-05-02T10:00:00Z',
    html: '<p>The bridge reopened.</p><h2>Traffic</h2><p>Cars returned.</p>',
    paragraphs: ['The bridge reopened.', 'Traffic', 'Cars returned.'],
    text: 'The bridge reopened.\n\nTraffic\n\nCars returned.',
    wordCount: 6,
    readingMinutes: 1,
    removed: Object.fromEntries(CLUTTER_CATEGORIES.map((c) => [c, []])) as unknown as Article['removed'],
    quotes,
  });
  const outcome = (a: Article) => ({
    ok: true as const,
    id: 'x',
    url: 'https://c.example/b',
    article: a,
    ms: 1,
    stylesDropped: false,
  });

  it('text: title, a byline line with site and date, then the paragraphs', () => {
    expect(formatText(outcome(article([])))).toBe(
      'Bridge Reopens\nAna Ruiz · The Courier · 2024-05-02\n\nThe bridge reopened.\n\nTraffic\n\nCars returned.\n',
    );
  });

  it('markdown: lists the key quotes with who said them, leaving out the others', () => {
    const markdown = formatMarkdown(
      outcome(
        article([
          quote('We are open again', true, { name: 'Lee Park', role: 'city engineer' }),
          quote('It was about time', true, null),
          quote('Minor remark', false, { name: 'Sam Doe' }),
        ]),
      ),
    );
    const [body, quotes] = markdown.split('## Key quotes');
    expect(body).toContain('## Traffic');
    expect(quotes).toContain('> “We are open again”\n>\n> — Lee Park, city engineer');
    expect(quotes).toContain('> “It was about time”\n>\n> — unattributed');
    expect(quotes).not.toContain('Minor remark');
  });

  it('markdown: says so when the article has no quotes', () => {
    expect(formatMarkdown(outcome(article([])))).toMatch(/## Key quotes\n\n_No direct quotes found._\n$/);
  });
});
