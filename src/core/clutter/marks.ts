import type { Block, ClutterRule } from './rule';
import { attributeSignature, blockText, INLINE_TAGS, linkDensity } from './signals';

/**
 * Attribute marks, set on the clone before Readability runs.
 *
 * Readability rewrites the DOM as it goes (a <div class="ad-slot"> holding a
 * single <p> is replaced by that <p>), so a class seen after it may be gone.
 * Before it runs, each block whose class/id/role/aria-label/data-* names a
 * clutter category is marked, and the mark is copied onto every element
 * inside it, so whichever of them Readability keeps still carries it.
 * Marks change nothing Readability scores on (it reads class and id only).
 */
export const MARK = 'data-pith-clutter';

const SKIP = new Set(['HTML', 'HEAD', 'BODY', 'MAIN', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg']);

/** One regex for "any enabled category's token", so most elements cost a single test. */
const unions = new Map<string, RegExp>();
function unionOf(rules: readonly ClutterRule[]): RegExp {
  const key = rules.map((rule) => rule.category).join(' ');
  let union = unions.get(key);
  if (!union) {
    union = new RegExp(rules.map((rule) => rule.attributes.source).join('|'));
    unions.set(key, union);
  }
  return union;
}

export function markClutter(document: Document, rules: readonly ClutterRule[]): void {
  if (rules.length === 0 || !document.body) return;
  const any = unionOf(rules);
  // A static snapshot: setting marks on a live collection would make jsdom re-walk the tree on every access.
  const elements = document.body.querySelectorAll('*');
  for (let i = 0; i < elements.length; i++) {
    const el = elements[i]!;
    // Document order: a marked parent was seen first, so its mark flows down in this same walk.
    const inherited = el.parentElement?.getAttribute(MARK);
    if (inherited) {
      el.setAttribute(MARK, inherited);
      continue;
    }
    if (SKIP.has(el.tagName) || INLINE_TAGS.has(el.tagName) || el.hasAttribute(MARK)) continue;
    if (!el.hasAttributes()) continue;
    const signature = attributeSignature(el);
    if (!signature || !any.test(signature)) continue;
    const found = markFor(el, signature, rules);
    if (found) el.setAttribute(MARK, found);
  }
}

function markFor(el: Element, signature: string, rules: readonly ClutterRule[]): string | null {
  let text: string | undefined;
  for (const rule of rules) {
    const m = rule.attributes.exec(signature);
    if (!m) continue;
    text ??= blockText(el);
    if (text.length > rule.maxMarkedText) continue;
    const measured = text;
    let density: number | undefined;
    const block: Block = {
      el,
      text: measured,
      linkDensity: () => (density ??= linkDensity(el, measured.length)),
    };
    if (rule.acceptMarked?.(block) ?? true) return `${rule.category} ${m[0]}`;
  }
  return null;
}

/** The category and the attribute token of a mark, or null for an unmarked element. */
export function readMark(el: Element): { category: ClutterRule['category']; token: string } | null {
  const mark = el.getAttribute(MARK);
  if (!mark) return null;
  const space = mark.indexOf(' ');
  return { category: mark.slice(0, space) as ClutterRule['category'], token: mark.slice(space + 1) };
}
