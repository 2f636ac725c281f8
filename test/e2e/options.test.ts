import { describe, expect, it } from 'vitest';
import { openReader, optionsUrl, skipReason, useChromium, waitUntilRead } from './harness';

describe.skipIf(skipReason)('popup and options page controls (Chromium)', () => {
  const session = useChromium();

  it('a switch flipped in one shows in the other at once, both ways', async () => {
    const { popup } = await openReader(session.browser, `${session.server.origin}/nissan/`);
    const options = await session.browser.context.newPage();
    await options.goto(optionsUrl(session.browser));
    const label = 'Donation and subscription appeals';
    const inOptions = options.getByRole('switch', { name: label });
    const inPopup = popup.getByRole('switch', { name: label });
    await expect(inOptions.isChecked()).resolves.toBe(true);

    await inOptions.uncheck();
    await expect.poll(() => inPopup.isChecked()).toBe(false);
    await waitUntilRead(popup);

    await inPopup.check();
    await expect.poll(() => inOptions.isChecked()).toBe(true);

    // The quieter settings too: the theme chosen in options applies to the open popup.
    await options.getByRole('radio', { name: 'Dark' }).check();
    await expect.poll(() => popup.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await options.getByRole('radio', { name: 'Match the system' }).check();
    await expect
      .poll(() => popup.evaluate(() => document.documentElement.dataset.theme ?? 'auto'))
      .toBe('auto');
  });

  it('works from the keyboard: tab order, visible focus, Space flips a switch', async () => {
    const { popup } = await openReader(session.browser, `${session.server.origin}/nissan/`);
    await popup.bringToFront();
    const focused = () =>
      popup.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el
          ? `${el.tagName.toLowerCase()}:${el.getAttribute('role') ?? ''}:${el.closest('label')?.textContent ?? el.textContent}`
          : '';
      });
    await popup.keyboard.press('Tab');
    expect(await focused()).toBe('button::Filters');
    await popup.keyboard.press('Tab');
    expect(await focused()).toBe('button::Settings');
    await popup.keyboard.press('Tab');
    expect(await focused()).toBe('input:switch:Ads and sponsored blocks');
    // The focus ring is drawn on the visible track next to the (transparent) checkbox.
    const outline = await popup.evaluate(
      () => getComputedStyle(document.activeElement!.nextElementSibling!).outlineStyle,
    );
    expect(outline).toBe('solid');
    await popup.keyboard.press('Space');
    await expect
      .poll(() => popup.getByRole('switch', { name: 'Ads and sponsored blocks' }).isChecked())
      .toBe(false);
    await waitUntilRead(popup);
    await popup.keyboard.press('Space');
    await expect
      .poll(() => popup.getByRole('switch', { name: 'Ads and sponsored blocks' }).isChecked())
      .toBe(true);
  });
});
