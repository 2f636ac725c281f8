import { useEffect, useRef, useState } from 'preact/hooks';
import logo from '../../icons/icon-32.png';
import { CLUTTER_CATEGORIES } from '../core/types';
import type { PithApi } from '../shared/extension-api';
import type { ReadResult } from '../shared/read-result';
import { toExtractOptions } from '../shared/settings';
import { ArticleView } from './ArticleView';
import { useAppearance } from './appearance';
import { ClutterSwitches } from './ClutterSwitches';
import { readingTime } from './labels';
import { ProblemView } from './ProblemView';
import { PROBLEM_MESSAGES } from './problems';
import { RemovedSummary } from './RemovedSummary';
import { useSettings } from './use-settings';

/**
 * The popup: reads the tab with the current clutter settings, and reads it
 * again whenever they change (here or in any other context). While a page is
 * still loading it waits for it and retries on its own.
 */
export function PopupApp({ api, tabId }: { api: PithApi; tabId?: number }) {
  const [settings, update] = useSettings(api);
  useAppearance(settings);
  const [result, setResult] = useState<ReadResult | null>(null);
  const [busy, setBusy] = useState(true);
  // After the first read, keep reading that same tab even if another one becomes active.
  const tabRef = useRef(tabId);
  const extraction = settings ? JSON.stringify(toExtractOptions(settings)) : null;

  useEffect(() => {
    if (!extraction) return;
    const controller = new AbortController();
    const options = JSON.parse(extraction);
    const read = async () => {
      setBusy(true);
      let next = await api.readTab(tabRef.current, options);
      while (!next.ok && next.problem === 'loading' && next.tabId !== null) {
        setResult(next);
        await api.whenTabLoaded(next.tabId, controller.signal);
        if (controller.signal.aborted) return;
        next = await api.readTab(next.tabId, options);
      }
      if (controller.signal.aborted) return;
      if (next.tabId !== null) tabRef.current = next.tabId;
      setResult(next);
      setBusy(false);
    };
    void read();
    return () => controller.abort();
  }, [api, extraction]);

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
          hidden={Boolean(result && !result.ok)}
          aria-expanded={filtersOpen}
          aria-controls="filters"
          onClick={() => update({ showFilters: !filtersOpen })}
        >
          Filters
          {keptCount > 0 && <span class="badge"> · {keptCount} shown</span>}
        </button>
        <button type="button" class="topbar-button" onClick={() => void api.openOptions()}>
          Settings
        </button>
      </header>
      {settings && !(result && !result.ok) && (
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
        ) : result && !result.ok ? (
          <ProblemView problem={result.problem} detail={result.detail} />
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
