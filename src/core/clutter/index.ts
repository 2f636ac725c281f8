import type { ClutterCategory, ExtractOptions, RemovedBlock } from '../types';
import { ads } from './ads';
import { appeals } from './appeals';
import { galleryChrome } from './gallery-chrome';
import { newsletters } from './newsletters';
import { related } from './related';
import type { Block, ClutterRule } from './rule';
import { attributeSignature, blockText, linkDensity, preview } from './signals';
import { social } from './social';

/** Order matters only for the reason reported when two rules match the same block. */
export const CLUTTER_RULES: readonly ClutterRule[] = [
  ads,
  appeals,
  newsletters,
  related,
  social,
  galleryChrome,
];

/** Phrasing content: judged only as part of its block, so a link inside a sentence is never cut out. */
const INLINE = new Set(
  'A ABBR B BDI BDO BR CITE CODE DATA DFN EM I IMG KBD MARK PICTURE Q S SAMP SMALL SOURCE SPAN STRONG SUB SUP TIME U VAR WBR'.split(
    ' ',
  ),
);
const BLOCK_INSIDE =
  'p, div, li, ul, ol, h1, h2, h3, h4, h5, h6, blockquote, section, article, table, figure, dl';
/** Above this much text a block is never clutter as a whole (the article's own wrappers). */
const MAX_CLUTTER_TEXT = 4000;

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
  remove: ExtractOptions['remove'],
  removed: Record<ClutterCategory, RemovedBlock[]>,
): void {
  const rules = CLUTTER_RULES.filter((rule) => remove[rule.category]);
  if (rules.length === 0) return;
  let el = root.firstElementChild;
  while (el) {
    const verdict = judge(el, root, rules);
    if (!verdict) {
      el = el.firstElementChild ?? nextAfter(el, root);
      continue;
    }
    const last = verdict.take[verdict.take.length - 1]!;
    const next = nextAfter(last, root);
    const text = verdict.take.map(blockText).join(' ').trim();
    for (const taken of verdict.take) taken.remove();
    if (text)
      removed[verdict.rule.category].push({
        category: verdict.rule.category,
        preview: preview(text),
        reason: verdict.reason,
      });
    el = next;
  }
}

function nextAfter(el: Element, root: Element): Element | null {
  for (let node: Element | null = el; node && node !== root; node = node.parentElement) {
    if (node.nextElementSibling) return node.nextElementSibling;
  }
  return null;
}

function judge(el: Element, root: Element, rules: readonly ClutterRule[]): Verdict | null {
  const raw = el.textContent ?? '';
  if (raw.length > MAX_CLUTTER_TEXT * 2) return null;
  const text = blockText(el);
  if (text.length > MAX_CLUTTER_TEXT) return null;
  let density: number | undefined;
  const block: Block = { el, text, linkDensity: () => (density ??= linkDensity(el, text.length)) };
  const inline = INLINE.has(el.tagName);

  if (!inline) {
    const signature = attributeSignature(el);
    if (signature) {
      for (const rule of rules) {
        if (text.length > rule.maxMarkedText) continue;
        const m = rule.attributes.exec(signature);
        if (m && (rule.acceptMarked?.(block) ?? true))
          return { rule, reason: `marked "${m[0]}"`, take: [el] };
      }
    }
  }
  if (!text) return null;
  for (const rule of rules) {
    if (inline && rule.category !== 'galleryChrome') continue;
    const reason = rule.label(block);
    if (reason) return { rule, reason, take: rule.category === 'related' ? relatedExtent(el, root) : [el] };
  }
  if (inline || el.querySelector(BLOCK_INSIDE)) return null;
  for (const rule of rules) {
    const reason = rule.prose?.(block);
    if (reason) return { rule, reason, take: [el] };
  }
  return null;
}

const HEADING = /^H[1-6]$/;
const MAX_LIST_SIBLINGS = 4;

/**
 * A "Related" label takes its list with it: either the smallest box around it
 * that is mostly links, or the link-dense blocks right after it.
 */
function relatedExtent(label: Element, root: Element): Element[] {
  let box = label;
  for (let parent = box.parentElement; parent && parent !== root; parent = parent.parentElement) {
    const text = blockText(parent);
    if (text.length > MAX_CLUTTER_TEXT || linkDensity(parent, text.length) < 0.5) break;
    box = parent;
  }
  if (box !== label) return [box];
  const taken = [label];
  for (
    let sibling = label.nextElementSibling;
    sibling && taken.length <= MAX_LIST_SIBLINGS;
    sibling = sibling.nextElementSibling
  ) {
    if (HEADING.test(sibling.tagName)) break;
    const text = blockText(sibling);
    if (!text || text.length > MAX_CLUTTER_TEXT || linkDensity(sibling, text.length) < 0.5) break;
    taken.push(sibling);
  }
  return taken;
}
