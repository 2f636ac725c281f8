import { comparable, normalize, type TextBlock } from '../text-blocks';
import type { ClutterTrace } from '../types';
import { REPORTED_SPEECH } from './rule';

/**
 * The writer's bio at the article's edge, told by its name: "Rebecca Norris is a full-time
 * freelance writer living in …", "Karina holds a Global Executive MBA …", "Eric Song is the deal
 * curator …". Two signals must meet: the block opens with a name the byline holds (all of its
 * words, or the first name alone) followed by a verb of description, and it is one of the
 * article's first or last few blocks (the author box above or below the story). A story about
 * someone ends with "Smith is …" too, but its byline names the reporter, not Smith; a bio anywhere
 * else in the piece is the story's own.
 */

/** Of the article's last blocks, this many may be the bio (a bio, its second paragraph, a tag line). */
const TAIL_BLOCKS = 4;
/** Of its first blocks, this many (the box above the story: name, bio, a sign-in line). */
const HEAD_BLOCKS = 3;
/** A bio is a few sentences; more is the story. */
const MAX_BIO_CHARS = 900;

/** Words of a byline that are not a name: "By", "Text by", "Analysis by", "Staff Writer". */
const NOT_NAME =
  /^(?:by|and|text|photos?|words|analysis|author|staff|contributor|editor|reporter|writer|correspondent|official|team|desk|news|the|of|for|with|von|par|por|di|de|da|van|der)$/i;

/** "Name is/has/holds …": a name of one to four capitalised words, then how a bio describes someone. */
const OPENING =
  /^((?:\p{Lu}[\p{L}'’.-]+)(?: \p{Lu}[\p{L}'’.-]+){0,3})(?: \([^()]{1,60}\))?,? (?:is|was|has|holds|brings|joined|covers|writes|lives|currently|spent|graduated|earned|began|started|serves|leads|teaches|specializes|specialises|works|founded)\b/u;

/** The capitalised words of the byline, lower-cased, that can be a name's. */
export function bylineNames(byline: string | null | undefined): Set<string> {
  const names = new Set<string>();
  // ("by Jeff FoustMonday, November 18": a name run into the date beside it; "McDonald" kept whole too.)
  for (const word of (byline ?? '').match(/\p{Lu}[\p{L}'’-]+/gu) ?? [])
    for (const part of [word, ...word.split(/(?<=\p{Ll})(?=\p{Lu})/u)])
      if (!NOT_NAME.test(part)) names.add(part.toLowerCase());
  return names;
}

/**
 * The bio's name: words all in the byline, or a first name alone ("Karina holds …") when the byline
 * is a person's full name (a one-word byline is often a brand: "QCY is already …" is its story).
 */
function namesWriter(name: string, byline: ReadonlySet<string>): boolean {
  const words = name.toLowerCase().split(' ');
  if (!words.every((word) => byline.has(word)) || !words.some((word) => word.length >= 3)) return false;
  return words.length > 1 || (byline.size > 1 && name !== name.toUpperCase());
}

/** "Rebecca Norris" on a line of its own above the bio: only the byline's name words. */
function isNameLine(text: string, byline: ReadonlySet<string>): boolean {
  const words = comparable(text).split(' ');
  return text.length <= 60 && words.length > 0 && words.every((word) => byline.has(word));
}

/** Removes a bio of the byline's writer among the article's first or last text blocks, and the name line before it. */
export function removeBylineBios(
  all: readonly TextBlock[],
  byline: string | null | undefined,
  trace?: ClutterTrace,
): void {
  const names = bylineNames(byline);
  if (names.size === 0) return;
  // (An author box may open the article as well as close it.)
  const blocks =
    all.length <= HEAD_BLOCKS + TAIL_BLOCKS
      ? all
      : [...all.slice(0, HEAD_BLOCKS), ...all.slice(-TAIL_BLOCKS)];
  for (const block of blocks) {
    if (block.text.length > MAX_BIO_CHARS || REPORTED_SPEECH.test(block.text)) continue;
    const opening = OPENING.exec(block.text);
    if (!opening?.[1] || !namesWriter(opening[1], names)) continue;
    const first = block.nodes.length === 1 ? block.nodes[0] : undefined;
    const before = first?.nodeType === 1 ? (first as Element).previousElementSibling : null;
    if (before && isNameLine(before.textContent ?? '', names)) {
      trace?.removed?.(normalize(before.textContent ?? ''), 'chrome', 'author bio: name');
      before.remove();
    }
    trace?.removed?.(block.text, 'chrome', 'author bio (byline)');
    for (const node of block.nodes) node.parentNode?.removeChild(node);
  }
}
