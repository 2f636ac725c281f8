import { inButtonList, isLoneButton } from './buttons';
import type { ClutterRule } from './rule';
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
};
