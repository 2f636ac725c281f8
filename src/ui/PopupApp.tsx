import { useEffect, useRef, useState } from 'preact/hooks';
import logo from '../../icons/icon-32.png';
import { CLUTTER_CATEGORIES } from '../core/types';
import { newEntryId, saveEntry } from '../reader/reader-store';
import type { PithApi } from '../shared/extension-api';
import type { ReadResult } from '../shared/read-result';
import { toExtractOptions, withKept } from '../shared/settings';
import { ArticleView } from './ArticleView';
import { useAppearance } from './appearance';
import { ClutterSwitches } from './ClutterSwitches';
import { t } from './i18n';
import { readingTime } from './labels';
import { PageHidingControl } from './PageHidingControl';
import { ProblemView } from './ProblemView';
import { problemMessage } from './problems';
import { RemovedSummary } from './RemovedSummary';
import { TypographyPanel } from './TypographyPanel';
import { useSettings } from './use-settings';
import { useTabReading } from './use-tab-reading';

/**
 * The popup: a skip link, the controls (top bar, clutter switches, what was
 * removed) in an area that never takes more than half the height, and the article,
 * which has the focus from the start so PageDown, Space, arrows, Home and End
 * scroll it at once. Reading is in useTabReading.
 */
export function PopupApp({ api, tabId }: { api: PithApi; tabId?: number }) {
  const [settings, update] = useSettings(api);
  useAppearance(settings);
  const { result, busy } = useTabReading(api, tabId, settings);
  const problem = result && !result.ok ? result : null;
  const article = result?.ok ? result.article : null;
  // Open at first (settings.showFilters); once the reader has used the Filters button it starts closed.
  const [filtersToggled, setFiltersToggled] = useState<boolean | null>(null);
  const filtersOpen = filtersToggled ?? settings?.showFilters ?? false;
  const toggleFilters = () => {
    setFiltersToggled(!filtersOpen);
    if (settings?.showFilters) update({ showFilters: false });
  };
  const [typographyOpen, setTypographyOpen] = useState(false);
  const main = useRef<HTMLElement>(null);
  useEffect(() => main.current?.focus({ preventScroll: true }), []);
  // The full-tab reader gets this very extraction (stored, then opened by id): no second read.
  const openInReader = async () => {
    if (!result?.ok || !settings) return;
    const id = newEntryId();
    const { url, tabId: sourceTab, article: read } = result;
    const options = toExtractOptions(settings, url);
    await saveEntry(api.readerArea, {
      id,
      url,
      tabId: sourceTab,
      savedAt: Date.now(),
      article: read,
      options,
    });
    await api.openReaderTab(id, sourceTab);
    // A real popup (no ?tab=) closes; the reader tab has the article now.
    if (tabId === undefined) window.close();
  };
  // Categories the reader chose to keep in the article, shown on the Filters button.
  const keptCount = settings ? CLUTTER_CATEGORIES.filter((c) => !settings.remove[c]).length : 0;
  return (
    <div class="app">
      <a class="skip-link" href="#article">
        {t('skipToArticle')}
      </a>
      <header class="topbar">
        <img class="logo" src={logo} alt="" width={22} height={22} />
        <span class="brand">{t('shortName')}</span>
        <span class="topbar-site">{article?.siteName ?? ''}</span>
        <button
          type="button"
          class="topbar-button"
          hidden={Boolean(problem)}
          aria-expanded={filtersOpen}
          aria-controls="filters"
          onClick={toggleFilters}
        >
          {t('filters')}
          {keptCount > 0 && <span class="badge"> · {t('filtersOff', keptCount)}</span>}
        </button>
        <button
          type="button"
          class="topbar-button typography-button"
          aria-expanded={typographyOpen}
          aria-controls="typography"
          onClick={() => setTypographyOpen(!typographyOpen)}
        >
          <span aria-hidden="true">{t('typographyButton')}</span>
          <span class="visually-hidden">{t('typography')}</span>
        </button>
        <button type="button" class="topbar-button" hidden={!article} onClick={() => void openInReader()}>
          {t('openInReader')}
        </button>
        <button type="button" class="topbar-button" onClick={() => void api.openOptions()}>
          {t('settings')}
        </button>
        <p class="visually-hidden" role="status" aria-live="polite">
          {statusText(busy, result)}
        </p>
      </header>
      <div class="upper">
        {settings && !problem && (
          <section id="filters" class="controls" aria-label={t('clutterFilters')} hidden={!filtersOpen}>
            <ClutterSwitches settings={settings} onChange={update} compact />
            {result?.ok && (
              <PageHidingControl
                api={api}
                settings={settings}
                onChange={update}
                tabId={result.tabId}
                url={result.url}
                closeOnPick={tabId === undefined}
              />
            )}
          </section>
        )}
        {settings && (
          <section id="typography" class="controls" aria-label={t('typography')} hidden={!typographyOpen}>
            <TypographyPanel settings={settings} onChange={update} />
          </section>
        )}
        {article && (
          <section class="removed-bar" aria-label={t('removedRegion')}>
            <RemovedSummary
              removed={article.removed}
              // Written first, not optimistically: the content script reads the kept blocks from storage,
              // so the re-read must start after the write (the storage change starts it).
              onKeep={(block, keep) =>
                settings &&
                result?.ok &&
                void api.setSettings({ keptBlocks: withKept(settings, result.url, block.id, keep) })
              }
            />
          </section>
        )}
      </div>
      <main
        id="article"
        ref={main}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be focusable for the keyboard to scroll it (WCAG 2.1.1, axe scrollable-region-focusable).
        tabIndex={0}
        class={busy && article ? 'reader is-updating' : 'reader'}
        aria-busy={busy}
      >
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
    </div>
  );
}

function statusText(busy: boolean, result: ReadResult | null): string {
  if (result && !result.ok) return problemMessage(result.problem).title;
  if (busy) return t('statusReading');
  if (result?.ok) return t('statusReady', readingTime(result.article.readingMinutes));
  return '';
}
