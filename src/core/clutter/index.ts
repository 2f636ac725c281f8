import type { ClutterCategory, ExtractOptions, RemovedBlock } from '../types';
import { ads } from './ads';
import { appeals } from './appeals';
import { CHROME_RULES, isNavigation } from './chrome';
import { extentOf, nextAfter } from './extent';
import { galleryChrome } from './gallery-chrome';
import { readMark } from './marks';
import { newsletters } from './newsletters';
import { promos } from './promos';
import { related } from './related';
import type { Block, ClutterRule } from './rule';
import { blockText, INLINE_TAGS, linkDensity, preview } from './signals';
import { social } from './social';

export { markClutter } from './marks';

/** The rules of the categories switched on, then the always-on site-chrome rules. */
export function enabledRules(remove: ExtractOptions['remove']): ClutterRule[] {
  return [
    ...CLUTTER_RULES.filter((rule) => rule.category !== 'chrome' && remove[rule.category]),
    ...CHROME_RULES,
  ];
}

/** Order matters only for the reason reported when two rules match the same block. */
export const CLUTTER_RULES: readonly ClutterRule[] = [
  ads,
  promos,
  appeals,
  newsletters,
  related,
  social,
  galleryChrome,
];

const BLOCK_TAGS = new Set(
  'P DIV LI UL OL H1 H2 H3 H4 H5 H6 BLOCKQUOTE SECTION ARTICLE TABLE FIGURE DL'.split(' '),
);
/** Raw (unnormalized) text above which no label (≤ 160 chars) or prose rule (≤ 900) can match, with room for whitespace. */
const MAX_RAW_LABEL = 600;
const MAX_RAW_TEXT = 3000;
const MAX_INLINE_LABEL = 200;
const IN_PROSE = new Set([
  'P',
  'LI',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'DD',
  'DT',
  'TD',
  'TH',
  'PRE',
]);

interface Verdict {
  rule: ClutterRule;
  reason: string;
  /** The elements to take out, in document order (a label may take the link list after it). */
  take: Element[];
}

/**
 * The clutter pass: one walk over the article Readability chose (its classes
 * kept), asking each enabled rule about each block. Removed blocks are
 * recorded in `removed` with their first words and the reason.
 */
export function removeClutter(
  root: Element,
  rules: readonly ClutterRule[],
  removed: Record<ClutterCategory, RemovedBlock[]>,
  /** Told of each verdict before its blocks leave the tree (page-clutter.ts hides the same blocks on the page). */
  onTake?: (taken: readonly Element[], category: ClutterRule['category']) => void,
): void {
  if (rules.length === 0) return;
  const shapes = measure(root);
  let el = root.firstElementChild;
  while (el) {
    const verdict = judge(el, root, rules, shapes);
    if (!verdict) {
      el = el.firstElementChild ?? nextAfter(el, root);
      continue;
    }
    const last = verdict.take[verdict.take.length - 1]!;
    const next = nextAfter(last, root);
    const text = verdict.take.map(blockText).join(' ').trim();
    onTake?.(verdict.take, verdict.rule.category);
    for (const taken of verdict.take) taken.remove();
    const category = verdict.rule.category;
    // Site chrome is never listed: `removed` reports only what the reader's switches govern.
    if (text && category !== 'chrome')
      removed[category].push({
        category,
        preview: preview(text),
        reason: verdict.reason,
      });
    el = next;
  }
}

export interface Shape {
  /** Characters of text below the element, whitespace included. */
  chars: number;
  /** Whether a block element (p, div, li, …) sits below it. */
  holdsBlocks: boolean;
}

/** One bottom-up pass, so the walk never reads the text of the article's big wrappers. */
function measure(root: Element): Map<Element, Shape> {
  const shapes = new Map<Element, Shape>();
  const visit = (el: Element): Shape => {
    const shape: Shape = { chars: 0, holdsBlocks: false };
    for (let node = el.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) shape.chars += (node as Text).data.length;
      else if (node.nodeType === 1) {
        const child = visit(node as Element);
        shape.chars += child.chars;
        shape.holdsBlocks ||= child.holdsBlocks || BLOCK_TAGS.has((node as Element).tagName);
      }
    }
    shapes.set(el, shape);
    return shape;
  };
  visit(root);
  return shapes;
}

function judge(
  el: Element,
  root: Element,
  rules: readonly ClutterRule[],
  shapes: Map<Element, Shape>,
): Verdict | null {
  const inline = INLINE_TAGS.has(el.tagName);
  if (!inline) {
    const mark = readMark(el);
    const rule = mark && rules.find((r) => r.category === mark.category);
    if (mark && rule) return { rule, reason: `marked "${mark.token}"`, take: [el] };
  }
  if (el.tagName === 'NAV') {
    const verdict = judgeNav(el, rules);
    if (verdict) return verdict;
  }
  // Cheap exits before reading any text: labels are short, prose rules look at single paragraphs.
  const chars = shapes.get(el)?.chars ?? 0;
  const holdsBlocks = shapes.get(el)?.holdsBlocks ?? true;
  if (chars === 0 || chars > MAX_RAW_TEXT || (holdsBlocks && chars > MAX_RAW_LABEL)) return null;
  // Phrasing inside a paragraph is never gallery chrome; only loose inline labels (a <span> in a figure) are.
  if (
    inline &&
    (chars > MAX_INLINE_LABEL ||
      IN_PROSE.has(el.parentElement?.tagName ?? '') ||
      !rules.includes(galleryChrome))
  )
    return null;

  const text = blockText(el);
  if (!text) return null;
  let density: number | undefined;
  const block: Block = { el, text, linkDensity: () => (density ??= linkDensity(el, text.length)) };
  for (const rule of rules) {
    if (inline && rule !== galleryChrome) continue;
    const reason = rule.label(block);
    if (reason) return { rule, reason, take: extentOf(rule, el, root, shapes) };
  }
  if (inline || holdsBlocks) return null;
  for (const rule of rules) {
    const reason = rule.prose?.(block);
    if (reason) return { rule, reason, take: extentOf(rule, el, root, shapes) };
  }
  return null;
}

/** A <nav> in the article (a site menu, a table of contents) goes whole when it is mostly links. */
function judgeNav(el: Element, rules: readonly ClutterRule[]): Verdict | null {
  const rule = rules.find((r) => r.category === 'chrome');
  if (!rule) return null;
  const text = blockText(el);
  let density: number | undefined;
  const block: Block = { el, text, linkDensity: () => (density ??= linkDensity(el, text.length)) };
  return text && isNavigation(el, block) ? { rule, reason: 'navigation', take: [el] } : null;
}
