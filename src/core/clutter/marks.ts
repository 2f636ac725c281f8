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
  const body = document.body;
  if (rules.length === 0 || !body) return;
  markChildren(body, body.getAttribute(MARK), rules, unionOf(rules));
}

/**
 * One walk down the tree, each element's mark handed to its children (a marked block marks
 * all it holds). Walking by element siblings, not a `querySelectorAll('*')` snapshot with a
 * parent lookup per element: under jsdom the snapshot and the lookups were most of the cost.
 * The copy is at most MAX_DEPTH deep, so the recursion is bounded.
 */
function markChildren(
  parent: Element,
  inherited: string | null,
  rules: readonly ClutterRule[],
  any: RegExp,
): void {
  for (let el = parent.firstElementChild; el; el = el.nextElementSibling) {
    let mark = inherited;
    if (mark) el.setAttribute(MARK, mark);
    else {
      mark = el.getAttribute(MARK);
      if (!mark && el.hasAttributes() && !SKIP.has(el.tagName) && !INLINE_TAGS.has(el.tagName)) {
        const signature = attributeSignature(el);
        mark = signature && any.test(signature) ? markFor(el, signature, rules) : null;
        if (mark) el.setAttribute(MARK, mark);
      }
    }
    if (el.firstElementChild) markChildren(el, mark, rules, any);
  }
}

/** A token this short ("ad", "adv", "cta", "toc") names a component only at the end of a class name. */
const SHORT_TOKEN = 3;
const globalPatterns = new WeakMap<RegExp, RegExp>();

/**
 * The first token of `pattern` in the signature that counts: a short token that
 * starts or sits inside a longer name ("adv-heading", "nav-toc-link") is another
 * word's fragment; it counts only as the last word of a class name ("ad", "ad-2",
 * "post-cta", "sidebar-ad").
 */
export function componentToken(pattern: RegExp, signature: string): string | null {
  let global = globalPatterns.get(pattern);
  if (!global) {
    global = new RegExp(pattern.source, 'g');
    globalPatterns.set(pattern, global);
  }
  global.lastIndex = 0;
  for (let m = global.exec(signature); m; m = global.exec(signature)) {
    const token = m[0];
    if (token.length > SHORT_TOKEN) return token;
    if (/^(?:[-_]?[0-9x]+)?(?:\s|$)/.test(signature.slice(m.index + token.length))) return token;
    if (m[0].length === 0) global.lastIndex++;
  }
  return null;
}

function markFor(el: Element, signature: string, rules: readonly ClutterRule[]): string | null {
  let text: string | undefined;
  for (const rule of rules) {
    const token = componentToken(rule.attributes, signature);
    if (!token) continue;
    text ??= blockText(el);
    if (text.length > rule.maxMarkedText) continue;
    const measured = text;
    let density: number | undefined;
    const block: Block = {
      el,
      text: measured,
      linkDensity: () => (density ??= linkDensity(el, measured.length)),
    };
    if (rule.acceptMarked?.(block) ?? true) return `${rule.category} ${token}`;
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
