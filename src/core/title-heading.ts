import { comparable, normalize } from './text-blocks';

/** Blocks that can carry the title again: headings, paragraphs, and a box holding only text. */
const TITLE_CARRIER = /^(?:H[1-6]|P)$/;
/** The opening ends at the first block this long (the prose has begun) or after this many blocks. */
const PROSE_CHARS = 150;
const OPENING_BLOCKS = 8;

/**
 * The article's own title printed again at the top of its text (the page's <h1> inside the
 * part Readability picked): the reader shows the title above the text already, so the copy
 * goes. Only in the opening, before the prose begins, and only when its words are the
 * title's exactly (case and punctuation aside): a heading that merely resembles the
 * title ("The verdict") stays.
 */
export function dropRepeatedTitle(article: Element, title: string | null | undefined): void {
  const wanted = comparable(title ?? '');
  if (wanted.length < 3) return;
  let seen = 0;
  const visit = (parent: Element): boolean => {
    for (const el of Array.from(parent.children)) {
      const isLeafBox = el.tagName === 'DIV' && el.childElementCount === 0;
      if (!TITLE_CARRIER.test(el.tagName) && !isLeafBox) {
        if (visit(el)) return true;
        continue;
      }
      const text = normalize(el.textContent ?? '');
      if (!text) continue;
      if (comparable(text) === wanted) {
        el.remove();
        return true;
      }
      seen += 1;
      if (text.length >= PROSE_CHARS || seen >= OPENING_BLOCKS) return true;
    }
    return false;
  };
  visit(article);
}
