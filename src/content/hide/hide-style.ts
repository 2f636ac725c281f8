import { CLUTTER_CATEGORIES, type ClutterCategory } from '../../core/types';

/**
 * Hiding on the page is one injected style sheet keyed on attributes Pith sets: each found block
 * carries `data-pith-hide="<category>"`, and <html data-pith-hiding="ads appeals …"> names the
 * categories hidden now. Switching a category off drops its name from that list and the browser shows
 * its blocks again at once: nothing is removed from the DOM, nothing to undo.
 */
export const HIDE_ATTRIBUTE = 'data-pith-hide';
export const HIDING_ATTRIBUTE = 'data-pith-hiding';
/** Blocks matching a rule the reader picked ("Hide something else…"). */
export const PICKED_ATTRIBUTE = 'data-pith-picked';
const STYLE_ID = 'pith-hide-style';

export function hideStyleSheet(): string {
  return CLUTTER_CATEGORIES.map(
    (category) =>
      `html[${HIDING_ATTRIBUTE}~="${category}"] [${HIDE_ATTRIBUTE}="${category}"]{display:none!important}`,
  )
    .concat(`[${PICKED_ATTRIBUTE}]{display:none!important}`)
    .join('\n');
}

/** Adds the style sheet once (a page that replaces <head> gets it back on the next call). */
export function installHideStyle(document: Document): void {
  if (document.getElementById(STYLE_ID)) return;
  const style = document.createElement('style');
  style.id = STYLE_ID;
  style.textContent = hideStyleSheet();
  (document.head ?? document.documentElement).append(style);
}

/** Names the categories hidden now; an empty list shows everything again. */
export function setHiddenCategories(document: Document, categories: readonly ClutterCategory[]): void {
  const root = document.documentElement;
  if (categories.length === 0) root.removeAttribute(HIDING_ATTRIBUTE);
  else root.setAttribute(HIDING_ATTRIBUTE, categories.join(' '));
}

export function markHidden(element: Element, category: ClutterCategory): void {
  if (element.getAttribute(HIDE_ATTRIBUTE) !== category) element.setAttribute(HIDE_ATTRIBUTE, category);
}
