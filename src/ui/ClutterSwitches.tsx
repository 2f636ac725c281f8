import { CLUTTER_CATEGORIES } from '../core/types';
import type { Settings, SettingsPatch } from '../shared/settings';
import { t } from './i18n';
import { categoryLabel } from './labels';
import { Switch } from './Switch';

/** The clutter switches, shared by the popup and the options page. On = hidden from the article. */
export function ClutterSwitches({ settings, onChange, compact = false }: ClutterSwitchesProps) {
  return (
    <fieldset class={compact ? 'clutter-switches compact' : 'clutter-switches'}>
      <legend>{t('hideFromArticle')}</legend>
      <div class="switch-grid">
        {CLUTTER_CATEGORIES.map((category) => (
          <Switch
            key={category}
            label={categoryLabel(category)}
            checked={settings.remove[category]}
            onChange={(checked) => onChange({ remove: { [category]: checked } })}
          />
        ))}
        <Switch
          label={t('imageCaptions')}
          // Shown under "Hide" like the rest, so on means hidden: the inverse of the setting.
          checked={!settings.captions}
          onChange={(hide) => onChange({ captions: !hide })}
        />
      </div>
    </fieldset>
  );
}

interface ClutterSwitchesProps {
  settings: Settings;
  onChange: (patch: SettingsPatch) => void;
  compact?: boolean;
}
