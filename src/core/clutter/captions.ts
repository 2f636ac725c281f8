import { normalize } from '../text-blocks';
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
 * inside a figure or right beside an image; `placedTexts` (captionTextsOf,
 * read before Readability) also finds the captions whose class Readability dropped
 * and the copies a gallery shows of them elsewhere (a caption bar, each slide).
 */
export function removeCaptions(root: Element, placedTexts: ReadonlySet<string>): void {
  for (const caption of Array.from(root.querySelectorAll('figcaption'))) caption.remove();
  for (const el of Array.from(root.querySelectorAll('[class], [id]'))) {
    if (!el.isConnected && !root.contains(el)) continue;
    if (el.tagName === 'FIGCAPTION' || !isCaptionLike(el)) continue;
    if (el.closest('figure') || placed(el)) el.remove();
  }
  if (placedTexts.size === 0) return;
  eachBox(root, MIN_PLACED_CAPTION, (el, raw) => {
    if (!holdsCaption(el, raw, placedTexts)) return false;
    el.remove();
    return true;
  });
}

/**
 * Depth first over the boxes under `root` long enough to hold a caption's words; a box
 * `take` answers true for (a caption kept or removed) is not looked into.
 */
function eachBox(root: Element, minChars: number, take: (el: Element, raw: string) => boolean): void {
  const visit = (parent: Element): void => {
    for (const el of Array.from(parent.children)) {
      const raw = el.textContent ?? '';
      if (raw.length >= minChars && !take(el, raw)) visit(el);
    }
  };
  visit(root);
}

/** A box that is one of `texts`, short enough to be a caption and holding no picture. */
function holdsCaption(el: Element, raw: string, texts: ReadonlySet<string>): boolean {
  return raw.length <= MAX_CAPTION * 2 && !holdsMedia(el) && texts.has(normalize(raw));
}

/** Shorter captions ("Photo: AP") may honestly repeat under each picture; a sentence-long one repeated is the same slide again. */
const MIN_REPEATED_CAPTION = 40;
const MAX_CAPTION = 600;
/** Every class CAPTION_MARK could match holds one of these. */
const CAPTION_HINT = /caption|credit/i;

/** Shorter than this, a caption's words ("AP") could be any block's. */
const MIN_PLACED_CAPTION = 12;

/**
 * The words of the page's captions, read before Readability runs: it replaces a
 * <div class="caption"> holding one <p> by that <p>, so afterwards the class is gone.
 * With captions shown, every caption's (for its repeats); with captions off, those of
 * captions beside a picture and of each line inside one (its full and clipped forms, its credit).
 */
export function captionTextsOf(document: Document, shown: boolean): Set<string> {
  const texts = new Set<string>();
  for (const el of captionsOf(document)) {
    if (!shown && !el.closest('figure') && !placed(el)) continue;
    for (const part of shown ? [el] : [el, ...Array.from(el.querySelectorAll('*'))]) {
      if (part !== el && !aLineOfItsOwn(part)) continue;
      const text = normalize(part.textContent ?? '');
      if (text.length >= (shown ? MIN_REPEATED_CAPTION : MIN_PLACED_CAPTION)) texts.add(text);
    }
  }
  return texts;
}

function captionsOf(document: Document): Element[] {
  const captions: Element[] = [];
  // One pass over the elements with a substring test on the class: under jsdom a
  // case-insensitive attribute selector costs ten times as much.
  const body = document.body;
  if (!body) return captions;
  const walker = document.createTreeWalker(body, 1);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node as Element;
    if (el.tagName !== 'FIGCAPTION' && !CAPTION_HINT.test(el.getAttribute('class') ?? '')) continue;
    if (isCaptionLike(el)) captions.push(el);
  }
  return captions;
}

/**
 * A gallery renders each slide's caption more than once (full and clipped forms, a
 * copy per slide, a caption bar): after the first, every block with a caption's words
 * goes, whatever the captions switch says. Only captions: a paragraph that repeats
 * (a meal plan's same breakfast on three days) is the article's own.
 */
export function removeRepeatedCaptions(root: Element, captionTexts: ReadonlySet<string>): void {
  // (A caption marked by its class was seen, with its words, before Readability ran.)
  if (captionTexts.size === 0 && !root.querySelector('figcaption')) return;
  const seen = new Set<string>();
  eachBox(root, MIN_REPEATED_CAPTION, (el, raw) => {
    // (A slide holding its picture and caption: the caption alone goes, further down. A
    // figcaption's own icon goes with it.)
    const caption =
      (el.tagName === 'FIGCAPTION' && raw.length <= MAX_CAPTION * 2) || holdsCaption(el, raw, captionTexts);
    if (!caption) return false;
    const text = normalize(raw);
    if (!seen.has(text)) seen.add(text);
    else if (!underWordsOfItsOwn(el, text)) el.remove();
    return true;
  });
}

/**
 * A caption under words of its own, such as the name under each of several pull quotes, says
 * whose they are: repeated, it still belongs to each.
 */
function underWordsOfItsOwn(el: Element, text: string): boolean {
  const figure = el.closest('figure');
  return figure !== null && normalize(figure.textContent ?? '').length > text.length + OTHER_WORDS;
}

/** More than a counter or a "Photo:" label beside a caption. */
const OTHER_WORDS = 20;

function isCaptionLike(el: Element): boolean {
  if (el.tagName === 'FIGCAPTION') return true;
  const raw = el.textContent ?? '';
  // (Templates indent captions deeply: the words count, not the source's spaces.)
  if (holdsMedia(el) || (raw.length > MAX_CAPTION && normalize(raw).length > MAX_CAPTION)) return false;
  return CAPTION_MARK.test(attributeSignature(el));
}

/** No words beside it in its parent: a line of the caption (its credit), not a linked name inside a sentence. */
function aLineOfItsOwn(el: Element): boolean {
  for (const node of Array.from(el.parentNode?.childNodes ?? [])) {
    if (node.nodeType === 3 && (node.textContent ?? '').trim() !== '') return false;
  }
  return true;
}

/** Right beside a picture, or the part of a caption box that is. */
function placed(el: Element): boolean {
  for (let at: Element | null = el; at; at = at.parentElement) {
    if (nextToMedia(at)) return true;
    if (at !== el && !isCaptionLike(at)) return false;
  }
  return false;
}

function nextToMedia(el: Element): boolean {
  const previous = el.previousElementSibling;
  const next = el.nextElementSibling;
  return (previous !== null && holdsMedia(previous)) || (next !== null && holdsMedia(next));
}
