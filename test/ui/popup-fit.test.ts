// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fitPopupToViewport } from '../../src/ui/popup-fit';

function fakeWindow(width: number, height: number) {
  const listeners: (() => void)[] = [];
  const win = {
    innerWidth: width,
    innerHeight: height,
    addEventListener: (_: string, fn: () => void) => listeners.push(fn),
  } as unknown as Window & { innerWidth: number; innerHeight: number };
  const resize = (w: number, h: number) => {
    Object.assign(win, { innerWidth: w, innerHeight: h });
    for (const fn of listeners) fn();
  };
  return { win, resize };
}

describe('popup size', () => {
  it('asks for 560×600 during Chrome’s 25×25 sizing start, then takes a smaller viewport in px', () => {
    const root = document.createElement('html');
    const { win, resize } = fakeWindow(25, 25);
    fitPopupToViewport(win, root);
    expect(root.style.getPropertyValue('--popup-width')).toBe('');
    // 200% zoom: Chrome caps the popup at 800×600 device px, 400×300 CSS px.
    resize(400, 300);
    expect(root.style.getPropertyValue('--popup-width')).toBe('400px');
    expect(root.style.getPropertyValue('--popup-height')).toBe('300px');
    // Room again (a tab made wider): back to the natural size.
    resize(800, 700);
    expect(root.style.getPropertyValue('--popup-width')).toBe('');
    expect(root.style.getPropertyValue('--popup-height')).toBe('');
  });
});
