import { elementsWithTag } from './readability-lists';

/**
 * An article split into segments with the same class (text broken up by ads, figures or
 * section wrappers: `div.body-text` inside each `section`) can lose all but one segment:
 * Readability joins only the winning element's siblings, so when the winner is a segment
 * nested below its own wrapper, the other segments are left behind. Before Readability runs,
 * such groups are marked (elements that hold paragraphs, share a class and sit under the same
 * parent or grandparent, and read as article text); afterwards, when the article holds one
 * member of a group, the others are added beside it, in page order, each with its wrapper
 * (the heading of its section comes along).
 */
const SEGMENT = 'data-pith-segment';
/** On a member's wrapper too: Readability may unwrap the member itself (a div around one paragraph). */
const UNIT = 'data-pith-segment-unit';
/** Enough text to be prose, not a one-line teaser or label. */
const MIN_SEGMENT_CHARS = 80;
/** Teaser cards and link lists are mostly links; a segment of an article is not. */
const MAX_LINK_DENSITY = 0.25;

export function markSegments(document: Document): void {
  const holders = new Set<Element>();
  // Listed by one walk: querySelectorAll under jsdom cost more than the rest of this step.
  for (const p of elementsWithTag(document.body, ['p'])) {
    const holder = p.parentElement;
    if (holder?.getAttribute('class')?.trim()) holders.add(holder);
  }
  if (holders.size < 2) return;
  // Same class under the same parent (siblings) or the same grandparent (cousins, each in its wrapper).
  const groups = new Map<string, { ancestor: Element; members: Element[] }>();
  const ids = new Map<Element, number>();
  for (const holder of holders) {
    const parent = holder.parentElement;
    const grand = parent?.parentElement;
    const cls = holder.getAttribute('class')!.trim();
    for (const ancestor of [parent, grand]) {
      if (!ancestor || ancestor === document.documentElement) continue;
      if (!ids.has(ancestor)) ids.set(ancestor, ids.size);
      const key = `${ids.get(ancestor)}|${cls}`;
      const group = groups.get(key) ?? { ancestor, members: [] };
      group.members.push(holder);
      groups.set(key, group);
    }
  }
  let groupId = 0;
  const marked = new Set<Element>();
  // Each holder sits in two candidate groups (parent's and grandparent's): its text is judged once.
  const judged = new Map<Element, boolean>();
  const articleText = (m: Element) => {
    const known = judged.get(m);
    if (known !== undefined) return known;
    const yes = isArticleText(m);
    judged.set(m, yes);
    return yes;
  };
  for (const group of groups.values()) {
    // A group of one is no split article (most groups): its text is not read at all.
    if (group.members.length < 2) continue;
    const { ancestor } = group;
    const members = group.members.filter((m) => !marked.has(m) && articleText(m));
    if (members.length < 2) continue;
    const units = members.map((m) => unitOf(m, ancestor));
    if (new Set(units).size !== units.length) continue;
    for (const [i, member] of members.entries()) {
      member.setAttribute(SEGMENT, `${groupId}:${i}`);
      if (units[i] !== member) units[i]!.setAttribute(UNIT, `${groupId}:${i}`);
      marked.add(member);
    }
    groupId++;
  }
}

/**
 * After Readability: for each group the article holds a member of, add the members it
 * left behind (their wrapper below the group's common ancestor), before or after the held
 * member as they stood on the page.
 */
export function joinSegments(document: Document, content: Element): void {
  const held = [...content.querySelectorAll(`[${SEGMENT}]`)];
  if (content.hasAttribute(SEGMENT)) held.unshift(content);
  if (held.length === 0) return;
  const seen = new Set<string>();
  for (const anchor of held) {
    const [group] = anchor.getAttribute(SEGMENT)!.split(':');
    if (seen.has(group!)) continue;
    seen.add(group!);
    const inArticle = held.filter((e) => e.getAttribute(SEGMENT)!.startsWith(`${group}:`));
    const indexOf = (e: Element) => Number(e.getAttribute(SEGMENT)!.split(':')[1]);
    const first = inArticle.reduce((a, b) => (indexOf(b) < indexOf(a) ? b : a));
    const last = inArticle.reduce((a, b) => (indexOf(b) > indexOf(a) ? b : a));
    const left = [...document.querySelectorAll(`[${UNIT}^="${group}:"], [${SEGMENT}^="${group}:"]`)].filter(
      (e) =>
        !content.contains(e) &&
        !(e.hasAttribute(SEGMENT) && e.parentElement?.closest(`[${UNIT}^="${group}:"]`)) &&
        isArticleText(e),
    );
    if (left.length === 0) continue;
    const indexOfLeft = (e: Element) =>
      Number((e.getAttribute(UNIT) ?? e.getAttribute(SEGMENT))!.split(':')[1]);
    let after: Element = last;
    const before: Element[] = [];
    for (const unit of left) {
      if (indexOfLeft(unit) < indexOf(first)) before.push(unit);
      else {
        after.after(unit);
        after = unit;
      }
    }
    first.before(...before);
  }
  for (const e of content.querySelectorAll(`[${SEGMENT}], [${UNIT}]`)) {
    e.removeAttribute(SEGMENT);
    e.removeAttribute(UNIT);
  }
  content.removeAttribute(SEGMENT);
}

function isArticleText(element: Element): boolean {
  const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (text.length < MIN_SEGMENT_CHARS) return false;
  let links = 0;
  for (const a of element.querySelectorAll('a')) links += (a.textContent ?? '').trim().length;
  return links / text.length < MAX_LINK_DENSITY;
}

/** The member's ancestor just below `ancestor` (the member itself when they are siblings). */
function unitOf(member: Element, ancestor: Element): Element {
  let unit = member;
  while (unit.parentElement && unit.parentElement !== ancestor) unit = unit.parentElement;
  return unit;
}
