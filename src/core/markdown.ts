import type { Article, Quote } from './types';

/**
 * Pith's one Markdown converter, used by the command line and the extension's export.
 * Pure: it takes DOM nodes (a jsdom fragment in Node, the rendered article in a page)
 * and returns text. `nodeToMarkdown` handles headings, paragraphs, lists, links,
 * emphasis, code, block quotes, images with captions, rules and simple tables; anything
 * else contributes its text. Its input is already sanitized, so it only has to be
 * faithful, not defensive.
 */
export function nodeToMarkdown(root: ParentNode): string {
  return tidy(blocks(root));
}

/** Words the article Markdown uses around the body (the extension passes them translated). */
export interface MarkdownLabels {
  source: string;
  keyQuotes: string;
  noQuotes: string;
  unattributed: string;
}

export const ENGLISH_LABELS: MarkdownLabels = {
  source: 'Source',
  keyQuotes: 'Key quotes',
  noQuotes: 'No direct quotes found.',
  unattributed: 'unattributed',
};

/**
 * A whole article: `# title`, a line of byline · site · date, the source URL, the body
 * (from `body`, the article's HTML as DOM) and the key quotes with their speakers.
 */
export function articleMarkdown(
  article: Article,
  body: ParentNode,
  url: string,
  labels: MarkdownLabels = ENGLISH_LABELS,
): string {
  const meta = [bylineLine(article), /^https?:/.test(url) ? `${labels.source}: <${url}>` : '']
    .filter(Boolean)
    .map((line) => `_${line}_`);
  const parts = [`# ${article.title || 'Untitled'}`, meta.join('  \n'), nodeToMarkdown(body)];
  const quotes = keyQuotes(article.quotes);
  const quoteList =
    quotes.length > 0 ? quotes.map((q) => quoteMarkdown(q, labels)).join('\n\n') : `_${labels.noQuotes}_`;
  parts.push(`## ${labels.keyQuotes}\n\n${quoteList}`);
  return `${parts.filter(Boolean).join('\n\n')}\n`;
}

/** "Byline · Site · 2026-11-29": who, where and when, whichever are known. */
export function bylineLine(article: Article): string {
  const date = article.publishedTime?.slice(0, 10) ?? null;
  return [article.byline, article.siteName, date].filter(Boolean).join(' · ');
}

/** The quotes flagged key; if none are, the best few, so the section is never silently empty. */
export function keyQuotes(quotes: readonly Quote[]): Quote[] {
  const key = quotes.filter((q) => q.key);
  return key.length > 0 ? key : [...quotes].sort((a, b) => b.score - a.score).slice(0, 3);
}

function quoteMarkdown(quote: Quote, labels: MarkdownLabels): string {
  const who = quote.speaker
    ? `— ${quote.speaker.name}${quote.speaker.role ? `, ${quote.speaker.role}` : ''}`
    : `— ${labels.unattributed}`;
  return `> “${quote.text}”\n>\n> ${who}`;
}

const HEADING = /^H([1-6])$/;
const BLOCK_TAGS = new Set([
  ...'P DIV SECTION ARTICLE MAIN HEADER FOOTER ASIDE FIGURE FIGCAPTION'.split(' '),
  ...'UL OL LI DL DT DD BLOCKQUOTE PRE TABLE HR H1 H2 H3 H4 H5 H6'.split(' '),
]);

/** Block-level children → Markdown blocks separated by blank lines. */
function blocks(parent: ParentNode): string {
  const out: string[] = [];
  let inline = '';
  const flush = () => {
    if (inline.trim()) out.push(collapse(inline));
    inline = '';
  };
  for (const node of Array.from(parent.childNodes)) {
    if (isElement(node) && BLOCK_TAGS.has(node.tagName)) {
      flush();
      const block = blockOf(node);
      if (block.trim()) out.push(block);
    } else {
      inline += inlineOf(node);
    }
  }
  flush();
  return out.join('\n\n');
}

