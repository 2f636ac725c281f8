import { attributeSignature, holdsMedia, tokenPattern } from './signals';

/** Class/id tokens of caption and credit lines that sites put beside images without a <figcaption>. */
const CAPTION_MARK = tokenPattern([
  'caption',
  'captions',
  'figcaption',
  'wp-caption-text',
  '(?:image|photo|img|media|figure)-?(?:caption|credit|credits|description)',
  'credit',
  'credits',
]);

/**
 * With captions switched off, image captions and credits go; the images stay.
 * A caption is a <figcaption>, or a short block marked as a caption that sits
 * inside a figure or right beside an image.
 */
export function removeCaptions(root: Element): void {
  for (const caption of Array.from(root.querySelectorAll('figcaption'))) caption.remove();
  for (const el of Array.from(root.querySelectorAll('[class], [id]'))) {
    if (!el.isConnected && !root.contains(el)) continue;
    if (holdsMedia(el) || (el.textContent ?? '').length > 600) continue;
    if (!CAPTION_MARK.test(attributeSignature(el))) continue;
    if (el.closest('figure') || nextToMedia(el)) el.remove();
  }
}

function nextToMedia(el: Element): boolean {
  const previous = el.previousElementSibling;
  const next = el.nextElementSibling;
  return (previous !== null && holdsMedia(previous)) || (next !== null && holdsMedia(next));
}
