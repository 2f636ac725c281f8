import {
  ALIGNMENTS,
  FONTS,
  type Settings,
  type SettingsPatch,
  THEMES,
  TYPOGRAPHY_RANGES,
  type TypographyNumber,
} from '../shared/settings';
import { formatNumber, type MessageKey, t, tn } from './i18n';

const THEME_LABELS: Record<Settings['theme'], MessageKey> = {
  auto: 'themeAuto',
  light: 'themeLight',
  dark: 'themeDark',
  sepia: 'themeSepia',
  contrast: 'themeContrast',
};
const FONT_LABELS: Record<Settings['typography']['font'], MessageKey> = {
  serif: 'fontSerif',
  sans: 'fontSans',
  mono: 'fontMono',
};
const ALIGN_LABELS: Record<Settings['typography']['align'], MessageKey> = {
  start: 'alignStart',
  justify: 'alignJustify',
};
const SLIDERS: { key: TypographyNumber; label: MessageKey; show: (value: number) => string }[] = [
  { key: 'size', label: 'textSize', show: (v) => t('pixels', formatNumber(v)) },
  { key: 'lineHeight', label: 'lineHeight', show: (v) => formatNumber(v / 100) },
  { key: 'width', label: 'textWidth', show: (v) => tn('characters', v) },
  { key: 'letterSpacing', label: 'letterSpacing', show: (v) => t('emValue', formatNumber(v / 1000)) },
];

/**
 * The "Aa" controls: theme, font, size, line height, line length, letter spacing and
 * alignment. The same component in the popup, the reader and the options page, so
 * all three set the same settings the same way.
 */
export function TypographyPanel({ settings, onChange }: TypographyPanelProps) {
  const type = settings.typography;
  const setType = (patch: SettingsPatch['typography']) => onChange({ typography: patch });
  return (
    <div class="typography">
      <Choice
        name="theme"
        legend={t('appearance')}
        options={THEMES}
        labels={THEME_LABELS}
        value={settings.theme}
        onChange={(theme) => onChange({ theme })}
      />
      <Choice
        name="font"
        legend={t('fontLabel')}
        options={FONTS}
        labels={FONT_LABELS}
        value={type.font}
        onChange={(font) => setType({ font })}
      />
      {SLIDERS.map(({ key, label, show }) => (
        <label key={key} class="slider">
          <span class="slider-label">{t(label)}</span>
          <input
            type="range"
            name={key}
            min={TYPOGRAPHY_RANGES[key].min}
            max={TYPOGRAPHY_RANGES[key].max}
            step={TYPOGRAPHY_RANGES[key].step}
            value={type[key]}
            aria-valuetext={show(type[key])}
            onInput={(e) => setType({ [key]: e.currentTarget.valueAsNumber })}
          />
          <output>{show(type[key])}</output>
        </label>
      ))}
      <Choice
        name="align"
        legend={t('alignment')}
        options={ALIGNMENTS}
        labels={ALIGN_LABELS}
        value={type.align}
        onChange={(align) => setType({ align })}
      />
    </div>
  );
}

function Choice<T extends string>({ name, legend, options, labels, value, onChange }: ChoiceProps<T>) {
  return (
    <fieldset class="choice">
      <legend>{legend}</legend>
      <div class="choice-options">
        {options.map((option) => (
          <label key={option} class="radio">
            <input
              type="radio"
              name={name}
              value={option}
              checked={value === option}
              onChange={() => onChange(option)}
            />
            {t(labels[option])}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

interface ChoiceProps<T extends string> {
  name: string;
  legend: string;
  options: readonly T[];
  labels: Record<T, MessageKey>;
  value: T;
  onChange: (value: T) => void;
}

interface TypographyPanelProps {
  settings: Settings;
  onChange: (patch: SettingsPatch) => void;
}
