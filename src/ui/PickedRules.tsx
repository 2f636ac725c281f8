import { type Settings, type SettingsPatch, withRule } from '../shared/settings';
import { t } from './i18n';

/** The options page's list of the blocks the reader picked to hide, per site, each with Delete. */
export function PickedRules({ settings, onChange }: PickedRulesProps) {
  const sites = Object.keys(settings.pickedRules).sort();
  if (sites.length === 0) return <p class="picked-rules-none">{t('optionsPickedNone')}</p>;
  return (
    <ul class="hidden-sites picked-rules">
      {sites.flatMap((origin) =>
        (settings.pickedRules[origin] ?? []).map((selector) => (
          <li key={`${origin} ${selector}`}>
            <span class="hidden-site" dir="ltr">
              {origin} <code>{selector}</code>
            </span>
            <button
              type="button"
              class="link-button"
              aria-label={t('optionsDeleteRuleLabel', `${origin} ${selector}`)}
              onClick={() => onChange({ pickedRules: withRule(settings, origin, selector, false) })}
            >
              {t('optionsDeleteRule')}
            </button>
          </li>
        )),
      )}
    </ul>
  );
}

interface PickedRulesProps {
  settings: Settings;
  onChange: (patch: SettingsPatch) => void;
}
