import type { PithApi } from '../shared/extension-api';
import { type Settings, type SettingsPatch, withSiteHiding } from '../shared/settings';
import { t } from './i18n';

/** The options page's list of sites where Pith also hides on the page; "Forget" also gives up the site's access. */
export function HiddenSites({ api, settings, onChange }: HiddenSitesProps) {
  const sites = Object.keys(settings.hideOnPage).sort();
  if (sites.length === 0) return <p class="hidden-sites-none">{t('optionsHideSitesNone')}</p>;
  const forget = (origin: string) => {
    onChange({ hideOnPage: withSiteHiding(settings, origin, false) });
    void api.removeSiteAccess?.(origin).catch(() => {});
  };
  return (
    <ul class="hidden-sites">
      {sites.map((origin) => (
        <li key={origin}>
          <span class="hidden-site" dir="ltr">
            {origin}
          </span>
          <button
            type="button"
            class="link-button"
            aria-label={t('optionsForgetSiteLabel', origin)}
            onClick={() => forget(origin)}
          >
            {t('optionsForgetSite')}
          </button>
        </li>
      ))}
    </ul>
  );
}

interface HiddenSitesProps {
  api: PithApi;
  settings: Settings;
  onChange: (patch: SettingsPatch) => void;
}
