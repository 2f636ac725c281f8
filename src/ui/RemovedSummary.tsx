import { CLUTTER_CATEGORIES, type ClutterCategory, type RemovedBlock } from '../core/types';
import { t } from './i18n';
import { categoryLabel, removedSummary } from './labels';

/** "Removed 2 ads and 1 donation appeal", expanding to what each block began with and why it went. */
export function RemovedSummary({ removed }: { removed: Record<ClutterCategory, RemovedBlock[]> }) {
  const summary = removedSummary(removed);
  if (!summary) return <p class="removed removed-none">{t('removedNone')}</p>;
  return (
    <details class="removed">
      <summary>{summary}</summary>
      <ul>
        {CLUTTER_CATEGORIES.flatMap((category) =>
          removed[category].map((block, i) => (
            <li key={`${category}-${i}`}>
              <span class="removed-preview">“{block.preview}”</span>
              <span class="removed-meta">
                <span class="removed-category">{categoryLabel(category)}</span>
                <span aria-hidden="true"> · </span>
                <span class="removed-reason">{block.reason}</span>
              </span>
            </li>
          )),
        )}
      </ul>
    </details>
  );
}
