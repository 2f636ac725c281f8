import logo from '../../icons/icon-48.png';
import type { PithApi } from '../shared/extension-api';
import { KEY_QUOTES_RANGE } from '../shared/settings';
import { useAppearance } from './appearance';
import { ClutterSwitches } from './ClutterSwitches';
import { HiddenSites } from './HiddenSites';
import { t } from './i18n';
import { KeptBlocks } from './KeptBlocks';
import { PickedRules } from './PickedRules';
import { ShortcutList } from './ShortcutList';
import { Switch } from './Switch';
import { TypographyPanel } from './TypographyPanel';
import { useSettings } from './use-settings';

/** The options page: the popup's switches plus the quieter settings. Saved as you change them. */
export function OptionsApp({ api }: { api: PithApi }) {
  const [settings, update] = useSettings(api);
  useAppearance(settings);
  if (!settings) return null;
  return (
    <main class="options">
      <header class="options-header">
        <h1>
          <img class="logo" src={logo} alt="" width={28} height={28} />
          {t('optionsTitle')}
        </h1>
        <p>{t('optionsIntro')}</p>
      </header>
      <section aria-labelledby="clutter-heading" class="options-section">
        <h2 id="clutter-heading">{t('optionsClutter')}</h2>
        <ClutterSwitches settings={settings} onChange={update} />
        <div class="switch-grid options-extra">
          <Switch
            label={t('optionsShowFilters')}
            checked={settings.showFilters}
            onChange={(showFilters) => update({ showFilters })}
          />
        </div>
      </section>
      <section aria-labelledby="hide-sites-heading" class="options-section">
        <h2 id="hide-sites-heading">{t('optionsHideSites')}</h2>
        <HiddenSites api={api} settings={settings} onChange={update} />
        <div class="switch-grid options-extra">
          <Switch
            label={t('optionsHideBadge')}
            checked={settings.hideBadge}
            onChange={(hideBadge) => update({ hideBadge })}
          />
        </div>
        <h3>{t('optionsPickedRules')}</h3>
        <PickedRules settings={settings} onChange={update} />
        <h3>{t('optionsKeptBlocks')}</h3>
        <KeptBlocks settings={settings} onChange={update} />
      </section>
      <section aria-labelledby="reading-heading" class="options-section">
        <h2 id="reading-heading">{t('optionsReading')}</h2>
        <label class="field">
          <span>{t('optionsKeyQuotes')}</span>
          <input
            type="number"
            name="keyQuotes"
            min={KEY_QUOTES_RANGE.min}
            max={KEY_QUOTES_RANGE.max}
            value={settings.keyQuotes}
            onChange={(e) => update({ keyQuotes: e.currentTarget.valueAsNumber })}
          />
        </label>
      </section>
      <section aria-labelledby="typography-heading" class="options-section">
        <h2 id="typography-heading">{t('typography')}</h2>
        <TypographyPanel settings={settings} onChange={update} />
      </section>
      <section aria-labelledby="shortcuts-heading" class="options-section">
        <h2 id="shortcuts-heading">{t('optionsShortcuts')}</h2>
        <ShortcutList api={api} />
      </section>
    </main>
  );
}
