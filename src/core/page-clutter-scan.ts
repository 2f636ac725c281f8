import { CLUTTER_RULES } from './clutter';
import { nextAfter } from './clutter/extent';
import type { Block, ClutterRule } from './clutter/rule';
import { attributeSignature, blockText, INLINE_TAGS, linkDensity, tokenPattern } from './clutter/signals';
import type { ClutterCategory } from './types';

/**
 * Clutter anywhere on the live page, found by the same general rules the article's clutter pass uses,
 * read from the page's structure rather than from Readability's choice: blocks whose class/id/role/
 * aria-label/data-* name an enabled category (ad slots, appeal and sign-up modules), frames named as
 * ads, and dialogs, overlays and pinned (fixed/sticky) boxes whose wording is an appeal, a sign-up or
 * an ad. Pure: the caller may pass `isPinned` (computed style, in the browser; jsdom has no layout).
 */
export interface PageBlock {
  element: Element;
  category: ClutterCategory;
  /** Why, in a few words (`class "ad-slot"`, `dialog: "Sign up …"`). */
  reason: string;
}

export interface ScanContext {
  rules: readonly ClutterRule[];
  /** The article's own text, a probe per paragraph: a block holding any of them is never hidden. */
  articleProbes: readonly string[];
  /** Live elements of the article's text blocks: a block containing one is never hidden. */
  articleBlocks: readonly Element[];
  /** Whether the page pins the element in place (position fixed or sticky); absent under jsdom. */
  isPinned?: (element: Element) => boolean;
  /** Live blocks the reader chose to show ("Show", ExtractOptions.keep): nothing in or around them is hidden. */
  kept?: readonly Element[];
  /** Elements already found (this scan's and earlier ones'): their subtrees are not looked into again. */
  found: Set<Element>;
  /** The category of the last dialog or pinned box found, for a text-less backdrop (overlay, scrim) beside it. */
  lastModal?: ClutterCategory;
}

/** The rules of the enabled switches (never the always-on site-chrome ones: the page's chrome is its own). */
export function pageRules(remove: Record<ClutterCategory, boolean>): ClutterRule[] {
  return CLUTTER_RULES.filter(
    (rule) => rule.category !== 'chrome' && remove[rule.category as ClutterCategory],
  );
}

/** Never hidden, only looked into. */
const CONTAINERS = new Set(['HTML', 'BODY', 'MAIN']);
/** Never hidden nor looked into. */
const OPAQUE = new Set(['HEAD', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'LINK', 'META', 'svg', 'SVG']);
/** Dialogs and pinned boxes longer than this are content (a cookie wall's legal text aside), not a prompt. */
const MAX_MODAL_TEXT = 900;
/** Frames named like ads: ad-server ids and titles ("3rd party ad content"). */
const AD_FRAME = tokenPattern([
  'ads?',
  'ad-?(?:frame|iframe|content|slot|unit)',
  'google-?ads?',
  'dfp',
  'gpt',
]);
/** Text-less layers that dim the page behind a modal. */
const BACKDROP = tokenPattern([
  'backdrop',
  'overlay',
  'scrim',
  'modal-?(?:bg|background|mask)',
  'lightbox-?bg',
]);
/** At most this many inner blocks of a dialog are read for an appeal's or sign-up's wording. */
const MAX_INNER_BLOCKS = 20;

/**
 * Walks `root`'s subtree (root included) and returns the outermost clutter blocks found; it adds them
 * to `context.found`. Each element visited costs one unit of `budget.elements` (shared across calls,
 * so a caller can bound the work of a batch); the walk stops when it runs out.
 */
export function scanForClutter(
  root: Element,
  context: ScanContext,
  budget: { elements: number } = { elements: 20_000 },
): PageBlock[] {
  const blocks: PageBlock[] = [];
  if (context.rules.length === 0) return blocks;
  // Backdrops are judged once the walk knows whether a modal is hidden (they often come first).
  const backdrops: Element[] = [];
  let el: Element | null = root;
  while (el && budget.elements-- > 0) {
    const tag = el.tagName;
    if (OPAQUE.has(tag) || context.found.has(el)) {
      el = next(el, root);
      continue;
    }
    if (CONTAINERS.has(tag) || INLINE_TAGS.has(tag)) {
      el = el.firstElementChild ?? next(el, root);
      continue;
    }
    const block = judgePageElement(el, context, backdrops);
    if (block && isSafe(block.element, context)) {
      blocks.push(block);
      context.found.add(block.element);
      // A widened block may hold the rest of this subtree, or all of it.
      if (block.element.contains(root)) break;
      el = next(block.element.contains(el) && root.contains(block.element) ? block.element : el, root);
      continue;
    }
    el = el.firstElementChild ?? next(el, root);
  }
  const modal = context.lastModal;
  for (const backdrop of modal ? backdrops : []) {
    if (context.found.has(backdrop) || !isSafe(backdrop, context)) continue;
    blocks.push({ element: backdrop, category: modal!, reason: 'backdrop behind a hidden dialog' });
    context.found.add(backdrop);
  }
  return blocks;
}

