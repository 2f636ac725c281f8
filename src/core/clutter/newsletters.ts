import { outroFor } from './outros';
import { type ClutterRule, firstMatch, REPORTED_SPEECH } from './rule';
import { componentFamily, labelPattern, tokenPattern } from './signals';

const newsletterOutro = outroFor('newsletters');

/** Newsletter and e-mail sign-up boxes. */
const ATTRIBUTES = tokenPattern([
  'newsletters?',
  'nl-?(?:signup|box|form|teaser|widget|container|promo)',
  'sign-?up',
  'email-?(?:signup|capture|subscribe|form|optin|alerts?)',
  componentFamily('(?:newsletter|newsletters|e-?mail|mailing-?list|signup|sign-?up)'),
  'subscribe-?form',
  'subscription-?form',
  '[a-z]{3,}newsletters?',
  'mailchimp',
  'mc-?embedded(?:-[a-z]+)?',
  'mc4wp(?:-[a-z]+)?',
  'optin',
  'opt-in',
  'convertkit',
  'klaviyo',
]);

const LABEL = labelPattern([
  'newsletters?',
  'sign up(?: now| today| here| for free)?',
  'sign up (?:for|to) (?:our|the|my) .{0,60}',
  'subscribe to (?:our|the|my) .{0,40}(?:newsletter|emails?|digest|briefing).{0,40}',
  'get (?:our|the) .{0,40}(?:newsletter|emails?|digest|briefing).{0,40}',
  'thank you for (?:signing up|subscribing)!?',
  'thanks for (?:signing up|subscribing)!?',
  '(?:enter )?your e-?mail(?: address)?',
  'e-?mail address',
  "[\\w’' -]{1,40} newsletter",
  'newsletter (?:abonnieren|bestellen)',
  '(?:jetzt )?(?:zum|für den) newsletter anmelden',
  "(?:abonnez-vous|inscrivez-vous) à (?:notre|la) (?:newsletter|lettre d(?:'|’)information)",
  'suscr[ií]bete (?:a|al) (?:nuestr[oa] )?(?:newsletter|bolet[ií]n)',
  'iscriviti alla (?:nostra )?newsletter',
  'inscreva-se (?:na|em) (?:nossa )?newsletter',
  'اشترك في النشرة(?: الإخبارية| البريدية)?',
  'invalid e-?mail(?: address)?',
  "you(?:'|’)re (?:all set|subscribed|signed up|in).{0,40}",
  'get .{1,60} (?:in|to) your inbox',
]);

/** A call to action for a mailing list, not a mention of one. */
const PITCH_PHRASES = [
  /\b(?:sign up|subscribe|register)(?: now| today| here| free)? (?:to|for) (?:our|my|the|this|a free|free)\b.{0,60}\b(?:newsletters?|e-?mails?|inbox|alerts|briefings?|digest)\b/i,
  // ("The free weekly … email is the industry's top source for … Subscribe here.")
  /\b(?:newsletters?|briefings?|digest|e-?mails?)\b.{0,160}\b(?:sign up|subscribe (?:now|today|here|for free))\b/i,
  /\b(?:delivered|sent|straight|direct(?:ly)?) (?:straight )?to your inbox\b/i,
  /\bby (?:signing up|subscribing|clicking)\b.{0,80}\b(?:agree|consent|privacy|terms)\b/i,
  /\benter your e-?mail\b/i,
  /\bjoin (?:our|the|my) (?:mailing|e-?mail) list\b/i,
  /\bget (?:e-?mail )?updates from (?:this|our|the) (?:writer|author|site|blog|team)\b/i,
  /\bsubscribe(?: for free| now| today)? to (?:receive|get) (?:\w+ )?(?:updates|news|posts|stories|e-?mails?|alerts)\b/i,
  /\b(?:receive|get) (?:\w+ )?notifications (?:about|of|for|when) (?:new|our|the latest)\b/i,
  /\b(?:newsletter|e-?mail)\b.{0,80}\b(?:abonnieren|anmelden|abbestellen|kostenlos per e-?mail)\b/i,
  /\bkostenlos per e-?mail\b/i,
  /\breceba (?:em|no) seu e-?mail\b/i,
  /\b(?:recibe|recevez) (?:en|dans) (?:tu|votre) (?:correo|bo[iî]te)\b/i,
  /\b(?:mit der anmeldung|en vous inscrivant|al suscribirte)\b/i,
  /\bget (?:the|our) (?:latest|best|top) .{0,60}\b(?:in|to) your inbox\b/i,
  // "Let our news meet your inbox … delivered weekday mornings": the site's own news, the reader's inbox
  // and a schedule together (a review saying a service "delivers to your inbox daily" names no "our").
  /^(?=.{0,200}$)(?=.*\b(?:our|we)\b)(?:.*\byour inbox\b.{0,80}\b(?:delivered|every (?:morning|day|week|weekday)|weekday|daily|weekly)\b|.*\b(?:delivered|every (?:morning|day|week|weekday)|weekday|daily|weekly)\b.{0,80}\byour inbox\b)/i,
];

/** Words every pitch phrase contains one of: most paragraphs are ruled out by this one test. */
const HINT =
  /newsletter|updates|inbox|e-?mail|sign(?:ing)? up|subscri|suscri|register|clicking|notification|mailing|briefing|digest|anmeld|abonn|receba|recibe|recevez|inscri/i;

export const newsletters: ClutterRule = {
  category: 'newsletters',
  attributes: ATTRIBUTES,
  maxMarkedText: 800,
  label: ({ text }) => (text.length <= 100 && LABEL.test(text) ? `label "${text}"` : null),
  prose: (block) => {
    const { text } = block;
    if (text.length > 500 || REPORTED_SPEECH.test(text)) return null;
    const outro = newsletterOutro(block);
    if (outro) return outro;
    if (!HINT.test(text)) return null;
    const phrase = firstMatch(PITCH_PHRASES, text);
    return phrase ? `pitch "${phrase}"` : null;
  },
};
