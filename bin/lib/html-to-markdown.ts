import { JSDOM } from 'jsdom';
import { nodeToMarkdown } from '../../src/core/markdown';

/** Sanitized article HTML → Markdown, through the core's converter (src/core/markdown.ts). */
export function htmlToMarkdown(html: string): string {
  return nodeToMarkdown(JSDOM.fragment(html));
}
