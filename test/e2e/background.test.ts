import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_KEY, SETTINGS_VERSION } from '../../src/shared/settings';
import { BROWSERS, useBrowser } from './driver';

/**
 * The background is what runs on install: it writes the settings in the current
 * shape. (This also catches a build whose service-worker loader imports the wrong
 * chunk — crxjs once picked the content script, both being "index.ts".)
 * Chromium runs it as a service worker, Firefox as an event page (background.scripts);
 * the check reads storage from an extension context in both.
 */
for (const { name, skip } of BROWSERS) {
  describe.skipIf(skip)(`background on install (${name})`, () => {
    const session = useBrowser(name);

    it('stores the settings, versioned and complete, on install', async () => {
      const read = () =>
        session.browser.inExtension(async (key) => {
          const { chrome } = globalThis as unknown as {
            chrome: { storage: { sync: { get(k: string): Promise<Record<string, unknown>> } } };
          };
          return (await chrome.storage.sync.get(key))[key] ?? null;
        }, SETTINGS_KEY);
      await expect
        .poll(read, { timeout: 5000 })
        .toEqual({ version: SETTINGS_VERSION, values: DEFAULT_SETTINGS });
    });
  });
}