function blockOf(el: Element): string {
  const heading = el.tagName.match(HEADING);
  if (heading) return `${'#'.repeat(Number(heading[1]))} ${collapse(inlineChildren(el))}`;
  switch (el.tagName) {
    case 'P':
    case 'DT':
    case 'FIGCAPTION':
      return el.tagName === 'FIGCAPTION'
        ? italic(collapse(inlineChildren(el)))
        : collapse(inlineChildren(el));
    case 'UL':
    case 'OL':
      return list(el);
    case 'BLOCKQUOTE':
      return prefixLines(blocks(el), '> ');
    case 'PRE':
      return `\`\`\`\n${(el.textContent ?? '').replace(/\n+$/, '')}\n\`\`\``;
    case 'HR':
      return '---';
    case 'TABLE':
      return table(el);
    case 'DD':
      return prefixLines(blocks(el), ': ');
    default:
      return blocks(el);
  }
}

function list(el: Element): string {
  const ordered = el.tagName === 'OL';
  const items = Array.from(el.children).filter((c) => c.tagName === 'LI');
  return items
    .map((item, i) => {
      const marker = ordered ? `${i + 1}. ` : '- ';
      const body = blocks(item).replace(/\n\n+/g, '\n');
      return marker + body.split('\n').join(`\n${' '.repeat(marker.length)}`);
    })
    .join('\n');
}

function table(el: Element): string {
  const rows = Array.from(el.querySelectorAll('tr')).map((tr) =>
    Array.from(tr.children).map((cell) => collapse(inlineChildren(cell)).replace(/\|/g, '\\|')),
  );
  if (rows.length === 0) return '';
  const width = Math.max(...rows.map((r) => r.length));
  const line = (cells: string[]) =>
    `| ${Array.from({ length: width }, (_, i) => cells[i] ?? '').join(' | ')} |`;
  return [line(rows[0]!), line(Array(width).fill('---')), ...rows.slice(1).map(line)].join('\n');
}

function inlineChildren(el: Element): string {
  return Array.from(el.childNodes).map(inlineOf).join('');
}

function inlineOf(node: Node): string {
  if (node.nodeType === 3) return node.textContent ?? '';
  if (!isElement(node)) return '';
  const text = () => inlineChildren(node);
  switch (node.tagName) {
    case 'BR':
      return '  \n';
    case 'A': {
      const href = node.getAttribute('href');
      const label = collapse(text());
      return href && label && !href.startsWith('javascript:') ? `[${label}](${href})` : label;
    }
    case 'STRONG':
    case 'B':
      return wrap(text(), '**');
    case 'EM':
    case 'I':
      return wrap(text(), '_');
    case 'CODE':
      return wrap(text(), '`');
    case 'IMG': {
      const src = node.getAttribute('src');
      return src ? `![${collapse(node.getAttribute('alt') ?? '')}](${src})` : '';
    }
    default:
      return BLOCK_TAGS.has(node.tagName) ? ` ${blocks(node)} ` : text();
  }
}

/** Emphasis markers hug the text: `**word** ` not `** word **`. */
function wrap(text: string, marker: string): string {
  const trimmed = collapse(text);
  if (!trimmed) return text;
  const lead = /^\s/.test(text) ? ' ' : '';
  const trail = /\s$/.test(text) ? ' ' : '';
  return `${lead}${marker}${trimmed}${marker}${trail}`;
}

function italic(text: string): string {
  return text ? `_${text}_` : '';
}

function prefixLines(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((l) => (l ? prefix + l : prefix.trimEnd()))
    .join('\n');
}

/** Collapses runs of whitespace but keeps the hard breaks written by <br>. */
function collapse(text: string): string {
  return text
    .split('  \n')
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('  \n');
}

function tidy(markdown: string): string {
  return markdown.replace(/\n{3,}/g, '\n\n').trim();
}

function isElement(node: Node): node is Element {
  return node.nodeType === 1;
}
