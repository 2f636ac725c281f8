/**
 * A paywall or registration cut: the page shows only the start of the story and then
 * asks the reader to subscribe or log in to read the rest. The prompt itself is clutter
 * (it goes, reported as an appeal), but the reader must be told the text is incomplete,
 * so a cut found at the end of the article sets `Article.truncated`.
 */
const CUT_PHRASES = [
  /\bto (?:read|continue reading|keep reading|see|access|unlock) (?:the rest|the (?:full|whole|complete|entire) (?:story|article|text|piece|post)|(?:this|the) (?:story|article|piece) in full|more of this|all of this)\b/i,
  /\b(?:subscribe|sign in|log ?in|register|become a (?:member|subscriber)|subscribers?)\b.{0,60}\b(?:to (?:read|continue|keep reading|unlock)|continue reading|keep reading|read (?:the rest|on|the full))\b/i,
  /\b(?:the rest of )?this (?:article|story|content|post) is (?:only )?(?:for|available to|reserved for|exclusive to) (?:paying |premium |our )?(?:subscribers|members)\b/i,
  /\b(?:you(?:'|’)ve|you have) (?:reached|used) (?:your|the) (?:limit|free articles?|monthly limit)\b/i,
  // "This is subscriber-only content", "Premium-only article." — the page's own text, not a platform's feature ("sell member-only content").
  /(?:^|[.!?:]\s+|\bthis (?:is )?(?:an? )?)(?:subscriber|premium|members?)[- ]only (?:content|article|story)\b/i,
  /\bweiterlesen mit\b|\bdiesen artikel (?:weiter|vollständig) lesen\b|\bpour lire la suite\b|\bpara (?:seguir|continuar) leyendo\b|\bper continuare a leggere\b/i,
];
/** Class/data names of the cut itself (`paywall`, `regwall`, `meter-wall`, `premium-gate`). */
const CUT_ATTRIBUTE =
  /(?<![a-z])(?:pay-?wall|reg-?wall|registration-?wall|meter-?wall|premium-?(?:gate|wall|barrier)|subscriber-?wall|piano-?(?:inline|paywall))(?![a-z])/;

/** The prompt's text says the story continues behind a subscription or a log-in. */
export function cutReason(text: string): string | null {
  if (text.length > 900) return null;
  for (const phrase of CUT_PHRASES) {
    const m = phrase.exec(text);
    if (m) return m[0];
  }
  return null;
}

export function isCutAttribute(signature: string): boolean {
  return CUT_ATTRIBUTE.test(signature);
}
