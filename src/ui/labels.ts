import { CLUTTER_CATEGORIES, type ClutterCategory, type RemovedBlock } from '../core/types';
import { formatList, type MessageKey, type PluralKey, t, tn } from './i18n';

const CATEGORY_KEYS: Record<ClutterCategory, MessageKey> = {
  ads: 'categoryAds',
  appeals: 'categoryAppeals',
  newsletters: 'categoryNewsletters',
  related: 'categoryRelated',
  social: 'categorySocial',
  galleryChrome: 'categoryGalleryChrome',
};

/** Counted nouns for removed blocks: "1 donation appeal", "2 ads". */
const COUNT_KEYS: Record<ClutterCategory, PluralKey> = {
  ads: 'countAds',
  appeals: 'countAppeals',
  newsletters: 'countNewsletters',
  related: 'countRelated',
  social: 'countSocial',
  galleryChrome: 'countGalleryChrome',
};

/** Plain-language name of a clutter category: switch labels and the removed list. */
export function categoryLabel(category: ClutterCategory): string {
  return t(CATEGORY_KEYS[category]);
}

export function countLabel(category: ClutterCategory, count: number): string {
  return tn(COUNT_KEYS[category], count);
}

/** "Removed 2 ads, 1 donation appeal and 1 gallery button", or null when nothing was removed. */
export function removedSummary(removed: Record<ClutterCategory, RemovedBlock[]>): string | null {
  // Blocks the reader chose to show are in the article: not counted as removed.
  const counts = CLUTTER_CATEGORIES.map((c) => [c, removed[c].filter((b) => !b.kept).length] as const);
  const parts = counts.filter(([, n]) => n > 0).map(([c, n]) => countLabel(c, n));
  if (parts.length === 0) return null;
  return t('removedSummary', formatList(parts));
}

export function readingTime(minutes: number): string {
  return tn('readingTime', minutes);
}
