import type { ClutterRule } from './rule';
import { labelPattern, tokenPattern } from './signals';

/** "Read more", "Related", "Most read" link lists and their labels. */
const ATTRIBUTES = tokenPattern([
  'related',
  'relatedposts',
  'related-?(?:posts?|articles?|stories|content|links?|news|reading|topics)',
  'yarpp(?:-[a-z]+)?',
  'crp-?related',
  'recommend(?:ed|ations?)?',
  'most-?(?:read|popular|viewed|shared|commented|emailed)',
  'popular-?(?:posts|stories|articles)',
  'trending(?:-[a-z]+)?',
  'more-?(?:stories|articles|news|from|on-this|like-this)',
  'read-?(?:next|more-?links)',
  'up-?next',
  'also-?(?:read|like)',
  'you-?(?:may|might)-?(?:also-?)?like',
  'post-?nav(?:igation)?',
  'zergnet',
  'internal-?links',
]);

/** Label words for a list of other stories, in the languages Pith's readers meet most. */
const LABELS = [
  'read more',
  'read also',
  'also read',
  'see also',
  'see more',
  'leggi anche su',
  'related',
  'related (?:articles?|stories|story|content|coverage|posts?|news|links|reading|topics|videos?)',
  'recommended(?: for you| stories| articles| reading| videos?)?',
  'more (?:on|about) (?:this|the) (?:story|topic|subject)',
  'more (?:stories|articles|news|to read|like this|from (?:us|the [\\w ]{1,30}|our [\\w ]{1,30}))',
  // "More:", "More great Gazette stories" (never "More than …": a heading of the story's own).
  'more',
  "more (?!than\\b)(?:[\\p{L}\\d’'&-]+ ){1,3}(?:stories|articles|news|reads|posts)",
  'most (?:read|viewed|popular|shared|commented|emailed)(?: (?:stories|articles|today|this week))?',
  'read next',
  'up next',
  "what(?:'|’)?s next",
  'you (?:may|might) (?:also )?(?:like|enjoy|be interested in)',
  'trending(?: now| stories| today)?',
  'popular(?: now| stories| posts| today)?',
  "editor(?:'|’)?s(?:'|’)? picks?",
  'top stories',
  'what others are reading',
  '(?:other )?(?:posts|articles|stories) you (?:may|might) (?:also )?(?:enjoy|like)',
  'you (?:may|might) (?:also )?be interested in.{0,50}',
  'recommends?',
  'keep reading',
  'further reading',
  "don(?:'|’)t miss",
  'tags?',
  'tagged(?: with)?',
  'topics',
  'themen',
  'schlagworte',
  'temas',
  'etiquetas',
  'latest (?:news|stories|articles|posts)',
  'lesen sie auch',
  'mehr zum thema',
  'das könnte sie auch interessieren',
  '(?:à )?lire aussi',
  'sur le même sujet',
  'leia (?:também|mais)',
  'lee también',
  'leer más',
  'te puede interesar',
  'ver también',
  'leggi anche',
  'czytaj (?:też|także|więcej)',
  'читайте также',
  'اقرأ أيضا',
  'اقرأ أيضاً',
  'إقرأ أيضا',
  'مواضيع ذات صلة',
  'اقرأ المزيد',
];
const LABEL = labelPattern(LABELS);

/** "Read more: <headline link>" — the prefix, then mostly a link. */
const LEAD_IN = new RegExp(`^(?:${LABELS.join('|')}|more|watch|listen|related|also)`, 'iu');
/** After the lead-in: a separator, a space, or a capital starting a headline glued on ("DON'T MISSPlague …"). */
const AFTER_LEAD_IN = /^(?:$|[\s:|–—-]|\p{Lu})/u;

export const related: ClutterRule = {
  category: 'related',
  attributes: ATTRIBUTES,
  maxMarkedText: 4000,
  // A block named "related" holding prose (an explainer box) stays; lists of links go.
  acceptMarked: (block) => block.text.length < 40 || block.linkDensity() >= 0.3,
  label: ({ text }) => (text.length <= 60 && LABEL.test(text) ? `label "${text}"` : null),
  prose: (block) => {
    if (block.text.length > 300) return null;
    const text = block.text.replace(/^[([]\s*/, '');
    const m = LEAD_IN.exec(text);
    if (!m || !AFTER_LEAD_IN.test(text.slice(m[0].length))) return null;
    return block.linkDensity() >= 0.5 ? `lead-in "${m[0]}"` : null;
  },
  takesList: true,
};
