import type { ClutterCategory, RemovedBlock } from './types';

/**
 * Readability falls back to the article's first paragraph for an excerpt; when
 * that paragraph was clutter ("Advertisement"), use the first real one instead.
 */
export function excerptOf(
  excerpt: string | null | undefined,
  removed: Record<ClutterCategory, RemovedBlock[]>,
  paragraphs: readonly string[],
): string | null {
  // Only the head can matter: a whole multi-megabyte first block must not cross the message channel.
  const text = excerpt
    ?.slice(0, MAX_EXCERPT_CHARS * 4)
    .replace(/\s+/g, ' ')
    .trim();
  if (!text) return null;
  const wasClutter = Object.values(removed).some((blocks) =>
    blocks.some((block) => !block.kept && text.startsWith(block.preview.replace(/ …$/, ''))),
  );
  const chosen = wasClutter ? paragraphs.find((p) => p.length >= 80) : text;
  return chosen ? capExcerpt(chosen) : null;
}

/** An excerpt is a teaser, not the article: at most this many characters, cut at a word. */
const MAX_EXCERPT_CHARS = 500;
function capExcerpt(text: string): string {
  if (text.length <= MAX_EXCERPT_CHARS) return text;
  const head = text.slice(0, MAX_EXCERPT_CHARS);
  const lastSpace = head.lastIndexOf(' ');
  return `${(lastSpace > MAX_EXCERPT_CHARS / 2 ? head.slice(0, lastSpace) : head).trimEnd()} …`;
}
