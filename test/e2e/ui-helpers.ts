import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { SETTINGS_VERSION } from '../../src/shared/settings';
import { type ChromiumSession, useChromium } from './harness';

/**
 * Helpers for the interface e2e tests (layout at every width, keyboard, axe):
 * measuring overflow, running axe-core in a page, and a Chromium whose interface
 * language is chosen (to test the Arabic, right-to-left interface).
 */

/** The widths the popup must fit, and 200% zoom of an 800×600 popup (400×300 CSS px). */
export const WIDTHS = [320, 400, 560, 800] as const;
export const ZOOM_200 = { width: 400, height: 300 } as const;

export interface Overflow {
  what: string;
  left: number;
  right: number;
}

/**
 * What sticks out sideways: every rendered element whose box leaves the viewport
 * on the left or right, a page wider than its viewport (a horizontal scrollbar),
 * and any element whose content is wider than its box where that would be cut off
 * (overflow not visible, and not a deliberate one-line ellipsis).
 */
export function horizontalOverflow(page: Page): Promise<Overflow[]> {
  return page.evaluate(() => {
    const out: { what: string; left: number; right: number }[] = [];
    const width = document.documentElement.clientWidth;
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`;
    if (document.documentElement.scrollWidth > width + 1)
      out.push({
        what: 'document (horizontal scrollbar)',
        left: 0,
        right: document.documentElement.scrollWidth,
      });
    for (const el of document.body.querySelectorAll('*')) {
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      // Visually hidden helpers (1×1, clipped) are there for screen readers only.
      if (rect.width <= 1 && rect.height <= 1) continue;
      if (rect.left < -1 || rect.right > width + 1)
        out.push({ what: describe(el), left: Math.round(rect.left), right: Math.round(rect.right) });
      const cuts = style.overflowX === 'hidden' || style.overflowX === 'clip';
      if (cuts && style.textOverflow !== 'ellipsis' && el.scrollWidth > el.clientWidth + 1)
        out.push({ what: `${describe(el)} (content cut off)`, left: el.clientWidth, right: el.scrollWidth });
    }
    return out;
  });
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Runs axe-core (WCAG 2.x A/AA rules and best practices) in the page; returns its violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated over the DevTools protocol, so the extension page's CSP doesn't apply.
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    type Result = {
      violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
    };
    const { axe } = globalThis as unknown as { axe: { run(ctx: Document, o: object): Promise<Result> } };
    const result = await axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
}

/**
 * Why Chromium can't show its interface in `lang` here (Debian ships other languages
 * than en-US in the chromium-l10n package), or null when it can.
 */
export function languageSkipReason(lang: string): string | null {
  return existsSync(`/usr/lib/chromium/locales/${lang}.pak`)
    ? null
    : `Chromium has no ${lang} locale here (apt-get install chromium-l10n).`;
}

/** Like harness.useChromium, with the browser's interface language set (e.g. 'ar'). */
export function useChromiumInLanguage(lang: string): ChromiumSession {
  return useChromium({ lang });
}

/** Sets the theme the way the options page does, from an extension page. */
export async function setTheme(page: Page, theme: string): Promise<void> {
  await page.evaluate(
    async ([value, version]) => {
      const { chrome } = globalThis as unknown as {
        chrome: {
          storage: {
            sync: {
              get(k: string): Promise<Record<string, { version: number; values: object }>>;
              set(v: object): Promise<void>;
            };
          };
        };
      };
      const stored = (await chrome.storage.sync.get('settings')).settings ?? { version, values: {} };
      await chrome.storage.sync.set({ settings: { ...stored, values: { ...stored.values, theme: value } } });
    },
    [theme, SETTINGS_VERSION] as const,
  );
  await page.waitForFunction((value) => (document.documentElement.dataset.theme ?? 'auto') === value, theme);
}
