import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_KEY, SETTINGS_VERSION } from '../../src/shared/settings';
import { type Browser, DIST, launch, newProfileDir, skipReason } from './harness';

/**
 * The background worker is what runs on install: it writes the settings in the
 * current shape. (This also catches a build whose service-worker loader imports
 * the wrong chunk — crxjs once picked the content script, both being "index.ts".)
 */
describe.skipIf(skipReason)('background worker (Chromium)', () => {
  let profile: Awaited<ReturnType<typeof newProfileDir>>;
  let browser: Browser;

  beforeAll(async () => {
    profile = await newProfileDir();
    browser = await launch(DIST, profile.dir);
  });
  afterAll(async () => {
    await browser?.context.close();
    await profile?.remove();
  });

  it('stores the settings, versioned and complete, on install', async () => {
    const read = () =>
      browser.worker.evaluate(async (key) => {
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
