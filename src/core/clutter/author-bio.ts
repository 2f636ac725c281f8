import { parseJsonLd } from '../metadata';
import { comparable, normalize } from '../text-blocks';
import type { ClutterTrace } from '../types';

/**
 * The author's bio box ("Regan is a Southeastern Connecticut native now living in …"), found by
 * what the page declares rather than by its look: a JSON-LD Person's `description` printed again
 * in the article is that person's bio, site chrome like the author box (unreported). The name
 * line right before it ("Regan") goes with it. The page says what the text is, so no wording or
 * position is guessed at.
 */
export interface AuthorBio {
  name: string | null;
  description: string;
}

/** Shorter than this, a description ("Writer") could be any line of the article. */
const MIN_BIO_CHARS = 40;
/** A bio may be cut short on the page ("… Read more"), or run on past the declared one. */
const MIN_SHARED_CHARS = 80;
const MAX_EXTRA_CHARS = 80;
/** After a cut: "read more", "continue". */
const MAX_CUT_TAIL = 20;

/** The Person descriptions of the page's JSON-LD (as read by the lean copy), at any depth (an article's `author`). */
export function authorBiosOf(jsonLd: readonly string[]): AuthorBio[] {
  const bios: AuthorBio[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (depth > 8 || !value || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    const item = value as Record<string, unknown>;
    const type = item['@type'];
    const person = type === 'Person' || (Array.isArray(type) && type.includes('Person'));
    if (person && typeof item.description === 'string') {
      const description = comparable(item.description);
      if (description.length >= MIN_BIO_CHARS)
        bios.push({ name: typeof item.name === 'string' ? comparable(item.name) : null, description });
    }
    for (const inner of Object.values(item)) visit(inner, depth + 1);
  };
  for (const root of parseJsonLd(jsonLd)) visit(root, 0);
  return bios;
}

/** Removes from the article every block that prints one of the bios, and the name line before it. */
export function removeAuthorBios(article: Element, bios: readonly AuthorBio[], trace?: ClutterTrace): void {
  if (bios.length === 0) return;
  for (const el of Array.from(article.querySelectorAll('p, div, li, section, aside'))) {
    // (The article is detached from its document: removed boxes are told by not being inside it.)
    if (!article.contains(el)) continue;
    const raw = el.textContent ?? '';
    if (raw.length < MIN_BIO_CHARS) continue;
    const text = comparable(raw);
    const bio = bios.find((b) => printsBio(text, b.description));
    if (!bio) continue;
    const before = el.previousElementSibling;
    if (bio.name && before && comparable(before.textContent ?? '') === bio.name) {
      trace?.removed?.(normalize(before.textContent ?? ''), 'chrome', 'author bio: name');
      before.remove();
    }
    trace?.removed?.(normalize(raw), 'chrome', 'author bio');
    el.remove();
  }
}

/**
 * The block is the bio: the same words, or the bio cut short ("… Read more"), or run on a little
 * past the declared one (a link to the author's posts).
 */
function printsBio(text: string, bio: string): boolean {
  if (text === bio) return true;
  let shared = 0;
  while (shared < text.length && text[shared] === bio[shared]) shared++;
  if (shared === bio.length)
    return bio.length >= MIN_SHARED_CHARS && text.length <= bio.length + MAX_EXTRA_CHARS;
  return shared >= MIN_SHARED_CHARS && text.length - shared <= MAX_CUT_TAIL;
}
