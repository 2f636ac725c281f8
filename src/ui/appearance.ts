import { useEffect } from 'preact/hooks';
import type { Settings } from '../shared/settings';

/**
 * Applies the theme override and text size to the page root. With theme "auto"
 * no attribute is set and the CSS follows prefers-color-scheme.
 */
export function useAppearance(settings: Settings | null): void {
  useEffect(() => {
    if (!settings) return;
    const root = document.documentElement;
    if (settings.theme === 'auto') delete root.dataset.theme;
    else root.dataset.theme = settings.theme;
    root.style.setProperty('--article-size', `${settings.fontSize}px`);
  }, [settings]);
}