function next(el: Element, root: Element): Element | null {
  return el === root ? null : nextAfter(el, root);
}

function judgePageElement(el: Element, context: ScanContext, backdrops: Element[]): PageBlock | null {
  if (el.tagName === 'IFRAME') return judgeFrame(el, context);
  if (!el.hasAttributes()) return null;
  const signature = attributeSignature(el);
  const modal = isModal(el) || (context.isPinned?.(el) ?? false);
  if (modal) {
    const found = judgeWording(el, context.rules);
    if (found) {
      context.lastModal = found.category;
      return { ...found, element: widen(el) };
    }
  }
  if (signature) {
    for (const rule of context.rules) {
      const m = rule.attributes.exec(signature);
      if (!m) continue;
      const text = blockText(el);
      if (text.length > rule.maxMarkedText) continue;
      if (rule.acceptMarked && !rule.acceptMarked(blockOf(el, text))) continue;
      return { element: el, category: rule.category as ClutterCategory, reason: `attribute "${m[0]}"` };
    }
    if (el.children.length === 0 && BACKDROP.test(signature) && blockText(el) === '') backdrops.push(el);
  }
  return null;
}

/** An ad frame goes with the box around it that holds nothing else (at most an "Advertisement" label). */
function judgeFrame(frame: Element, context: ScanContext): PageBlock | null {
  const ads = context.rules.find((rule) => rule.category === 'ads');
  if (!ads) return null;
  const names =
    `${attributeSignature(frame)} ${frame.getAttribute('name') ?? ''} ${frame.getAttribute('title') ?? ''}`
      .toLowerCase()
      .replace(/_/g, '-');
  let holder: Element | null = frame.parentElement;
  let m = AD_FRAME.exec(names) ?? ads.attributes.exec(names);
  // A frame inside a box named as an ad slot is an ad, whatever the frame itself is called.
  for (let depth = 0; !m && holder && depth < 3; depth++, holder = holder.parentElement) {
    if (CONTAINERS.has(holder.tagName)) break;
    m = ads.attributes.exec(attributeSignature(holder));
  }
  if (!m) return null;
  return { element: widen(frame), category: 'ads', reason: `ad frame "${m[0]}"` };
}

/** Dialog-like: role dialog/alertdialog, aria-modal, or a <dialog>. */
function isModal(el: Element): boolean {
  if (el.tagName === 'DIALOG') return true;
  const role = el.getAttribute('role');
  return role === 'dialog' || role === 'alertdialog' || el.getAttribute('aria-modal') === 'true';
}

/** A dialog or pinned box is clutter when its own wording, or one of its blocks', is a category's label or prose. */
function judgeWording(
  el: Element,
  rules: readonly ClutterRule[],
): { category: ClutterCategory; reason: string } | null {
  const text = blockText(el);
  if (!text || text.length > MAX_MODAL_TEXT) return null;
  const candidates = [
    el,
    ...Array.from(el.querySelectorAll('h1, h2, h3, h4, h5, h6, p, label, a, button, li')),
  ];
  for (const candidate of candidates.slice(0, MAX_INNER_BLOCKS + 1)) {
    const inner = candidate === el ? text : blockText(candidate);
    if (!inner) continue;
    const block = blockOf(candidate, inner);
    for (const rule of rules) {
      const reason = rule.label(block) ?? rule.prose?.(block);
      if (reason)
        return {
          category: rule.category as ClutterCategory,
          reason: `${isModal(el) ? 'dialog' : 'pinned box'}: ${reason}`,
        };
    }
  }
  return null;
}

/**
 * A block's box goes with it: wrappers that hold nothing else (no other text, no media besides
 * frames), a few levels up, so an ad slot leaves no empty gap. Never the body or a landmark.
 */
export function widen(el: Element): Element {
  let current = el;
  const text = blockText(el);
  for (let depth = 0; depth < 3; depth++) {
    const parent: Element | null = current.parentElement;
    if (!parent || CONTAINERS.has(parent.tagName) || parent.tagName === 'ARTICLE') break;
    if (blockText(parent) !== text) break;
    const others = Array.from(parent.children).filter((child) => child !== current);
    if (
      others.some(
        (child) =>
          child.matches('img, picture, video, audio, figure') ||
          child.querySelector('img, picture, video, audio'),
      )
    ) {
      break;
    }
    current = parent;
  }
  return current;
}

/** The guard: nothing that holds the article's text is ever hidden. */
export function isSafe(el: Element, context: ScanContext): boolean {
  if (CONTAINERS.has(el.tagName)) return false;
  if (context.articleBlocks.some((block) => el.contains(block))) return false;
  if (context.kept?.some((block) => el.contains(block) || block.contains(el))) return false;
  if (context.articleProbes.length === 0) return true;
  const text = blockText(el);
  return !context.articleProbes.some((probe) => text.includes(probe));
}

function blockOf(el: Element, text: string): Block {
  let density: number | undefined;
  return { el, text, linkDensity: () => (density ??= linkDensity(el, text.length)) };
}
