import { isNavigation, metaLine, navigation } from './chrome';
import { creditsAndNotices } from './credits';
import { galleryChrome } from './gallery-chrome';
import { readMark } from './marks';
import type { Shape } from './measure';
import { MAX_MODULE_SHARE } from './modules';
import { related } from './related';
import type { Block, ClutterRule } from './rule';
import { blockText, INLINE_TAGS, linkDensity } from './signals';
import { isTeaserGrid, type Site, siteOf } from './teaser-grid';

/** One rule's finding on one block: the rule, why, and how it was found. */
export interface Verdict {
  rule: ClutterRule;
  reason: string;
  kind: 'mark' | 'label' | 'prose';
  /** A weak signal takes only itself: a lone button, a bare link to a network, a short class token. */
  weak: boolean;
}

/** Raw (unnormalized) text above which no label (≤ 160 chars) or prose rule (≤ 900) can match, with room for whitespace. */
const MAX_RAW_LABEL = 600;
const MAX_RAW_TEXT = 3000;
const MAX_INLINE_LABEL = 200;
const IN_PROSE = new Set('P LI H1 H2 H3 H4 H5 H6 BLOCKQUOTE DD DT TD TH PRE'.split(' '));
/** The page being read: its address, for the rules, and its site, for teaser grids. */
interface Page {
  url: string | undefined;
  site: Site | null;
}
/** A paragraph this long is body text when it is not clutter. */
const BODY_PARAGRAPH = 80;
/** A short class token ("ad", "cta", "toc") is a hint, never a verdict on a box by itself. */
const SHORT_TOKEN = 3;

export interface BoxEvidence {
  /** The largest strong verdict inside (what the box would be reported as). */
  main: Verdict | null;
  mainChars: number;
  /** Any verdict inside, weak ones included. */
  any: Verdict | null;
  /** Characters inside that strong verdicts judged clutter. */
  strongChars: number;
  /** The longest block inside that no rule judged. */
  longestClean: number;
}

export interface Evidence {
  /** The rules' verdict on this element alone (memoized; computed on demand inside removed-looking boxes). */
  verdictOf(el: Element): Verdict | null;
  /** The largest strong verdict inside a box, and the longest block in it no rule judged. */
  inside: Map<Element, BoxEvidence>;
  bodyClasses: ReadonlySet<string>;
}

/**
 * The evidence pass: one bottom-up walk in which the rules judge each block; a
 * judged block's text counts as clutter in every box above it (its subtree is
 * not walked: its verdict covers it). Also notes the body paragraphs' classes.
 */
export function gatherEvidence(
  root: Element,
  rules: readonly ClutterRule[],
  shapes: Map<Element, Shape>,
  pageUrl?: string,
): Evidence {
  const verdicts = new Map<Element, Verdict | null>();
  const articleChars = shapes.get(root)?.chars ?? 0;
  const page: Page = { url: pageUrl, site: siteOf(pageUrl) };
  const verdictOf = (el: Element): Verdict | null => {
    let v = verdicts.get(el);
    if (v === undefined) {
      v = rules.length > 0 ? judge(el, rules, shapes, articleChars, page) : null;
      verdicts.set(el, v);
    }
    return v;
  };
  const inside: Evidence['inside'] = new Map();
  const classCounts = new Map<string, number>();
  const visit = (el: Element): void => {
    const shape = shapes.get(el);
    if (!shape) return;
    const verdict = el === root ? null : verdictOf(el);
    if (verdict) {
      shape.clutterChars = shape.chars;
      const strong = !verdict.weak && countsAsEvidence(verdict);
      inside.set(el, {
        main: strong ? verdict : null,
        mainChars: strong ? shape.chars : 0,
        any: verdict,
        strongChars: strong ? shape.chars : 0,
        longestClean: 0,
      });
      return;
    }
    const box: BoxEvidence = { main: null, mainChars: 0, any: null, strongChars: 0, longestClean: 0 };
    if (!shape.holdsBlocks) box.longestClean = shape.chars;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      visit(child);
      const c = inside.get(child);
      const cs = shapes.get(child);
      if (!c || !cs) continue;
      shape.clutterChars += cs.clutterChars;
      box.strongChars += c.strongChars;
      box.longestClean = Math.max(box.longestClean, c.longestClean);
      box.any ??= c.any;
      if (c.main && c.mainChars > box.mainChars) {
        box.main = c.main;
        box.mainChars = c.mainChars;
      }
    }
    inside.set(el, box);
    if (el.tagName === 'P' && shape.chars >= BODY_PARAGRAPH) {
      for (const name of [el.getAttribute('class'), el.parentElement?.getAttribute('class')]) {
        if (name) classCounts.set(name, (classCounts.get(name) ?? 0) + 1);
      }
    }
  };
  visit(root);
  const bodyClasses = new Set([...classCounts].filter(([, n]) => n >= 2).map(([name]) => name));
  return { verdictOf, inside, bodyClasses };
}

