import { articleMarkdown, bylineLine, keyQuotes, type MarkdownLabels } from '../core/markdown';
import type { Article } from '../core/types';
import { t } from '../ui/i18n';

function labels(): MarkdownLabels {
  return {
    source: t('exportSource'),
    keyQuotes: t('keyQuotes'),
    noQuotes: t('exportNoQuotes'),
    unattributed: t('exportUnattributed'),
  };
}

/** The article as Markdown, from its rendered (sanitized) body, through the core's one converter. */
export function exportMarkdown(article: Article, body: ParentNode, url: string): string {
  return articleMarkdown(article, body, url, labels());
}

/** The article as plain text: title, byline, source, paragraphs, then the key quotes with speakers. */
export function exportPlainText(article: Article, url: string): string {
  const { source, keyQuotes: heading, unattributed } = labels();
  const head = [article.title, bylineLine(article), `${source}: ${url}`].filter(Boolean).join('\n');
  const quotes = keyQuotes(article.quotes).map(
    (q) =>
      `“${q.text}”\n— ${q.speaker ? [q.speaker.name, q.speaker.role].filter(Boolean).join(', ') : unattributed}`,
  );
  const tail = quotes.length ? [`${heading}\n\n${quotes.join('\n\n')}`] : [];
  return `${[head, ...article.paragraphs, ...tail].join('\n\n')}\n`;
}

/** A file name from the title: letters and digits of any script, dashes between words. */
export function markdownFileName(title: string): string {
  const slug = title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${slug || 'article'}.md`;
}
