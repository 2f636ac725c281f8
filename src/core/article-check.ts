import { linkDensity } from './clutter/signals';

/**
 * Is what Readability found an article, or a front page / index of teasers?
 * An article has running prose: some paragraphs of a sentence or more. A page
 * without any is still an article (release notes, short lists, a course's
 * table of steps, each a linked heading over a line of description) unless it
 * also looks like a front page: mostly links, or a long run of linked headlines.
 */
const PROSE_BLOCK_WEIGHT = 120;
const MIN_PROSE_WEIGHT = 300;
const INDEX_LINK_DENSITY = 0.3;
/** A guide's steps or a course list link a handful of headings; a news front page links dozens. */
const INDEX_LINKED_HEADINGS = 10;
/** One CJK character carries about as much as a short word: count it as three letters. */
const DENSE_SCRIPT = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]/g;

function weight(paragraph: string): number {
  return paragraph.length + 2 * (paragraph.match(DENSE_SCRIPT)?.length ?? 0);
}

function hasProse(paragraphs: readonly string[]): boolean {
  let prose = 0;
  for (const paragraph of paragraphs) {
    const w = weight(paragraph);
    if (w >= PROSE_BLOCK_WEIGHT) prose += w;
    if (prose >= MIN_PROSE_WEIGHT) return true;
  }
  return false;
}

function linkedHeadings(body: Element): number {
  let count = 0;
  for (const heading of Array.from(body.querySelectorAll('h1, h2, h3, h4, h5, h6'))) {
    if (heading.closest('a') || heading.getElementsByTagName('a').length > 0) count++;
  }
  return count;
}

export function looksLikeArticle(body: Element, paragraphs: readonly string[], text: string): boolean {
  if (hasProse(paragraphs)) return true;
  return linkDensity(body, text.length) < INDEX_LINK_DENSITY && linkedHeadings(body) < INDEX_LINKED_HEADINGS;
}
