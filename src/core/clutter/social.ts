import { outroFor } from './outros';
import { type Block, type ClutterRule, REPORTED_SPEECH } from './rule';
import { HEADING_TAG, tokenPattern } from './signals';

const socialOutro = outroFor('social');

/** Share and follow bars. */
const ATTRIBUTES = tokenPattern([
  'share',
  'shares',
  'sharing',
  'share-?(?:bar|buttons?|tools?|links?|icons?|this|box|container|menu|widget|panel)',
  'sharebar',
  'social',
  'social-?(?:share|links?|icons?|media|bar|buttons?|follow|sharing)',
  'follow-?us',
  'addthis(?:_[a-z]+)?',
  'sharethis',
  'shareaholic',
  'a2a(?:_kit)?',
  'addtoany',
  'sharedaddy',
  'jetpack-?sharing',
  'ssba',
  'heateor(?:-[a-z]+)?',
  'essb(?:-[a-z]+)?',
]);

/** Words a share/follow bar is made of; a block made only of these (and at least one strong one) is a bar. */
const BAR_WORDS = new Set(
  `share shares shared sharing this the article story page post link copy copied on via to with us our
  follow facebook twitter x linkedin whatsapp telegram messenger email e-mail mail print pinterest reddit tumblr
  flipboard pocket threads bluesky mastodon instagram youtube tiktok snapchat sms tweet gift full save comments
  comment submit opens in a new window tab and or pin it for later me connected stay pint baixar compartilhar compartilhe comparte teilen partager compartir condividi partilhar delen dela udostępnij
  مشاركة شارك تويتر فيسبوك واتساب انستغرام`.split(/\s+/),
);
const STRONG_WORDS =
  /^(?:share|sharing|tweet|follow|pin|facebook|twitter|linkedin|whatsapp|pinterest|reddit|telegram|teilen|partager|compartir|compartilhar|compartilhe|comparte|condividi|partilhar|delen|udostępnij|مشاركة|شارك)$/;
const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

function isBar(text: string): boolean {
  // "1. Facebook": a numbered item of a list about the networks (a share count has no full stop).
  if (/^\d{1,3}[.)]\s/u.test(text)) return false;
  const words = text.toLowerCase().match(WORD);
  if (!words || words.length > 16) return false;
  let strong = false;
  for (const word of words) {
    if (/^\d+[km]?$/.test(word)) continue; // share counts
    if (!BAR_WORDS.has(word)) return false;
    strong ||= STRONG_WORDS.test(word);
  }
  return strong;
}

const TABLE_PART = /^(?:TD|TH|TR|CAPTION)$/;
/** A share bar's heading says "Share" or "Follow"; a heading that only names a network ("7. Pinterest") titles a section about it. */
const BAR_VERB =
  /\b(?:share|sharing|tweet|follow|pin|teilen|partager|compartir|compartilhar|compartilhe|comparte|condividi|partilhar|delen|udostępnij|مشاركة|شارك)\b/iu;

/** Profiles and share intents on the networks; a link here is a follow or share button, not a source. */
const NETWORK_LINK =
  /^https?:\/\/(?:[\w-]+\.)*(?:facebook\.com|fb\.me|twitter\.com|x\.com|instagram\.com|linkedin\.com|youtube\.com|tiktok\.com|bsky\.app|threads\.net|whatsapp\.com|wa\.me|t\.me|telegram\.me|pinterest\.[a-z.]+|reddit\.com|flipboard\.com|snapchat\.com|mastodon\.[a-z.]+)(?:[/?#]|$)/i;
const FOLLOW_CALL =
  /(?:^|[\s:,.])(?:follow|like us|join us|find us|connect with us|get (?:our|the) [\w ]{0,30}on|folgen sie|folge uns|suivez|retrouvez-nous|síguenos|seguici|segui|siga|volg ons|تابعونا|تابعوا)\b/iu;

/** "Follow @gazette on Twitter …" written out, links or not. */
const FOLLOW_ON_NETWORK =
  /^(?:(?:follow|like|join) (?:us|@\w+|[\w.'’ ]{1,40}) on (?:twitter|x|facebook|instagram|linkedin|youtube|tiktok|threads|bluesky|mastodon|telegram|whatsapp)\b|join (?:our|the|my) (?:facebook|telegram|whatsapp|discord|linkedin|reddit) (?:group|channel|community|page|server)\b|subscribe to (?:the |our |my )?[\w'’&. -]{0,40}?(?:youtube|twitch|tiktok) channel\b)/i;

const MAX_FOLLOW = 300;
const MAX_FOLLOW_AT_TAIL = 450;

/** "Follow us on Facebook and Instagram": a short block whose every link goes to a social network. */
function followLinks({ el, text, edge }: Block): string | null {
  // An embedded post (a quoted tweet) links only to its network too, and is content.
  // (Closing the post, a follow line may run on into the site's small print.)
  const most = edge === 'tail' ? MAX_FOLLOW_AT_TAIL : MAX_FOLLOW;
  if (text.length > most || REPORTED_SPEECH.test(text) || el.closest('blockquote')) return null;
  if (text.length > MAX_FOLLOW) return FOLLOW_ON_NETWORK.test(text) ? 'follow line closing the post' : null;
  const named = FOLLOW_ON_NETWORK.exec(text) ?? FOLLOW_US.exec(text);
  if (named) return `follow "${named[0]}"`;
  const links = Array.from(el.getElementsByTagName('a'));
  if (links.length === 0 || !links.every((a) => NETWORK_LINK.test(a.getAttribute('href') ?? ''))) return null;
  const call = FOLLOW_CALL.exec(text);
  if (call && call.index <= 40) return `follow "${call[0].trim()}" with network links`;
  return text.length <= 60 ? 'only network links' : null;
}

/** Short follow/source labels that name no network word of their own (case matters only for the name). */
const FOLLOW_LABEL =
  /^(?:follow (?:us|me)|stay connected(?: with (?:us|me))?|add (?:us )?as a preferred source on google|(?:favou?rite|follow|add) (?:us )?on google news)[!.]?$/iu;
const FOLLOW_NAME = /^[Ff]ollow [A-Z][\w'’&.-]*(?: [A-Z][\w'’&.-]*){0,3}[!.]?$/u;
/** "… and follow us on Facebook, Instagram" at the end of a sign-off line. */
const FOLLOW_US =
  /\bfollow (?:us|me) on (?:twitter|x|facebook|instagram|linkedin|youtube|tiktok|threads|bluesky|mastodon)\b/i;

export const social: ClutterRule = {
  category: 'social',
  attributes: ATTRIBUTES,
  maxMarkedText: 300,
  // A table cell naming a network is data ("LinkedIn | $2.50"), not a button.
  label: ({ el, text }) =>
    FOLLOW_LABEL.test(text) || FOLLOW_NAME.test(text)
      ? `label "${text}"`
      : text.length <= 160 &&
          !TABLE_PART.test(el.tagName) &&
          (!HEADING_TAG.test(el.tagName) || BAR_VERB.test(text)) &&
          isBar(text)
        ? `label "${text}"`
        : null,
  prose: (block) => socialOutro(block) ?? followLinks(block),
};
