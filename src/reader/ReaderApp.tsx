import { useEffect, useState } from 'preact/hooks';
import logo from '../../icons/icon-32.png';
import type { PithApi } from '../shared/extension-api';
import { withKept } from '../shared/settings';
import { ArticleView } from '../ui/ArticleView';
import { useAppearance } from '../ui/appearance';
import { ClutterSwitches } from '../ui/ClutterSwitches';
import { formatNumber, t } from '../ui/i18n';
import { RemovedSummary } from '../ui/RemovedSummary';
import { TypographyPanel } from '../ui/TypographyPanel';
import { useSettings } from '../ui/use-settings';
import { ExportPanel } from './ExportPanel';
import { ReadAloud } from './ReadAloud';
import { useReaderEntry } from './use-reader-entry';

type Panel = 'filters' | 'typography' | 'export' | 'speech';

import { useReadingPosition } from './use-reading-position';

/**
 * The full-tab reader: the article the popup already extracted (no second read),
 * with its key quotes, the removed list, the switches and the "Aa" panel, a reading
 * progress bar, the place kept per article, and a link back to the original page.
 */
export function ReaderApp({ api, id }: { api: PithApi; id: string }) {
  const [settings, update] = useSettings(api);
  useAppearance(settings);
  const state = useReaderEntry(api, id, settings);
  const entry = state.kind === 'ready' ? state.entry : null;
  const progress = useReadingPosition(api, entry && settings ? entry.url : null);
  const [panel, setPanel] = useState<Panel | null>(null);
  useEffect(() => {
    if (entry) document.title = entry.article.title;
  }, [entry]);
  useEffect(() => {
    if (entry) performance.mark('pith-article-shown');
  }, [Boolean(entry)]);
  const toggle = (which: Panel) => setPanel(panel === which ? null : which);

  return (
    <div class="reader-page">
      <a class="skip-link" href="#article">
        {t('skipToArticle')}
      </a>
      <header class="reader-top">
        <div class="reader-bar">
          <img class="logo" src={logo} alt="" width={22} height={22} />
          <span class="brand">{t('shortName')}</span>
          {entry && (
            <a class="reader-source" href={entry.url} rel="noreferrer">
              {t('originalPage')}
              <span class="visually-hidden">: {new URL(entry.url).host}</span>
            </a>
          )}
          <span class="reader-bar-fill" />
          {entry && settings && (
            <>
              <button
                type="button"
                class="topbar-button"
                aria-expanded={panel === 'filters'}
                aria-controls="filters"
                onClick={() => toggle('filters')}
              >
                {t('filters')}
              </button>
              <button
                type="button"
                class="topbar-button typography-button"
                aria-expanded={panel === 'typography'}
                aria-controls="typography"
                onClick={() => toggle('typography')}
              >
                <span aria-hidden="true">{t('typographyButton')}</span>
                <span class="visually-hidden">{t('typography')}</span>
              </button>
              <button
                type="button"
                class="topbar-button"
                aria-expanded={panel === 'export'}
                aria-controls="export"
                onClick={() => toggle('export')}
              >
                {t('exportLabel')}
              </button>
              <button
                type="button"
                class="topbar-button"
                aria-expanded={panel === 'speech'}
                aria-controls="speech"
                onClick={() => toggle('speech')}
              >
                {t('readAloud')}
              </button>
            </>
          )}
        </div>
        {entry && settings && (
          <div class="reader-open-panels">
            <section
              id="filters"
              class="controls"
              aria-label={t('clutterFilters')}
              hidden={panel !== 'filters'}
            >
              <ClutterSwitches settings={settings} onChange={update} compact />
            </section>
            <section
              id="typography"
              class="controls"
              aria-label={t('typography')}
              hidden={panel !== 'typography'}
            >
              <TypographyPanel settings={settings} onChange={update} />
            </section>
            <section id="export" class="controls" aria-label={t('exportLabel')} hidden={panel !== 'export'}>
              <ExportPanel article={entry.article} url={entry.url} />
            </section>
            <section id="speech" class="controls" aria-label={t('readAloud')} hidden={panel !== 'speech'}>
              {panel === 'speech' && <ReadAloud lang={entry.article.lang} />}
            </section>
          </div>
        )}
        <progress
          class="reading-progress"
          max={100}
          value={Math.round(progress * 100)}
          aria-label={t('readingProgress')}
          aria-valuetext={`${formatNumber(Math.round(progress * 100))} %`}
        />
      </header>
      {entry && settings && (
        <div class="reader-panels">
          <section class="removed-bar" aria-label={t('removedRegion')}>
            <RemovedSummary
              removed={entry.article.removed}
              // Written first, not optimistically: the content script reads the kept blocks from storage.
              onKeep={(block, keep) =>
                void api.setSettings({ keptBlocks: withKept(settings, entry.url, block.id, keep) })
              }
            />
          </section>
        </div>
      )}
      <main
        id="article"
        tabIndex={-1}
        class="reader-main"
        aria-busy={state.kind === 'loading' || (state.kind === 'ready' && state.busy)}
      >
        {state.kind === 'ready' && state.movedOn && (
          <p class="reader-notice" role="status">
            {t('sourceMovedOn')}
          </p>
        )}
        {entry && settings ? (
          <ArticleView article={entry.article} keyQuotes={settings.keyQuotes} />
        ) : state.kind === 'expired' ? (
          <div class="problem">
            <h1>{t('readerExpiredTitle')}</h1>
            <p>{t('readerExpiredBody')}</p>
          </div>
        ) : (
          <div class="problem">
            <span class="spinner" aria-hidden="true" />
          </div>
        )}
      </main>
    </div>
  );
}
