import { blockId } from '../block-id';
import { textBlocksOf } from '../text-blocks';
import type { ClutterCategory, ClutterTrace, ExtractOptions, RemovedBlock } from '../types';
import { ads } from './ads';
import { appeals } from './appeals';
import { CHROME_RULES } from './chrome';
import { gatherEvidence, type Verdict } from './evidence';
import { extentOf, nextAfter } from './extent';
import { type Candidate, features } from './features';
import { galleryChrome } from './gallery-chrome';
import { measure, type Shape } from './measure';
import { isClutter } from './model';
import { moduleAt } from './modules';
import { newsletters } from './newsletters';
import { promos } from './promos';
import { related } from './related';
import type { ClutterRule } from './rule';
import { attributeSignature, blockText, preview } from './signals';
import { social } from './social';
import { cutReason, isCutAttribute } from './truncation';

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

const NONE_KEPT: ReadonlySet<string> = new Set();

/** What the clutter pass found beyond the blocks it removed. */
export interface ClutterOutcome {
  /** The article ends in a paywall or log-in cut: the page shows only part of the story. */
  truncated: { reason: string } | null;
}

/**
 * The clutter pass, in three linear walks over the article Readability chose:
 *  1. measure every element (text, link text, position, controls);
 *  2. evidence: each enabled rule judges each block by its marks, label and
 *     wording; the clutter found is summed up into every box above it;
 *  3. decide, top down: a module (a box with its own heading, class or role)
 *     is proposed whole when its heading is clutter plus one more signal, or
 *     when most of it is clutter; otherwise a judged block is proposed alone
 *     (with the list a "Related" label heads). The clutter model (model.ts)
 *     decides whether each proposal goes; the rules name its category.
 * Removed blocks are recorded in `removed` with their first words and the reason.
 */
export function removeClutter(
  root: Element,
  rules: readonly ClutterRule[],
  removed: Record<ClutterCategory, RemovedBlock[]>,
  trace?: ClutterTrace,
  keep: ReadonlySet<string> = NONE_KEPT,
  pageUrl?: string,
): ClutterOutcome {
  const outcome: ClutterOutcome = { truncated: null };
  const shapes = measure(root);
  const evidence = gatherEvidence(root, rules, shapes, pageUrl);
  const facts = { chars: shapes.get(root)?.chars ?? 0, bodyClasses: evidence.bodyClasses };
  // Characters of text left in the article: no removal may take it below an article's size.
  let left = rules.length > 0 ? blockText(root).length : 0;
  let el = root.firstElementChild;
  while (el) {
    const proposal = rules.length > 0 ? propose(el, root, shapes, evidence) : null;
    if (proposal) {
      // Block by block, so a module's heading and first paragraph don't run together in the preview.
      const text = proposal.take
        .map((taken) => textBlocksOf(taken).join(' '))
        .join(' ')
        .trim();
      const x = features({ ...proposal.candidate, text }, facts);
      trace?.candidate?.(x, text);
      if (!trace?.keepAll && isClutter(x) && !leavesTooLittle(left, text.length)) {
        const last = proposal.take[proposal.take.length - 1]!;
        const next = nextAfter(last, root);
        const category = proposal.verdict.rule.category;
        if (category !== 'chrome' && keep.has(blockId(category, text))) {
          // Kept whole, and not looked into: a block inside it must not go in its place.
          trace?.kept?.(proposal.take);
          record(text, proposal.verdict, removed, trace, true);
          el = next;
          continue;
        }
        outcome.truncated ??= cutAt(proposal.take[0]!, shapes, facts.chars, text);
        trace?.taken?.(proposal.take, proposal.verdict.rule.category);
        for (const taken of proposal.take) taken.remove();
        left -= text.length;
        record(text, proposal.verdict, removed, trace);
        el = next;
        continue;
      }
    }
    outcome.truncated ??= cutAt(el, shapes, facts.chars);
    el = el.firstElementChild ?? nextAfter(el, root);
  }
  return outcome;
}

/**
 * Text an article keeps, whatever the rules say: a short post whose one long block a rule
 * took ("contact us at …" in an organisation's note) would otherwise be refused as no article.
 * Twice the size below which Pith finds no article (read-page.ts).
 */
const MIN_LEFT = 280;

function leavesTooLittle(left: number, taking: number): boolean {
  return left >= MIN_LEFT && left - taking < MIN_LEFT;
}

interface Proposal {
  verdict: Verdict;
  take: Element[];
  candidate: Omit<Candidate, 'text'>;
}

function propose(
  el: Element,
  root: Element,
  shapes: Map<Element, Shape>,
  evidence: ReturnType<typeof gatherEvidence>,
): Proposal | null {
  const shape = shapes.get(el);
  if (!shape || shape.chars === 0) return null;
  const own = evidence.verdictOf(el);
  if (!own) {
    const module = moduleAt(el, shape, shapes.get(root)?.chars ?? 0, evidence, shapes);
    if (!module) return null;
    return {
      verdict: { ...module, reason: `module: ${module.reason}` },
      take: [el],
      candidate: { el, shape, kind: 'module', category: module.rule.category, weak: false },
    };
  }
  const take = extentOf(own, el, root, shapes);
  return {
    verdict: own,
    take,
    candidate: {
      el,
      shape: take.length === 1 ? shape : combined(take, shapes),
      kind: own.kind,
      category: own.rule.category,
      weak: own.weak,
    },
  };
}

function combined(take: readonly Element[], shapes: Map<Element, Shape>): Shape {
  const first = shapes.get(take[0]!)!;
  const sum: Shape = { ...first, chars: 0, linkChars: 0, controls: 0, clutterChars: 0 };
  for (const el of take) {
    const s = shapes.get(el);
    if (!s) continue;
    sum.chars += s.chars;
    sum.linkChars += s.linkChars;
    sum.controls += s.controls;
    sum.clutterChars += s.clutterChars;
  }
  return sum;
}

function record(
  text: string,
  verdict: Verdict,
  removed: Record<ClutterCategory, RemovedBlock[]>,
  trace: ClutterTrace | undefined,
  kept = false,
): void {
  if (!text) return;
  const category = verdict.rule.category;
  if (!kept) trace?.removed?.(text, category, verdict.reason);
  // Site chrome is never listed: `removed` reports only what the reader's switches govern.
  if (category === 'chrome') return;
  const block: RemovedBlock = {
    category,
    preview: preview(text),
    reason: verdict.reason,
    id: blockId(category, text),
  };
  if (kept) block.kept = true;
  removed[category].push(block);
}

/** Text after a cut: a price line, a log-in link, small print; never another paragraph of the story. */
const MAX_TEXT_AFTER_CUT = 300;
const MAX_CUT_TEXT = 900;

/** A paywall cut at `el` (its wording, or a wall's class on a short block) with little text after it. */
function cutAt(
  el: Element,
  shapes: Map<Element, Shape>,
  articleChars: number,
  known?: string,
): { reason: string } | null {
  const shape = shapes.get(el);
  if (!shape || shape.chars === 0 || shape.chars > 4 * MAX_CUT_TEXT) return null;
  if (articleChars - shape.start - shape.chars > MAX_TEXT_AFTER_CUT) return null;
  if (!known && shape.holdsBlocks && !isCutAttribute(attributeSignature(el))) return null;
  const text = known ?? blockText(el);
  if (text.length > MAX_CUT_TEXT) return null;
  const phrase = cutReason(text) ?? (isCutAttribute(attributeSignature(el)) ? 'paywall' : null);
  return phrase ? { reason: phrase } : null;
}
