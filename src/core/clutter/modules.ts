import type { BoxEvidence, Evidence, Verdict } from './evidence';
import type { Shape } from './measure';
import { HEADING_TAG } from './signals';

/**
 * Modules as units: a box inside the article (an appeal with its heading,
 * paragraphs and button; a newsletter outro; a related-links aside) is judged
 * as a whole from the evidence summed up inside it. It is proposed when
 *  - most of its text is clutter, or
 *  - its heading or label is clutter plus one more signal (more clutter inside,
 *    a button or form, a class of its own, many links), or
 *  - every block in it that no rule judged is short (a heading, a button, small print), or
 *  - it is mostly links or buttons around a weak signal (a lone share link);
 * never when it holds a large share of the article.
 */
const MAX_MODULE_TEXT = 4000;
export const MAX_MODULE_SHARE = 0.35;
/** The "only short companions" box: smaller, as the old box rule was. */
const MAX_BOX_TEXT = 2500;
const MAX_BOX_SHARE = 0.3;
const MAX_COMPANION_TEXT = 250;
const MOST = 0.5;
const LINKISH = 0.6;
const SOME_LINKS = 0.3;
const MAX_HEAD_TEXT = 200;
const DATA_PARTS = /^(?:TABLE|THEAD|TBODY|TFOOT|TR|TD|TH|LI|DL|DD|DT)$/;

export function moduleAt(
  el: Element,
  shape: Shape,
  articleChars: number,
  evidence: Evidence,
  shapes: Map<Element, Shape>,
): Verdict | null {
  if (!shape.holdsBlocks || DATA_PARTS.test(el.tagName)) return null;
  if (shape.chars > MAX_MODULE_TEXT || shape.chars > articleChars * MAX_MODULE_SHARE) return null;
  const box = evidence.inside.get(el);
  if (!box || shape.clutterChars === 0) return null;
  const links = shape.linkChars / shape.chars;
  const main = box.main;
  if (!main) {
    if (links >= LINKISH && box.any) return withReason(box.any, 'links around');
    return box.any && isCard(el, shape, box) ? withReason(box.any, 'card around') : null;
  }
  if (
    box.longestClean <= MAX_COMPANION_TEXT &&
    shape.chars <= MAX_BOX_TEXT &&
    shape.chars <= articleChars * MAX_BOX_SHARE
  )
    return main;
  if (box.strongChars >= shape.chars * MOST) return main;
  const head = headOf(el, evidence, shapes);
  if (!head) return null;
  const className = el.getAttribute('class');
  const more =
    box.strongChars > head.chars ||
    shape.controls > 0 ||
    links >= SOME_LINKS ||
    (!!className && !evidence.bodyClasses.has(className));
  return more ? withReason(head.verdict, 'headed by') : null;
}

/**
 * A card: a button or call to action with nothing beside it but a heading, a tagline and
 * pictures ("Centralize your training with X!" + "Book a demo"). The button is a weak
 * signal, so it takes the card only when the card has a heading of its own and no
 * sentence of the story beside it.
 */
const MAX_CARD_TEXT = 300;
const MAX_CARD_LINE = 120;
const CARD_HEADING = 'h1, h2, h3, h4, h5, h6, [role="heading"]';

function isCard(el: Element, shape: Shape, box: BoxEvidence): boolean {
  return (
    /^(?:button|call to action) /.test(box.any?.reason ?? '') &&
    shape.chars <= MAX_CARD_TEXT &&
    box.longestClean <= MAX_CARD_LINE &&
    el.querySelector(CARD_HEADING) !== null
  );
}

function withReason(verdict: Verdict, how: string): Verdict {
  return { ...verdict, reason: `${how} ${verdict.reason}` };
}

/** The box's first block, when a rule judged it clutter: its heading or label. */
function headOf(
  el: Element,
  evidence: Evidence,
  shapes: Map<Element, Shape>,
): { verdict: Verdict; chars: number } | null {
  let node = firstWithText(el, shapes);
  while (node) {
    const shape = shapes.get(node)!;
    const verdict = evidence.verdictOf(node);
    if (verdict) {
      const strong: BoxEvidence | undefined = evidence.inside.get(node);
      const isHead = HEADING_TAG.test(node.tagName) || shape.chars <= MAX_HEAD_TEXT;
      return strong?.main && isHead ? { verdict: strong.main, chars: shape.chars } : null;
    }
    if (!shape.holdsBlocks) return null;
    node = firstWithText(node, shapes);
  }
  return null;
}

function firstWithText(el: Element, shapes: Map<Element, Shape>): Element | null {
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    if ((shapes.get(child)?.chars ?? 0) > 0) return child;
  }
  return null;
}
