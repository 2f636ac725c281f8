import logo from '../../icons/icon-48.png';
import type { PithApi } from '../shared/extension-api';
import { FONT_SIZE_RANGE, KEY_QUOTES_RANGE, THEMES, type Theme } from '../shared/settings';
import { useAppearance } from './appearance';
import { ClutterSwitches } from './ClutterSwitches';
import { type MessageKey, t } from './i18n';
import { Switch } from './Switch';
import { useSettings } from './use-settings';

const THEME_LABELS: Record<Theme, MessageKey> = {
  auto: 'themeAuto',
  light: 'themeLight',
  dark: 'themeDark',
};

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
        <label class="field">
          <span>{t('textSize')}</span>
          <input
            type="range"
            name="fontSize"
            min={FONT_SIZE_RANGE.min}
            max={FONT_SIZE_RANGE.max}
            value={settings.fontSize}
            onInput={(e) => update({ fontSize: e.currentTarget.valueAsNumber })}
          />
          <output>{t('pixels', settings.fontSize)}</output>
        </label>
        <div class="field theme-choice" role="radiogroup" aria-labelledby="theme-label">
          <span id="theme-label">{t('appearance')}</span>
          {THEMES.map((theme) => (
            <label key={theme} class="radio">
              <input
                type="radio"
                name="theme"
                value={theme}
                checked={settings.theme === theme}
                onChange={() => update({ theme })}
              />
              {t(THEME_LABELS[theme])}
            </label>
          ))}
        </div>
      </section>
    </main>
  );
}
