import type { Block, ClutterRule } from './rule';
import { blockText, holdsMedia, labelPattern, tokenPattern } from './signals';

/** Buttons, counters and labels around images ("open image in gallery", "1 of 12"). */
const ATTRIBUTES = tokenPattern([
  '(?:gallery|lightbox|image|img|photo|slideshow|media|figure)-?(?:button|btn|trigger|expand|open|launch|toggle|counter|count|nav|controls?|icon|overlay-?button)s?',
  'expand-?(?:image|button|icon|btn)',
  'enlarge(?:-[a-z]+)?',
  'zoom-?(?:button|icon|in|btn)',
  'fullscreen-?(?:button|icon|toggle|btn)',
  'open-?(?:gallery|lightbox)',
  'view-?gallery',
  'slide-?(?:counter|count)',
]);

/** Unmistakable wherever they stand. */
const STRONG_LABEL = labelPattern([
  'open (?:this )?(?:image|photo|picture) in (?:the )?(?:gallery|lightbox|full ?screen)',
  'open (?:the )?(?:gallery|lightbox|slideshow)',
  '(?:expand|enlarge|zoom(?: in)?|maximi[sz]e)(?: this)? (?:image|photo|picture)',
  'view (?:the )?(?:full )?(?:image |photo |picture )?gallery',
  'view (?:all )?\\d+ (?:images|photos|pictures)',
  'see all(?: \\d+)? (?:images|photos|pictures)',
  '(?:launch|start) (?:the )?(?:photo |image )?(?:gallery|slideshow)',
  'click (?:to|here to) (?:enlarge|expand|zoom)',
  'tap to (?:enlarge|expand|zoom)',
  'bild vergrößern',
  'zur (?:bilder)?galerie',
  '(?:voir|ouvrir) la galerie',
  'ver galería',
  'this (?:slideshow|gallery) requires javascript',
]);

/** Only gallery chrome when standing next to an image ("1 of 12", "Expand", "Next"). */
const WEAK_LABEL = labelPattern([
  '(?:image|photo|picture|slide|bild|foto)s? \\d+ ?(?:of|/|von|de|di|sur) ?\\d+',
  '\\d+ ?(?:of|/|von|de|di|sur) ?\\d+',
  '(?:expand|enlarge|zoom|full ?screen|close|previous|next|prev|caption)',
  '(?:previous|next) (?:image|photo|slide|picture)',
  '(?:toggle|hide|show|close) (?:caption|gallery|image)',
  '(?:gallery|photos|images|galerie|galería|galleria)',
]);

/**
 * A bare count on a picture ("6" over a photo): how many photos its gallery holds. Only in a
 * figure with a picture, and never in code, a table or a list, where numbers are line numbers,
 * prices or data.
 */
const BARE_COUNT = /^\d{1,3}$/;
const NUMBERS_AS_DATA = 'pre, code, table, ol, ul, dl';

function isGalleryCount(el: Element): boolean {
  const figure = el.closest('figure');
  return figure?.querySelector('img, picture') != null && el.closest(NUMBERS_AS_DATA) === null;
}

function besideMedia(el: Element): boolean {
  const parent = el.parentElement;
  if (el.closest('figure')) return true;
  for (const sibling of [el.previousElementSibling, el.nextElementSibling]) {
    if (sibling && holdsMedia(sibling)) return true;
  }
  return parent !== null && parent.children.length <= 4 && holdsMedia(parent);
}

/**
 * "Caption" and "Close" side by side, with nothing else in their box: a lightbox's controls, left
 * behind when the reader dropped the image they worked on.
 */
function amongControls(el: Element): boolean {
  const siblings = Array.from(el.parentElement?.children ?? []);
  return siblings.length >= 2 && siblings.length <= 6 && siblings.every((s) => WEAK_LABEL.test(blockText(s)));
}

function label({ el, text }: Block): string | null {
  if (text.length > 80 || holdsMedia(el)) return null;
  if (STRONG_LABEL.test(text)) return `label "${text}"`;
  if (BARE_COUNT.test(text)) return isGalleryCount(el) ? `count "${text}" on a picture` : null;
  if (!WEAK_LABEL.test(text)) return null;
  if (besideMedia(el)) return `label "${text}" beside an image`;
  return amongControls(el) ? `label "${text}" among controls` : null;
}

export const galleryChrome: ClutterRule = {
  category: 'galleryChrome',
  attributes: ATTRIBUTES,
  maxMarkedText: 80,
  // The image itself is content: only chrome without media of its own goes.
  acceptMarked: ({ el }) => !holdsMedia(el),
  label,
};
