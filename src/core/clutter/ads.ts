import { type ClutterRule, REPORTED_SPEECH } from './rule';
import { labelPattern, tokenPattern } from './signals';

/** Ad slots and their labels, in the languages Pith's readers meet most. */
const ATTRIBUTES = tokenPattern([
  'ads?',
  'adv',
  'adverts?',
  'advertisements?',
  'advertising',
  'ad-?(?:slot|unit|container|wrapper|placeholder|box|block|banner|zone|label|marker|space|inline|inarticle)s?',
  'dfp',
  'gpt-ad',
  'google-?ads?',
  'adsbygoogle',
  'sponsored',
  'native-?ad',
  'advertorial',
  'mpu',
  'teads',
  'taboola',
  'outbrain',
  'dianomi',
  'promoted-?(?:content|stories|links)',
]);

const LABEL = labelPattern([
  'advertisement',
  'advertisements',
  'advertising',
  'advert',
  'ads?',
  'sponsored(?: content| links?| stories| posts?| by .{1,40})?',
  'paid (?:post|content|partnership|promotion)',
  'promoted(?: content| stories| by .{1,40})?',
  'partner content',
  'anzeige',
  'werbung',
  'publicité',
  'publicidad',
  'pubblicità',
  'reclame',
  'advertentie',
  'реклама',
  'إعلان',
  'اعلان',
  '広告',
  '广告',
  'פרסומת',
  'reklam',
  'reklama',
  'mainos',
  '(?:the )?(?:story|article|content) continues (?:below|after)(?: this)?(?: advertisement| ad)?',
  'continue reading (?:below|after (?:the )?ad(?:vertisement)?)',
  'scroll (?:down )?to continue(?: with content| reading)?',
  'ad feedback',
  'skip (?:advert|advertisement|ad)',
  'report (?:this )?ad',
  'advertiser disclosure',
  'advertising (?:policy|disclosure)',
  'in partnership with(?: .{1,40})?',
  'sponsor (?:this|our) (?:newsletter|podcast|site|blog)',
]);

/** Native-ad promos end in the small print an editorial paragraph never carries. */
const NATIVE_PROMO = /\bT\s?&\s?Cs? apply\b|\b(?:terms and conditions|t&c) apply\b/i;
/** Affiliate disclosures: the commercial small print of shopping pieces. */
const DISCLOSURE = new RegExp(
  [
    '\\b(?:we|i|site|us) (?:may )?(?:earn|receive|get) (?:a )?(?:small |financial )?(?:commission|compensation|affiliate)',
    '\\bmay earn (?:us|me) (?:a )?(?:small )?(?:commission|compensation)',
    '\\b(?:we|i) may receive compensation\\b',
    '\\bi earn from qualifying purchases\\b',
    '\\b(?:this|our|posts?|articles?|pages?|site|we|i) (?:may )?(?:contains?|use) affiliate links?\\b',
    '\\bmay contain affiliate links\\b',
    '\\b(?:products|items) (?:are|were) (?:chosen|selected) independently\\b',
  ].join('|'),
  'i',
);

export const ads: ClutterRule = {
  category: 'ads',
  attributes: ATTRIBUTES,
  maxMarkedText: 600,
  label: ({ text }) => (text.length <= 80 && LABEL.test(text) ? `label "${text}"` : null),
  prose: ({ text }) => {
    if (text.length > 400 || REPORTED_SPEECH.test(text)) return null;
    const m = NATIVE_PROMO.exec(text) ?? DISCLOSURE.exec(text);
    return m ? `small print "${m[0]}"` : null;
  },
};
