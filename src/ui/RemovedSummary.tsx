import { CLUTTER_CATEGORIES, type ClutterCategory, type RemovedBlock } from '../core/types';
import { t } from './i18n';
import { categoryLabel, removedSummary } from './labels';

interface RemovedSummaryProps {
  removed: Record<ClutterCategory, RemovedBlock[]>;
  /** "Show" (keep true) puts one block back in the article; "Remove again" takes it out. Absent: a list only. */
  onKeep?: (block: RemovedBlock, keep: boolean) => void;
}

/**
 * "Removed 2 ads and 1 donation appeal", expanding to what each block began with and why it went,
 * each with "Show" (that one block back in the article; the category's switch still shows them all).
 */
export function RemovedSummary({ removed, onKeep }: RemovedSummaryProps) {
  const summary = removedSummary(removed);
  const anyKept = CLUTTER_CATEGORIES.some((c) => removed[c].some((block) => block.kept));
  if (!summary && !anyKept) return <p class="removed removed-none">{t('removedNone')}</p>;
  return (
    <details class="removed">
      <summary>{summary ?? t('removedNone')}</summary>
      <ul>
        {CLUTTER_CATEGORIES.flatMap((category) =>
          removed[category].map((block, i) => (
            <li key={block.id ?? `${category}-${i}`} class={block.kept ? 'removed-kept' : undefined}>
              <span class="removed-preview">“{block.preview}”</span>
              <span class="removed-meta">
                <span class="removed-category">{categoryLabel(category)}</span>
                <span aria-hidden="true"> · </span>
                <span class="removed-reason">{block.kept ? t('removedKept') : block.reason}</span>
                {onKeep && block.id && (
                  <button
                    type="button"
                    class="link-button removed-action"
                    aria-label={t(block.kept ? 'removedHideAgainLabel' : 'removedShowLabel', block.preview)}
                    onClick={() => onKeep(block, !block.kept)}
                  >
                    {t(block.kept ? 'removedHideAgain' : 'removedShow')}
                  </button>
                )}
              </span>
            </li>
          )),
        )}
      </ul>
    </details>
  );
}