/**
 * Image chrome and date lines are clutter, but never evidence that the box around them is;
 * labels that take a list or a bio after them ("Read more", "About the author") have their
 * own extent, and count only toward a box that is mostly links.
 */
function countsAsEvidence(verdict: Verdict): boolean {
  const { rule } = verdict;
  return rule !== galleryChrome && !rule.takesSelf && !rule.takesList && !rule.takesFollowing;
}

/** Within this much text of the article's start or end (and this share of it), a block is at its edge. */
const EDGE_CHARS = 600;
const EDGE_SHARE = 0.12;

function edgeOf(shape: Shape, articleChars: number): 'head' | 'tail' | null {
  const edge = Math.max(EDGE_CHARS, articleChars * EDGE_SHARE);
  if (shape.start <= edge) return 'head';
  return articleChars - shape.start - shape.chars <= edge ? 'tail' : null;
}

function judge(
  el: Element,
  rules: readonly ClutterRule[],
  shapes: Map<Element, Shape>,
  articleChars: number,
  page: Page,
): Verdict | null {
  const inline = INLINE_TAGS.has(el.tagName);
  if (!inline) {
    const mark = readMark(el);
    const rule = mark && rules.find((r) => r.category === mark.category);
    if (mark && rule)
      return { rule, reason: `marked "${mark.token}"`, kind: 'mark', weak: mark.token.length <= SHORT_TOKEN };
  }
  if (el.tagName === 'NAV') {
    const verdict = judgeNav(el, rules);
    if (verdict) return verdict;
  }
  // A grid that holds much of the article is what the page is about (an index, a list of picks),
  // as for any module.
  if (
    !inline &&
    rules.includes(related) &&
    (shapes.get(el)?.chars ?? 0) <= articleChars * MAX_MODULE_SHARE &&
    isTeaserGrid(el, page.site, (e) => shapes.get(e)?.chars ?? 0)
  )
    return { rule: related, reason: 'teaser grid', kind: 'label', weak: false };
  // Cheap exits before reading any text: labels are short, prose rules look at single paragraphs.
  const shape = shapes.get(el);
  const chars = shape?.chars ?? 0;
  const holdsBlocks = shape?.holdsBlocks ?? true;
  if (chars === 0 || chars > MAX_RAW_TEXT || (holdsBlocks && chars > MAX_RAW_LABEL)) return null;
  // Phrasing inside a paragraph is never clutter on its own; only loose inline labels are: gallery
  // chrome (a <span> in a figure), and a date line, byline or picture credit that is a line of its own
  // beside a heading or caption.
  // (Also inside inline wrappers: "<p>… Kramer’s <i><span>By Design</span></i> and …</p>" is a title in a sentence.)
  // ("<p><a href="#list">JUMP TO THE LIST ⤵</a> The moving process …": a link down the page that
  // opens a paragraph is the page's navigation, not the paragraph's words.)
  const jump = inline && chars <= MAX_INLINE_LABEL ? jumpLink(el, rules, page.url) : null;
  if (jump) return jump;
  if (inline && (chars > MAX_INLINE_LABEL || IN_PROSE.has(blockAncestor(el)?.tagName ?? ''))) return null;
  const looseLine = inline && rules.includes(metaLine) && standsAlone(el);
  if (inline && !looseLine && !rules.includes(galleryChrome)) return null;

  const text = blockText(el);
  if (!text) return null;
  let density: number | undefined;
  const block: Block = {
    el,
    text,
    linkDensity: () => (density ??= linkDensity(el, text.length)),
    edge: shape ? edgeOf(shape, articleChars) : null,
    pageUrl: page.url,
  };
  for (const rule of rules) {
    if (inline && rule !== galleryChrome && !(looseLine && LOOSE_LINE_RULES.has(rule))) continue;
    const reason = rule.label(block);
    if (reason) return { rule, reason, kind: 'label', weak: isWeak(reason) };
  }
  if (inline || holdsBlocks) return null;
  for (const rule of rules) {
    const reason = rule.prose?.(block);
    if (reason) return { rule, reason, kind: 'prose', weak: isWeak(reason) };
  }
  return null;
}

