import { useEffect } from 'preact/hooks';
import type { FontChoice, Settings } from '../shared/settings';

const FONT_STACKS: Record<FontChoice, string> = {
  serif: 'Charter, "Bitstream Charter", "Iowan Old Style", "Sitka Text", Cambria, Georgia, serif',
  sans: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  mono: 'ui-monospace, "Cascadia Mono", "SF Mono", Menlo, "DejaVu Sans Mono", monospace',
};

/** The CSS custom properties that set the article's type, from the settings. */
export function typographyProperties(typography: Settings['typography']): Record<string, string> {
  return {
    '--read-font': FONT_STACKS[typography.font],
    '--article-size': `${typography.size}px`,
    '--line-height': String(typography.lineHeight / 100),
    '--content-width': `${typography.width}ch`,
    '--letter-spacing': `${typography.letterSpacing / 1000}em`,
    '--text-align': typography.align,
  };
}

/**
 * Applies the theme and typography to the page root. With theme "auto" no attribute
 * is set and the CSS follows prefers-color-scheme.
 */
export function useAppearance(settings: Settings | null): void {
  useEffect(() => {
    if (!settings) return;
    const root = document.documentElement;
    if (settings.theme === 'auto') delete root.dataset.theme;
    else root.dataset.theme = settings.theme;
    for (const [name, value] of Object.entries(typographyProperties(settings.typography)))
      root.style.setProperty(name, value);
  }, [settings]);
}
