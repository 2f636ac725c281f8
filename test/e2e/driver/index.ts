import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { CHROMIUM, DIST, newProfileDir, REPO_ROOT, startFixtureServer, testExtensionDir } from '../harness';
import { launchChromium } from './chromium';
import { FIREFOX, launchFirefox, newExtensionUuid } from './firefox';
import type { BrowserName, TestBrowser } from './types';

export type { BrowserName, Control, Target, TestBrowser, TestPage, TestTab } from './types';
export { INTERNAL_PAGE } from './types';

export const DIST_FIREFOX = path.join(REPO_ROOT, 'dist-firefox');

/** `E2E_BROWSERS=firefox npm run test:e2e` runs one browser only (default: both). */
const ONLY = process.env.E2E_BROWSERS?.split(',').map((name) => name.trim().toLowerCase());

/** Why a browser's run can't happen here (printed, and named in the skipped describe), or null. */
function skipReasonFor(name: BrowserName): string | null {
  if (ONLY && !ONLY.includes(name)) return `not in E2E_BROWSERS=${process.env.E2E_BROWSERS}.`;
  const [dist, exe, build] =
    name === 'chromium'
      ? [DIST, CHROMIUM, 'npm run build']
      : [DIST_FIREFOX, FIREFOX, 'npm run build:firefox'];
  if (!existsSync(path.join(dist, 'manifest.json')))
    return `${path.basename(dist)}/ is missing: run \`${build}\` (npm test does).`;
  if (!existsSync(exe)) return `${exe} is absent (.ci/run installs it).`;
  return null;
}

/** Every browser the suite runs in, with the reason it is skipped here (null: it runs). */
export const BROWSERS: { name: BrowserName; skip: string | null }[] = (['chromium', 'firefox'] as const).map(
  (name) => ({ name, skip: skipReasonFor(name) }),
);
for (const { name, skip } of BROWSERS) if (skip) console.warn(`[e2e ${name}] skipped: ${skip}`);

export interface Session {
  readonly name: BrowserName;
  readonly origin: string;
  readonly browser: TestBrowser;
  /** Closes the browser and starts it again on the same profile (settings must survive this). */
  restart(): Promise<void>;
}

/**
 * For one describe block: the fixture server, the test build of the extension
 * (the browser's package plus host access to 127.0.0.1, see harness.ts) and a
 * fresh profile, launched before its tests and cleaned up after them.
 */
export function useBrowser(
  name: BrowserName,
  options: {
    slowMs?: number /** 'shipped': the package exactly as built, no host access. */;
    extension?: 'test' | 'shipped';
  } = {},
): Session {
  let server: Awaited<ReturnType<typeof startFixtureServer>>;
  let extension: Awaited<ReturnType<typeof testExtensionDir>>;
  let profile: Awaited<ReturnType<typeof newProfileDir>>;
  let running: { driver: TestBrowser; close: () => Promise<void> } | undefined;
  const uuid = newExtensionUuid();
  const start = () =>
    name === 'chromium'
      ? launchChromium(extension.dir, profile.dir)
      : launchFirefox(extension.dir, profile.dir, uuid);
  beforeAll(async () => {
    [server, extension, profile] = await Promise.all([
      startFixtureServer(options.slowMs),
      options.extension === 'shipped'
        ? { dir: name === 'chromium' ? DIST : DIST_FIREFOX, remove: async () => {} }
        : testExtensionDir(name === 'chromium' ? DIST : DIST_FIREFOX),
      newProfileDir(),
    ]);
    running = await start();
  });
  afterAll(async () => {
    await running?.close();
    await Promise.all([server?.close(), extension?.remove(), profile?.remove()]);
  });
  return {
    name,
    get origin() {
      return server.origin;
    },
    get browser() {
      if (!running) throw new Error(`${name} is not running`);
      return running.driver;
    },
    async restart() {
      await running?.close();
      running = undefined;
      running = await start();
    },
  };
}
