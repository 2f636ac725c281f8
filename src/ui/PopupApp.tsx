import logo from '../../icons/icon-32.png';
import { CLUTTER_CATEGORIES } from '../core/types';
import type { PithApi } from '../shared/extension-api';
import type { ReadResult } from '../shared/read-result';
import { ArticleView } from './ArticleView';
import { useAppearance } from './appearance';
import { ClutterSwitches } from './ClutterSwitches';
import { readingTime } from './labels';
import { ProblemView } from './ProblemView';
import { PROBLEM_MESSAGES } from './problems';
import { RemovedSummary } from './RemovedSummary';
import { useSettings } from './use-settings';
import { useTabReading } from './use-tab-reading';

/**
 * The popup: a top bar, the clutter switches, what was removed, and the article
 * (or a friendly message when there is none). Reading is in useTabReading.
 */
export function PopupApp({ api, tabId }: { api: PithApi; tabId?: number }) {
  const [settings, update] = useSettings(api);
  useAppearance(settings);
  const { result, busy } = useTabReading(api, tabId, settings);
  const problem = result && !result.ok ? result : null;
  const article = result?.ok ? result.article : null;
  const filtersOpen = settings?.showFilters ?? true;
  // Categories the reader chose to keep in the article, shown on the Filters button.
  const keptCount = settings ? CLUTTER_CATEGORIES.filter((c) => !settings.remove[c]).length : 0;
  return (
    <div class="app">
      <header class="topbar">
        <img class="logo" src={logo} alt="" width={22} height={22} />
        <span class="brand">Pith</span>
        <span class="topbar-site">{article?.siteName ?? ''}</span>
        <button
          type="button"
          class="topbar-button"
          hidden={Boolean(problem)}
          aria-expanded={filtersOpen}
          aria-controls="filters"
          onClick={() => update({ showFilters: !filtersOpen })}
        >
          Filters
          {keptCount > 0 && <span class="badge"> · {keptCount} off</span>}
        </button>
        <button type="button" class="topbar-button" onClick={() => void api.openOptions()}>
          Settings
        </button>
      </header>
      {settings && !problem && (
        <section id="filters" class="controls" aria-label="Clutter filters" hidden={!filtersOpen}>
          <ClutterSwitches settings={settings} onChange={update} compact />
        </section>
      )}
      {article && (
        <div class="removed-bar">
          <RemovedSummary removed={article.removed} />
        </div>
      )}
      <main class={busy && article ? 'reader is-updating' : 'reader'} aria-busy={busy}>
        {article && settings ? (
          <ArticleView article={article} keyQuotes={settings.keyQuotes} />
        ) : problem ? (
          <ProblemView problem={problem.problem} detail={problem.detail} />
        ) : (
          <div class="problem">
            <span class="spinner" aria-hidden="true" />
          </div>
        )}
      </main>
      <p class="visually-hidden" role="status" aria-live="polite">
        {statusText(busy, result)}
      </p>
    </div>
  );
}

function statusText(busy: boolean, result: ReadResult | null): string {
  if (result && !result.ok) return PROBLEM_MESSAGES[result.problem].title;
  if (busy) return 'Reading the page…';
  if (result?.ok) return `Article ready, ${readingTime(result.article.readingMinutes)}.`;
  return '';
}
