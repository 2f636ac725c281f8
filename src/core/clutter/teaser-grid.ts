import { normalize } from '../text-blocks';

/**
 * A grid of teasers for other stories of the same site: three or more cards side by
 * side, each a picture or a headline linked to one other page of this site, with a
 * line of text at most, and all built alike ("RANDY ANDY / Andrew parties in …",
 * "Guides / The guide to the city's best soups"). Readability keeps such grids when
 * only the picture is a link, so their text reads as prose.
 * Not a grid: product cards that link to shops (another site), rows of a comparison
 * table (data), a gallery whose pictures link to their files, a list of linked
 * sources (no pictures or headlines).
 */
const MIN_CARDS = 3;
const MAX_CARDS = 40;
const MIN_CARD_TEXT = 10;
const MAX_CARD_TEXT = 220;
/** Cards that may differ: an ad slot or a "more" link among them. */
const MOST = 0.75;
const DATA_PARTS = /^(?:TABLE|THEAD|TBODY|TFOOT|TR|TD|TH)$/;
const SIGNATURE_TAGS = /^(?:A|IMG|PICTURE|H[1-6]|P|SPAN|DIV|LI|TIME)$/;
const SIGNATURE_LENGTH = 12;
const PICTURE_OR_HEADING = /^(?:IMG|PICTURE|H[1-6])$/;
/** A teaser card is a few dozen elements; a bigger box is something else (and costs no more to rule out). */
const MAX_CARD_ELEMENTS = 200;
const IMAGE_FILE = /\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#]|$)/i;

/** The page a grid's links are compared with, read once per clutter pass. */
export interface Site {
  url: string;
  /** Its host without "www.". */
  host: string;
  /** The page itself, without query or fragment (a card linking here is no teaser). */
  here: string;
}

export function siteOf(pageUrl: string | undefined): Site | null {
  const host = pageUrl ? hostOf(pageUrl, pageUrl) : null;
  return pageUrl && host ? { url: pageUrl, host, here: withoutQuery(pageUrl) } : null;
}

export function isTeaserGrid(el: Element, site: Site | null, charsOf: (el: Element) => number): boolean {
  if (!site || DATA_PARTS.test(el.tagName)) return false;
  const count = el.childElementCount;
  if (count < MIN_CARDS || count > MAX_CARDS || charsOf(el) > count * MAX_CARD_TEXT) return false;
  if (el.closest('table')) return false;
  const targets = new Set<string>();
  const shapes = new Map<string, number>();
  let cards = 0;
  let good = 0;
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    const chars = charsOf(child);
    if (chars === 0) continue;
    cards++;
    const card = chars <= MAX_CARD_TEXT * 2 ? readCard(child, site) : null;
    if (!card) continue;
    good++;
    for (const link of card.links) targets.add(link);
    shapes.set(card.signature, (shapes.get(card.signature) ?? 0) + 1);
  }
  if (good < MIN_CARDS || good < cards * MOST || targets.size < good) return false;
  return Math.max(...shapes.values()) >= good * MOST;
}

interface Card {
  /** The pages of this site it links to. */
  links: string[];
  /** Its first few structural tags: cards of one grid are built alike. */
  signature: string;
}

/** One bounded walk over a would-be card: a teaser is small, pictured or headed, and links only within the site. */
function readCard(card: Element, site: Site): Card | null {
  const text = normalize(card.textContent ?? '');
  if (text.length < MIN_CARD_TEXT || text.length > MAX_CARD_TEXT) return null;
  const links = new Set<string>();
  const tags: string[] = [];
  let pictured = false;
  let seen = 0;
  const walker = card.ownerDocument.createTreeWalker(card, 1);
  for (let node = walker.currentNode as Element | null; node; node = walker.nextNode() as Element | null) {
    if (++seen > MAX_CARD_ELEMENTS) return null;
    const tag = node.tagName;
    if (SIGNATURE_TAGS.test(tag) && tags.length < SIGNATURE_LENGTH) tags.push(tag);
    if (PICTURE_OR_HEADING.test(tag)) pictured = true;
    const href = tag === 'A' ? node.getAttribute('href') : null;
    // A picture linked to its full-size file is a gallery's, not a teaser's.
    if (!href || href.startsWith('#') || IMAGE_FILE.test(href)) continue;
    if (hostOf(href, site.url) !== site.host) return null;
    const target = withoutQuery(href);
    if (target !== site.here) links.add(target);
  }
  return pictured && links.size >= 1 && links.size <= 2
    ? { links: [...links], signature: tags.join(',') }
    : null;
}

function withoutQuery(url: string): string {
  return url.replace(/[?#].*$/, '');
}

function hostOf(href: string, base: string): string | null {
  try {
    return new URL(href, base).host.replace(/^www\./, '');
  } catch {
    return null;
  }
}
