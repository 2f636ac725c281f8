import { beforeAll, describe, expect, it } from 'vitest';
import {
  openPopupFor,
  openReader,
  readExpected,
  skipReason,
  tabIdOf,
  useChromium,
  visibleText,
  waitUntilRead,
} from './harness';

interface NissanExpected {
  paragraphs: string[];
  absent: string[];
  keptWhenOff: { ads: string[] };
}

describe.skipIf(skipReason)('reading an article in the popup (Chromium)', () => {
  const session = useChromium();
  let expected: NissanExpected;

  beforeAll(async () => {
    expected = await readExpected<NissanExpected>('nissan');
  });

  it('shows every body paragraph, none of the clutter, and quotes by Ivan Espinosa', async () => {
    const { target, popup } = await openReader(session.browser, `${session.server.origin}/nissan/`);
    const text = await visibleText(popup.locator('.article-body'));
    for (const paragraph of expected.paragraphs) expect(text).toContain(paragraph);
    for (const clutter of expected.absent) expect(text).not.toContain(clutter);
    await expect(visibleText(popup.locator('.article-header h1'))).resolves.not.toBe('');
    expect(await visibleText(popup.locator('.removed summary'))).toMatch(/^Removed \d/);

    const speakers = await popup.locator('.quotes .speaker-name').allInnerTexts();
    expect(speakers).toContain('Ivan Espinosa');
    await Promise.all([popup.close(), target.close()]);
  });

  it('brings the ads back when the ads switch is turned off, and remembers it across popups and restarts', async () => {
    const charger = expected.keptWhenOff.ads[0]!;
    const { target, popup } = await openReader(session.browser, `${session.server.origin}/nissan/`);
    expect(await visibleText(popup.locator('.article-body'))).not.toContain(charger);

    const ads = popup.getByRole('switch', { name: 'Ads and sponsored blocks' });
    await expect(ads.isChecked()).resolves.toBe(true);
    await ads.uncheck();
    await expect.poll(() => visibleText(popup.locator('.article-body'))).toContain(charger);

    // Closing and reopening the popup keeps the choice.
    const tabId = await tabIdOf(session.browser, target);
    await popup.close();
    const reopened = await openPopupFor(session.browser, tabId);
    await expect(
      reopened.getByRole('switch', { name: 'Ads and sponsored blocks' }).isChecked(),
    ).resolves.toBe(false);
    expect(await visibleText(reopened.locator('.article-body'))).toContain(charger);

    // So does a browser restart with the same profile.
    await session.restart();
    const afterRestart = await openReader(session.browser, `${session.server.origin}/nissan/`);
    await expect(
      afterRestart.popup.getByRole('switch', { name: 'Ads and sponsored blocks' }).isChecked(),
    ).resolves.toBe(false);
    expect(await visibleText(afterRestart.popup.locator('.article-body'))).toContain(charger);

    // Turning it back on hides the ad again.
    await afterRestart.popup.getByRole('switch', { name: 'Ads and sponsored blocks' }).check();
    await expect.poll(() => visibleText(afterRestart.popup.locator('.article-body'))).not.toContain(charger);
    await waitUntilRead(afterRestart.popup);
  });
});
