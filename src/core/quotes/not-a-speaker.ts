/**
 * Cue phrases that name no one who speaks: a question or a clause with its own verb ("Has your
 * SEO company ever asked …", "Budget is always top of mind, but …"; unless a name follows the
 * verb: "Van Der Beek was eliminated in what host Tom Bergeron described as"), a run of quotes
 * ("'Did she …?' 'Who went on top?'"), a bare "One", a stage direction ("*Awkward laughter* What
 * we"), or the opening of a relative clause ("Un'immagine che ricorda …: “…”": the verb is the
 * clause's, and what it recalls is an image's, not someone's words).
 */
export const NOT_A_SUBJECT =
  /^(?:Has|Have|Had|Did|Does|Is|Are|Was|Were|Could|Would|Should|Why|How|What|Where|Which|Who|(?:It|That|There|Here)['’]s)(?:\s|$)|^One$|\s(?:is|are|was|were)\s(?![\s\S]*\s\p{Lu})|(?:^|\s)['‘"“„«»]|[?!*]|\s(?:che|que|qui|that|which)$/u;

/** "Fifty-one percent say that “…”": a poll's share of respondents, not someone who spoke. */
export const SHARE = /^(?:\S+\s+){0,2}(?:percent|per cent|%)(?:\s|$)|^\d+(?:[.,]\d+)?\s?%/iu;
