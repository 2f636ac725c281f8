import { lastStanding, normalize, type TextBlock } from '../text-blocks';
import type { ClutterTrace } from '../types';
import { REPORTED_SPEECH } from './rule';

/**
 * A press release's closing note about the company that issued it: "Ascom is a global solutions
 * provider …", "Ascom is headquartered in Baar, has operating businesses in 18 countries and
 * employs around 1,300 people. … shares are listed on the SIX Swiss Exchange." Three signals
 * meet: the block is among the article's last few, it opens with a name and a verb that describes
 * ("X is", "X has", "X employs"), and it gives two or more of a company's standing facts (seat,
 * staff, countries, listing, founding year, "for more information"). A story's own paragraph
 * about a company seldom reads as a directory entry of two such facts at its very end, with
 * nothing after it but contact lines and small print. The blocks just before it that open with
 * the same name (the note's first paragraph), and an "About X" line above them, go with it.
 */

/** Of the article's last blocks, this many may hold the note (about, two paragraphs, contact). */
const TAIL_BLOCKS = 4;
const MAX_NOTE_CHARS = 1200;
/** What may follow the note: a short line ("Media contact", "###"), or a contact's address or number. */
const MAX_SHORT_LINE = 80;
const CONTACT = /@[\w-]+\.\w|\bwww\.|https?:\/\/|\+?\d[\d ().-]{7,}\d/u;

function isSmallPrint(text: string): boolean {
  return text.length <= MAX_SHORT_LINE || (text.length <= MAX_NOTE_CHARS && CONTACT.test(text));
}

/** "Ascom", "Acme Robotics Inc.", "Nordic Semiconductor ASA (OSE: NOD)", then a verb of description. */
const OPENING =
  /^((?:\p{Lu}[\p{L}\d&'’.-]*)(?: (?:\p{Lu}[\p{L}\d&'’.-]*|&|of|de|and|for)){0,5}),?(?: \([^()]{1,60}\))?,? (?:is|has|was|employs|operates|offers|provides|develops|designs|serves|specializes|specialises|delivers|helps|enables)\b/u;

/** What a company's note tells about it, not what a story does. */
const FACTS: readonly RegExp[] = [
  /\bheadquarter(?:ed|s)\b|\bhead office\b/iu,
  /\bemploy(?:s|ing)\b[^.]{0,30}\d|\b\d[\d,.]*\+? (?:employees|people worldwide|staff members)\b/iu,
  /\b(?:listed|traded|quoted) on\b|\bstock exchange\b|\b(?:NYSE|NASDAQ|Nasdaq|TSX|ASX)\b/u,
  /\b(?:founded|established|incorporated) in \d{4}\b/iu,
  /\bfor (?:more|further|additional) information\b|\bvisit (?:us at |our website at )?(?:www\.|https?:)/iu,
  /\b(?:operations|offices|customers|businesses|presence|employees) in (?:more than |over |some )?\d+ countries\b/iu,
  /\b(?:leading|global|worldwide|international) (?:\w+ )?(?:provider|supplier|manufacturer|developer|company)\b|\bprovider of\b/iu,
];

function factCount(text: string): number {
  let count = 0;
  for (const fact of FACTS) if (fact.test(text)) count++;
  return count;
}

function openingName(text: string): string | null {
  if (text.length > MAX_NOTE_CHARS || REPORTED_SPEECH.test(text)) return null;
  return OPENING.exec(text)?.[1] ?? null;
}

/** Removes a company's closing note among the article's last blocks, with its first paragraph and "About" line. */
export function removeCompanyNotes(article: Element, all: readonly TextBlock[], trace?: ClutterTrace): void {
  // (The article's text blocks as read before the bio pass, which may have taken some at the tail.)
  const blocks = lastStanding(article, all, TAIL_BLOCKS + 1);
  const first = Math.max(1, blocks.length - TAIL_BLOCKS);
  for (let i = blocks.length - 1; i >= first; i--) {
    const name = openingName(blocks[i]!.text);
    if (!name || factCount(blocks[i]!.text) < 2) continue;
    // Only contact lines and small print may follow the note; a paragraph of story after it keeps it.
    if (!blocks.slice(i + 1).every((block) => isSmallPrint(block.text))) return;
    // The note's paragraphs before it that open with the same name, and its "About X" line.
    let start = i;
    while (start - 1 >= first && openingName(blocks[start - 1]!.text) === name) start--;
    const about = blocks[start - 1];
    if (
      about &&
      about.text.length <= MAX_SHORT_LINE &&
      normalize(about.text).toLowerCase().replace(/:$/u, '') === `about ${name.toLowerCase()}`
    )
      start--;
    for (const block of blocks.slice(start, i + 1)) {
      trace?.removed?.(block.text, 'chrome', 'company note');
      for (const node of block.nodes) node.parentNode?.removeChild(node);
    }
    return;
  }
}
