import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROBLEM_MESSAGES } from '../../src/ui/problems';
import {
  type Browser,
  DIST,
  launch,
  newProfileDir,
  openTab,
  openToolbarPopup,
  readExpected,
  skipReason,
  startFixtureServer,
  testExtensionDir,
} from './harness';

/**
 * The popup as the toolbar opens it: no `?tab`, so it reads the active tab of
 * the current window. `chrome.action.openPopup()` stands in for the click.
 */
describe.skipIf(skipReason)('the toolbar popup (Chromium)', () => {
  let server: Awaited<ReturnType<typeof startFixtureServer>>;
  let extension: Awaited<ReturnType<typeof testExtensionDir>>;
  const profiles: Awaited<ReturnType<typeof newProfileDir>>[] = [];
  let browser: Browser | undefined;

  beforeAll(async () => {
    [server, extension] = await Promise.all([startFixtureServer(), testExtensionDir()]);
  });
  afterAll(async () => {
    await browser?.context.close();
    await Promise.all([server?.close(), extension?.remove(), ...profiles.map((p) => p.remove())]);
  });

  async function relaunch(extensionDir: string) {
    await browser?.context.close();
    const profile = await newProfileDir();
    profiles.push(profile);
    browser = await launch(extensionDir, profile.dir);
    return browser;
  }

  it('reads the article in the active tab', async () => {
    const b = await relaunch(extension.dir);
    const { paragraphs } = await readExpected<{ paragraphs: string[] }>('nissan');
    const { page } = await openTab(b, `${server.origin}/nissan/`);
    const popupText = await openToolbarPopup(b, page);
    await expect.poll(popupText, { timeout: 10_000 }).toContain(paragraphs[0]);
  });

  it('with the shipped permissions and no click (no activeTab grant), says it may not read the page', async () => {
    const b = await relaunch(DIST);
    const { page } = await openTab(b, `${server.origin}/nissan/`);
    const popupText = await openToolbarPopup(b, page);
    await expect.poll(popupText, { timeout: 10_000 }).toContain(PROBLEM_MESSAGES['no-access'].title);
    expect(await popupText()).toContain(PROBLEM_MESSAGES['no-access'].body);
  });
});
