/**
 * Cheap facts about a block that the clutter rules share: its attribute
 * signature, its normalized text, how much of it is links. Every helper here
 * reads only the element it is given (no document-wide scans).
 */
import { normalize, textOf } from '../text-blocks';

/** Longer values are payloads (JSON, URLs), not component names: skip them. */
const MAX_DATA_VALUE = 48;
const CAMEL_BOUNDARY = /([a-z0-9])([A-Z])/g;
/**
 * The attributes that name a component: class, role, and the component/module
 * names of front-end frameworks. Not `id` (heading anchors name their section,
 * "best-ad-blockers"), not `aria-label` (free text), not other data-* (tracking payloads).
 */
const COMPONENT_DATA = new Set(['data-component', 'data-module', 'data-component-name', 'data-module-name']);

/**
 * The element's component names, lower-cased, with camelCase split ("adSlot" →
 * "ad-slot") so that one whole-token pattern fits every spelling; `-`, `_` and
 * spaces all end a token.
 */
export function attributeSignature(el: Element): string {
  let signature = '';
  for (const name of el.getAttributeNames()) {
    if (name === 'class' || name === 'role') signature += ` ${el.getAttribute(name)}`;
    else if (COMPONENT_DATA.has(name)) {
      const value = el.getAttribute(name) ?? '';
      if (value.length <= MAX_DATA_VALUE) signature += ` ${value}`;
    }
  }
  return signature.replace(CAMEL_BOUNDARY, '$1-$2').toLowerCase();
}

/** The nouns front-end code names a page component with: a stem plus one of these is a component of that kind. */
const COMPONENT_NOUNS =
  '(?:banner|box|module|block|widget|panel|card|cta|prompt|message|callout|promo|container|wrap|wrapper|unit|slot|bar|section|form|teaser|wall|overlay|modal|inline|embed|appeal|ask|offer|component|plug|signup|cta-?box)s?';

/**
 * A word family as a token pattern source: the stem, up to two more words, then a
 * component noun ("support-banner", "support-now-module", "membership_cta_box"), so
 * the next site's spelling matches without listing it.
 */
export function componentFamily(stem: string): string {
  return `${stem}(?:-[a-z]+){0,2}-${COMPONENT_NOUNS}`;
}

/** A regex source list turned into a whole-token matcher over an attribute signature. */
export function tokenPattern(alternatives: readonly string[]): RegExp {
  // Longer alternatives first, so "ad-slot" is found as itself rather than as its short "ad".
  const longestFirst = [...alternatives].sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![a-z0-9])(?:${longestFirst.join('|')})(?![a-z0-9])`);
}

/** A regex source list turned into a matcher for a block whose whole text is one of them. */
export function labelPattern(alternatives: readonly string[]): RegExp {
  return new RegExp(`^(?:${alternatives.join('|')})[\\s.:!…»›>|-]*$`, 'iu');
}

export function blockText(el: Element): string {
  return normalize(textOf(el));
}

/** Share of the block's characters that sit inside links (0 for an empty block). */
export function linkDensity(el: Element, textLength: number): number {
  if (textLength === 0) return 0;
  let linked = 0;
  for (const a of Array.from(el.getElementsByTagName('a'))) linked += normalize(a.textContent ?? '').length;
  return Math.min(1, linked / textLength);
}

/** A heading element's tag name. */
export const HEADING_TAG = /^H[1-6]$/;

/** Phrasing content: judged only as part of its block, so a link inside a sentence is never cut out. */
export const INLINE_TAGS = new Set(
  'A ABBR B BDI BDO BR CITE CODE DATA DFN EM I IMG KBD MARK PICTURE Q S SAMP SMALL SOURCE SPAN STRONG SUB SUP TIME U VAR WBR'.split(
    ' ',
  ),
);

const MEDIA_TAGS = new Set(['img', 'picture', 'video', 'audio', 'figure']);
/**
 * Whether the element is or holds an image, a video, audio or a figure. A TreeWalker,
 * not `querySelector('img, …')`: asked of every block, the selector cost ~45 µs a call
 * under jsdom however small the block (a table of 5,000 cells: a second), the walk a
 * few microseconds for a cell.
 */
export function holdsMedia(el: Element): boolean {
  if (MEDIA_TAGS.has(el.localName)) return true;
  const walker = el.ownerDocument.createTreeWalker(el, 1);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (MEDIA_TAGS.has((node as Element).localName)) return true;
  }
  return false;
}

/** The first few words of a block, for the "what was removed" list. */
export function preview(text: string, words = 12): string {
  const parts = text.split(' ');
  return parts.length <= words ? text : `${parts.slice(0, words).join(' ')} …`;
}
