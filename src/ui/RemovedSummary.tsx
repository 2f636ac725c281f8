import { CLUTTER_CATEGORIES, type ClutterCategory, type RemovedBlock } from '../core/types';
import { CATEGORY_LABELS, removedSummary } from './labels';

/** "Removed 2 ads and 1 donation appeal", expanding to what each block began with and why it went. */
export function RemovedSummary({ removed }: { removed: Record<ClutterCategory, RemovedBlock[]> }) {
  const summary = removedSummary(removed);
  if (!summary)
    return <p class="removed removed-none">Nothing removed: this page had no clutter Pith knows.</p>;
  return (
    <details class="removed">
      <summary>{summary}</summary>
      <ul>
        {CLUTTER_CATEGORIES.flatMap((category) =>
          removed[category].map((block, i) => (
            <li key={`${category}-${i}`}>
              <span class="removed-preview">“{block.preview}”</span>
              <span class="removed-meta">
                <span class="removed-category">{CATEGORY_LABELS[category]}</span>
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
