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
  const parts = CLUTTER_CATEGORIES.filter((c) => removed[c].length > 0).map((c) =>
    countLabel(c, removed[c].length),
  );
  if (parts.length === 0) return null;
  return t('removedSummary', formatList(parts));
}

export function readingTime(minutes: number): string {
  return tn('readingTime', minutes);
}
