import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { THEMES } from '../../src/shared/settings';

/**
 * Every theme's colours, read from the stylesheet itself, meet WCAG 2.x AA: 4.5:1 for
 * text (body, muted, links, buttons) on each background it sits on, 3:1 for what makes
 * a control visible (focus ring, switch tracks on and off).
 */
const CSS = readFileSync(
  path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src/ui/pith.css'),
  'utf8',
);

type Palette = Record<string, string>;

function block(selector: string): string {
  const start = CSS.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`no ${selector} block in pith.css`);
  return CSS.slice(start, CSS.indexOf('}', start));
}

function declarations(body: string): [string, string][] {
  return [...body.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]);
}

/** light and dark from :root's light-dark() pairs; sepia and contrast from their own blocks. */
function palettes(): Record<string, Palette> {
  const root = declarations(block(':root'));
  const side = (i: number): Palette =>
    Object.fromEntries(
      root.flatMap(([name, value]) => {
        const m = /^light-dark\((#[0-9a-f]{3,6}),\s*(#[0-9a-f]{3,6})\)$/i.exec(value);
        return m ? [[name, m[i + 1]!]] : /^#[0-9a-f]{3,6}$/i.test(value) ? [[name, value]] : [];
      }),
    );
  const own = (theme: string): Palette => ({
    ...side(0),
    ...Object.fromEntries(declarations(block(`:root[data-theme="${theme}"]`))),
  });
  return { light: side(0), dark: side(1), sepia: own('sepia'), contrast: own('contrast') };
}

function luminance(hex: string): number {
  const full = hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex;
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(full.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const TEXT: [string, string][] = [
  ['--text', '--bg'],
  ['--text', '--surface'],
  ['--text', '--surface-strong'],
  ['--muted', '--bg'],
  ['--muted', '--surface'],
  ['--accent-strong', '--bg'],
  ['--accent-strong', '--surface'],
  ['--accent-strong', '--accent-soft'],
  // The paragraph being read aloud.
  ['--text', '--accent-soft'],
];
const CONTROLS: [string, string][] = [
  ['--focus', '--bg'],
  ['--focus', '--surface'],
  ['--accent', '--bg'],
  ['--accent', '--surface'],
  ['--track-off', '--bg'],
  ['--track-off', '--surface'],
  ['--knob', '--accent'],
  ['--knob', '--track-off'],
];

describe('theme contrast (WCAG AA)', () => {
  const all = palettes();

  it('knows every explicit theme in the settings', () => {
    expect(Object.keys(all).sort()).toEqual(THEMES.filter((t) => t !== 'auto').sort());
  });

  it('computes contrast like WCAG does', () => {
    expect(contrast('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrast('#777', '#fff')).toBeCloseTo(4.48, 2);
  });

  it.each(Object.keys(all))('%s: text 4.5:1, controls 3:1', (theme) => {
    const palette = all[theme]!;
    const failures: string[] = [];
    for (const [pairs, min] of [
      [TEXT, 4.5],
      [CONTROLS, 3],
    ] as const) {
      for (const [fg, bg] of pairs) {
        expect(palette[fg], `${theme} ${fg}`).toBeDefined();
        expect(palette[bg], `${theme} ${bg}`).toBeDefined();
        const ratio = contrast(palette[fg]!, palette[bg]!);
        if (ratio < min) failures.push(`${fg} on ${bg}: ${ratio.toFixed(2)} < ${min}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
