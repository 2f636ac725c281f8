import { outroFor } from './outros';
import { type ClutterRule, firstMatch, REPORTED_SPEECH } from './rule';
import { componentFamily, labelPattern, tokenPattern } from './signals';
import { cutReason } from './truncation';

const appealOutro = outroFor('appeals');

/** Donation, membership and subscription appeals ("support our journalism" epics, paywall prompts). */
const ATTRIBUTES = tokenPattern([
  'donate',
  'donations?',
  'contributions',
  'contribute',
  'epic',
  'support-?us',
  componentFamily('support'),
  componentFamily('(?:membership|member|members)'),
  'become-?a-?(?:member|supporter|subscriber)',
  componentFamily('(?:subscribe|subscription|subscriber)'),
  componentFamily('(?:paywall|donation|donate|contribution|contributions)'),
  'patreon',
  'tip-?jar',
  'ko-?fi',
  'buymeacoffee',
  'regwall',
  'registration-?wall',
]);

const LABEL = labelPattern([
  'support (?:us|our journalism|independent journalism|our work)',
  'donate(?: now| today| here)?',
  'subscribe(?: now| today| here)?',
  'become a (?:member|subscriber|supporter|patron)',
  'make a (?:donation|contribution)',
  'contribute(?: now| today)?',
  'already (?:a )?(?:subscriber|member)\\??(?: (?:log|sign) ?in)?',
  'already have an account\\??(?: (?:log|sign) ?in)?',
]);

/**
 * Phrases of a publisher asking its readers for money. Each names the
 * publisher ("us", "our journalism") or the reader's support of it, so a story
 * about a charity's appeal does not match.
 */
const APPEAL_PHRASES = [
  /\b(?:support|fund|back|sustain)(?:ing)? (?:(?:our|independent|quality|local|trusted|fearless|nonprofit|non-profit|public[- ]interest|this kind of|free|open) )+(?:journalism|reporting|newsroom|news(?:room)?|media)\b/i,
  /\byour (?:support|contribution|donation|gift|membership|subscription)s? (?:helps?|makes?|allows?|enables?|keeps?|ensures?|means|powers?|funds?|is what|will help|is vital|is crucial)\b[^.]{0,80}\b(?:us|our|we|journalism|reporting)\b/i,
  /\b(?:become|join(?: us)?) (?:as )?an? (?:paying |digital )?(?:member|subscriber|supporter|patron)\b/i,
  /\b(?:donate|contribute|give|subscribe) (?:now|today|monthly)\b/i,
  /\b(?:make|making) a (?:one-off |one-time |monthly |annual |recurring |small |tax-deductible )?(?:donation|contribution|gift) (?:to us|to our|today)\b/i,
  /\b(?:we|our (?:journalism|reporting|newsroom|work))(?: rely| relies| depend| depends| are funded| is funded| is made possible| exist)(?: entirely| only| largely)? (?:on|by|thanks to) (?:readers|you|your|the (?:support|generosity))\b/i,
  /\breader[- ](?:funded|supported|powered|revenue)\b/i,
  /\b(?:funded|supported|made possible) by readers like you\b/i,
  /\b(?:is|are) (?:exclusive|available only|only available) to (?:[\w+]+ ){0,3}(?:subscribers|members)\b/i,
  /\b(?:subscribe|sign up|register|log ?in)(?: now| today)? (?:to|for) (?:continue reading|keep reading|read (?:the full|this|more)|unlimited|full access|access)\b/i,
  /\bconsider (?:supporting|subscribing|donating|becoming|a (?:donation|contribution|subscription))\b/i,
  // ("Please consider the requirements …" asks nothing of the reader's purse: "consider" needs its object, above.)
  /\bplease (?:support|donate|subscribe)\b/i,
  // "Subscribe for just $1 a week", "Get access to our … for as little as", "our digital subscription … for
  // as little as": the publisher's own offer, told to the reader
  // (a review's "on subscription for a discount … for as little as $12" is the product's price).
  /(?:^|[.!?:]\s+)(?:subscribe|join|get (?:access|unlimited|full))\b.{0,100}\bfor (?:as little as|just|only) [$£€₹]?\s?\w/i,
  /\b(?:our|an? (?:digital|print|annual|monthly)) (?:subscription|membership)s?\b.{0,80}\bfor (?:as little as|just|only) [$£€₹]?\s?\w/i,
  // "12 issues for £11.99", "Get a subscription to our sister magazine": a print subscription offered to the reader.
  /\b\d+ (?:issues|editions) (?:for|from|at) (?:just |only )?[$£€₹]\s?\d/i,
  /\bget (?:a|your) (?:\w+ )?subscription (?:of|to) (?:our|the|this)\b/i,
  /\bsupport (?:us|the [A-Z][\w&.]+(?: [A-Z][\w&.]+)?) (?:from|for|today|with|by|now)\b/,
];

/** Words every appeal phrase contains one of: most paragraphs are ruled out by this one test. */
const HINT =
  /support|donat|contribut|subscri|member|journalism|news|reporting|fund|back|sustain|reader|patron|gift|give|rely|depend|please|consider|sign up|register|log ?in|issues|editions/i;

export const appeals: ClutterRule = {
  category: 'appeals',
  attributes: ATTRIBUTES,
  maxMarkedText: 2500,
  label: ({ text }) => (text.length <= 80 && LABEL.test(text) ? `label "${text}"` : null),
  prose: (block) => {
    const { text } = block;
    if (text.length > 900 || REPORTED_SPEECH.test(text)) return null;
    const cut = cutReason(text);
    if (cut) return `paywall cut "${cut}"`;
    const outro = appealOutro(block);
    if (outro) return outro;
    if (!HINT.test(text)) return null;
    const phrase = firstMatch(APPEAL_PHRASES, text);
    return phrase ? `appeal "${phrase}"` : null;
  },
};
