import { CLUTTER_CATEGORIES, type ClutterCategory, type RemovedBlock } from '../core/types';

/** Plain-language names for the clutter categories: switch labels and the "Removed …" summary. */
export const CATEGORY_LABELS: Record<ClutterCategory, string> = {
  ads: 'Ads and sponsored blocks',
  appeals: 'Donation and subscription appeals',
  newsletters: 'Newsletter sign-ups',
  related: '“Read more” and related links',
  social: 'Share and follow buttons',
  galleryChrome: 'Gallery buttons on images',
};

/** Singular and plural nouns for counting removed blocks: "1 donation appeal", "2 ads". */
const NOUNS: Record<ClutterCategory, [string, string]> = {
  ads: ['ad', 'ads'],
  appeals: ['donation appeal', 'donation appeals'],
  newsletters: ['newsletter box', 'newsletter boxes'],
  related: ['link list', 'link lists'],
  social: ['share bar', 'share bars'],
  galleryChrome: ['gallery button', 'gallery buttons'],
};

export function countLabel(category: ClutterCategory, count: number): string {
  const [one, many] = NOUNS[category];
  return `${count} ${count === 1 ? one : many}`;
}

/** "Removed 2 ads, 1 donation appeal and 1 gallery button", or null when nothing was removed. */
export function removedSummary(removed: Record<ClutterCategory, RemovedBlock[]>): string | null {
  const parts = CLUTTER_CATEGORIES.filter((c) => removed[c].length > 0).map((c) =>
    countLabel(c, removed[c].length),
  );
  if (parts.length === 0) return null;
  const last = parts.pop()!;
  return `Removed ${parts.length ? `${parts.join(', ')} and ${last}` : last}`;
}

export function readingTime(minutes: number): string {
  return `${minutes} min read`;
}