/** A link to an anchor of the same page that opens its paragraph, and says so ("Jump to the list"). */
function jumpLink(el: Element, rules: readonly ClutterRule[], pageUrl: string | undefined): Verdict | null {
  if (el.tagName !== 'A' || !rules.includes(navigation)) return null;
  // (Readability writes "#list" out in full when the page has a base address of its own.)
  const href = el.getAttribute('href') ?? '';
  const hash = href.indexOf('#');
  if (hash < 0 || (hash > 0 && href.slice(0, hash) !== pageUrl?.split('#')[0])) return null;
  if (!opensItsBlock(el)) return null;
  const text = blockText(el);
  const reason = text ? navigation.label({ el, text, linkDensity: () => 1 }) : null;
  return reason ? { rule: navigation, reason: `jump link "${text}"`, kind: 'label', weak: false } : null;
}

/** No text before the element in its paragraph, also through inline wrappers ("<p><b><a>…"). */
function opensItsBlock(el: Element): boolean {
  for (let node: Element | null = el; node && INLINE_TAGS.has(node.tagName); node = node.parentElement)
    for (let before = node.previousSibling; before; before = before.previousSibling)
      if (/\S/u.test(before.textContent ?? '')) return false;
  return true;
}

/** The rules that may judge an inline element standing as a line of its own. */
const LOOSE_LINE_RULES: ReadonlySet<ClutterRule> = new Set([metaLine, creditsAndNotices]);

/** The nearest ancestor that is not phrasing content. */
function blockAncestor(el: Element): Element | null {
  let parent = el.parentElement;
  while (parent && INLINE_TAGS.has(parent.tagName)) parent = parent.parentElement;
  return parent;
}

/** Whether an inline element's parent holds no text of its own around it, so it reads as a line of its own (memoized per parent). */
const looseParents = new WeakMap<Element, boolean>();
function standsAlone(el: Element): boolean {
  const parent = el.parentElement;
  if (!parent) return false;
  let loose = looseParents.get(parent);
  if (loose === undefined) {
    loose = true;
    for (let node = parent.firstChild; node && loose; node = node.nextSibling) {
      if (node.nodeType === TEXT_NODE && (node.nodeValue ?? '').trim() !== '') loose = false;
    }
    looseParents.set(parent, loose);
  }
  return loose;
}
const TEXT_NODE = 3;

/** A button-styled link, a block whose only links go to networks, a bare lead-in word before a link. */
function isWeak(reason: string): boolean {
  return /^(?:button |call to action |only network links|lead-in )/.test(reason);
}

/** A <nav> in the article (a site menu, a table of contents) goes whole when it is mostly links. */
function judgeNav(el: Element, rules: readonly ClutterRule[]): Verdict | null {
  const rule = rules.find((r) => r.category === 'chrome');
  if (!rule) return null;
  const text = blockText(el);
  let density: number | undefined;
  const block: Block = { el, text, linkDensity: () => (density ??= linkDensity(el, text.length)) };
  return text && isNavigation(el, block) ? { rule, reason: 'navigation', kind: 'label', weak: false } : null;
}
