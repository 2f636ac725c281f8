import { inButtonList, isLoneButton } from './buttons';
import { type Block, type ClutterRule, REPORTED_SPEECH } from './rule';
import { labelPattern, tokenPattern } from './signals';

/**
 * The site selling its own product inside the article: call-to-action boxes
 * ("Book a demo", "Request a quote") and lone buttons. Reported as ads, so the
 * reader's "ads" switch governs them.
 */
const ATTRIBUTES = tokenPattern([
  'cta',
  'ctas',
  'call-?to-?action',
  'promo-?(?:box|banner|block|card)',
  // A compound that ends in its "cta" ("bottompostcta", "inlinecta").
  '[a-z]{5,}ctas?',
]);

const LABEL = labelPattern([
  'book a (?:demo|call|consultation)',
  'request a (?:demo|quote|call|consultation)',
  'get a (?:free )?(?:demo|quote)',
  'schedule a (?:demo|call|consultation)',
  'get started(?: (?:now|today|for free))?',
  '(?:buy|shop|order) now',
  'start (?:your )?free trial',
  'try (?:it )?(?:for )?free',
  'get in touch',
  'contact us(?: today)?',
]);

/** Button words are few; a longer button-styled link ("Learn more about how to meditate") may be the story's own pointer. */
const MAX_BUTTON_TEXT = 25;

/**
 * The seller's pitch closing a post: "If you need help with …, reach out to Acme. We have experts
 * to …", "Talk to our marketing experts", "request a quote here and our team will get back to you.
 * You can also call (555) …". Three signals meet: a way to get in touch, someone on offer (experts,
 * a team, specialists), and the seller speaking as "we" or giving a phone number. Only at the
 * article's tail: the same words inside a story are its own.
 */
const GET_IN_TOUCH =
  /\b(?:reach out|contact|get in touch|talk to|speak (?:to|with)|connect with|consult with|request a (?:quote|demo|consultation|call)|book a|schedule a|call (?:us|directly|today|now))\b/i;
const ON_OFFER = /\b(?:experts?|team|specialists?|consultants?|professionals|advisors?|advisers?)\b/i;
const SELLER = /\b(?:we|our|us)\b|\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}\b/i;
const MAX_PITCH = 400;

/** "Click here to get more information or download this game.": a pointer away closing the post. */
const CLICK_HERE = /^(?:click|tap) here\b/i;
const MAX_CLICK_HERE = 150;

/**
 * Inside the article the pitch is set apart as a callout: one short line, all of it in bold or
 * italics ("<p><strong>Stop searching. Talk to our marketing experts</strong></p>" above a button).
 */
const MAX_CALLOUT = 150;
function isCallout(el: Element, text: string): boolean {
  if (text.length > MAX_CALLOUT || el.children.length !== 1) return false;
  const only = el.children[0]!;
  return EMPHASIS.test(only.tagName) && (only.textContent ?? '').trim().length >= text.length - 1;
}
const EMPHASIS = /^(?:STRONG|B|EM|I)$/;

function salesPitch({ el, text, edge }: Block): string | null {
  if (text.length > MAX_PITCH || REPORTED_SPEECH.test(text)) return null;
  const atTail = edge === 'tail';
  if (!atTail && !isCallout(el, text)) return null;
  if (atTail && text.length <= MAX_CLICK_HERE && CLICK_HERE.test(text)) return 'click here at the end';
  const touch = GET_IN_TOUCH.exec(text);
  return touch && ON_OFFER.test(text) && SELLER.test(text) ? `sales pitch "${touch[0]}"` : null;
}

export const promos: ClutterRule = {
  category: 'ads',
  attributes: ATTRIBUTES,
  // A box with a heading, a sentence and a button; a wrapper named "has-cta" around the story must survive.
  maxMarkedText: 800,
  label: ({ el, text, linkDensity }) => {
    if (text.length > MAX_BUTTON_TEXT) return null;
    if (LABEL.test(text)) return `call to action "${text}"`;
    if (!isLoneButton(el, linkDensity)) return null;
    // (Buttons listed side by side are the page's tags or topics: site chrome, chrome.ts.)
    return inButtonList(el) ? null : `button "${text}"`;
  },
  prose: salesPitch,
};
