import { useEffect, useState } from 'preact/hooks';
import type { PithApi } from '../shared/extension-api';
import {
  type Settings,
  type SettingsPatch,
  siteOrigin,
  toExtractOptions,
  withSiteHiding,
} from '../shared/settings';
import { t } from './i18n';
import { Switch } from './Switch';

/**
 * "Also hide on the page": the switches clean the page itself too, on this site. The first time, it
 * asks for the site's host permission (optional in the manifest); the choice is kept per site, and the
 * content script follows it (and the switches) from the stored settings. Shows how much is hidden.
 */
export function PageHidingControl({
  api,
  settings,
  onChange,
  tabId,
  url,
  closeOnPick,
}: PageHidingControlProps) {
  const origin = siteOrigin(url);
  const on = origin !== null && settings.hideOnPage[origin] === true;
  const [hidden, setHidden] = useState<number | null>(null);
  const [denied, setDenied] = useState(false);
  const [picking, setPicking] = useState(false);
  const pick = async () => {
    if (!(await api.startPicker?.(tabId))) return;
    setPicking(true);
    // The real popup gets out of the way so the reader can point at the page.
    if (closeOnPick) window.close();
  };
  const removeKey = JSON.stringify(settings.remove);

  // Ask the page what it hides now, whenever hiding or a switch changes.
  useEffect(() => {
    if (!api.hideOnPage) return;
    let live = true;
    void api.hideOnPage(tabId, on, toExtractOptions(settings)).then((status) => {
      if (live) setHidden(status?.on ? Object.values(status.hidden).reduce((a, b) => a + b, 0) : null);
    });
    return () => {
      live = false;
    };
  }, [api, tabId, on, removeKey]);

  if (!origin || !api.requestSiteAccess) return null;
  const toggle = (next: boolean) => {
    setDenied(false);
    if (!next) {
      onChange({ hideOnPage: withSiteHiding(settings, origin, false) });
      return;
    }
    // The permission request first, while the click still counts as the reader's gesture.
    const asked = api.requestSiteAccess!(origin);
    onChange({ hideOnPage: withSiteHiding(settings, origin, true) });
    void asked.then(
      (granted) => granted || refuse(),
      () => refuse(),
    );
  };
  const refuse = () => {
    setDenied(true);
    onChange({ hideOnPage: withSiteHiding(settings, origin, false) });
  };
  return (
    <div class="page-hiding">
      <Switch label={t('hideOnPage')} hint={t('hideOnPageHint')} checked={on} onChange={toggle} />
      {api.startPicker && (
        <button type="button" class="link-button page-hiding-pick" onClick={() => void pick()}>
          {t('hidePick')}
        </button>
      )}
      <p class="page-hiding-status" role="status" aria-live="polite">
        {denied
          ? t('hideOnPageDenied')
          : picking
            ? t('hidePickHint')
            : on && hidden !== null
              ? t('hideOnPageCount', hidden)
              : ''}
      </p>
    </div>
  );
}

interface PageHidingControlProps {
  api: PithApi;
  settings: Settings;
  onChange: (patch: SettingsPatch) => void;
  tabId: number;
  url: string;
  /** Close the window once the picker runs (the real toolbar popup). */
  closeOnPick?: boolean;
}
