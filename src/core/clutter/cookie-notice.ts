import { type Block, type ClutterRule, REPORTED_SPEECH } from './rule';
import { tokenPattern } from './signals';

/**
 * A cookie-consent notice that landed inside the article container ("This website
 * uses cookies to improve your experience … Accept"). Always site chrome. Found by its
 * box's class, or by its wording: the site speaking of its own cookies to the reader
 * and asking for a choice. A sentence about cookies alone is not enough: a story on
 * privacy law says "cookies" too, but not "we use cookies … you can opt out".
 */
// Never "cookie" alone: a recipe card for cookies may carry it.
const ATTRIBUTES = tokenPattern([
  'cookies?-?(?:notice|banner|consent|bar|law|popup|message|warning|notification)',
  'gdpr(?:-[a-z]+)*',
  'cc-(?:window|banner)',
  'cmp-?(?:banner|container)',
]);

/** The site speaking of its own cookies, in the languages Pith reads most. */
const SITE_COOKIES =
  /\b(?:this (?:web)?site|our (?:web)?site|we)\b[^.]{0,40}\b(?:uses?|sets?|places?|stores?)\b[^.]{0,20}\bcookies\b|\b(?:diese (?:web)?seite|diese website|wir) (?:verwendet|verwenden|nutzt|nutzen)[^.]{0,20}\bcookies\b|\b(?:ce site|nous) utilis\w+ (?:des )?cookies\b|\b(?:este sitio(?: web)?|esta web|utilizamos|usamos) [^.]{0,20}cookies\b|\b(?:questo sito|utilizziamo) [^.]{0,20}cookie\b/i;
/** The choice it asks for. */
const CHOICE =
  /\b(?:accept|agree|consent|opt[- ]?out|decline|reject|allow all|cookie (?:policy|settings|preferences)|privacy policy|by (?:continuing|using|browsing)|akzeptieren|zustimmen|einverstanden|accepter|j'accepte|aceptar|acepto|accetta|accetto)\b/i;
const MAX_NOTICE = 500;
const QUOTATION = /[“”"„«»]/;

function noticeWording({ text }: Block): string | null {
  // A notice never quotes anyone; "“We use cookies”, the clerk admitted" is the story's.
  if (text.length > MAX_NOTICE || REPORTED_SPEECH.test(text) || QUOTATION.test(text)) return null;
  const cookies = SITE_COOKIES.exec(text);
  if (!cookies) return null;
  const choice = CHOICE.exec(text);
  return choice ? `cookie notice "${cookies[0]}" … "${choice[0]}"` : null;
}

export const cookieNotice: ClutterRule = {
  category: 'chrome',
  attributes: ATTRIBUTES,
  // A notice is a sentence or two and its buttons; a box so named that holds a story is not one.
  maxMarkedText: 1500,
  label: noticeWording,
  prose: noticeWording,
};
