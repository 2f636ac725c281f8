import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { chromiumArgs } from '../../test/e2e/chromium-args';

/** Debian's Chromium, as the e2e suite launches it (DEVELOPERS.md), with several unpacked extensions. */
export const CHROMIUM = '/usr/bin/chromium';

export async function launchWithExtensions(
  dirs: readonly string[],
): Promise<{ context: BrowserContext; ids: string[]; close(): Promise<void> }> {
  const profile = await mkdtemp(path.join(tmpdir(), 'pith-bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false,
    viewport: { width: 560, height: 600 },
    args: chromiumArgs(dirs),
  });
  // Each extension has a service worker; its URL's host is the extension id, its path the manifest's worker.
  // Two builds of the same extension share the worker's path: those are told apart by their id, which
  // Chromium derives from the unpacked directory's path.
  const workerPaths = await Promise.all(
    dirs.map(async (dir) => {
      const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8'));
      return `/${manifest.background.service_worker}`;
    }),
  );
  const pathIds = dirs.map(unpackedId);
  const ids: string[] = [];
  const deadline = Date.now() + 20_000;
  while (ids.filter(Boolean).length < dirs.length && Date.now() < deadline) {
    for (const worker of context.serviceWorkers()) {
      const url = new URL(worker.url());
      const byId = pathIds.indexOf(url.host);
      const index = byId >= 0 ? byId : workerPaths.indexOf(url.pathname);
      if (index >= 0) ids[index] = url.host;
    }
    if (ids.filter(Boolean).length < dirs.length) await new Promise((resolve) => setTimeout(resolve, 200));
  }
  if (ids.filter(Boolean).length < dirs.length) {
    const seen = context.serviceWorkers().map((w) => w.url());
    throw new Error(`Not every extension started its service worker (seen: ${seen.join(', ') || 'none'})`);
  }
  return {
    context,
    ids,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

export { withLocalHostAccess } from '../../test/e2e/extension-copy';

/** Chromium's id for an unpacked extension: the SHA-256 of its directory's path, hex digits 0-f written a-p. */
function unpackedId(dir: string): string {
  return [...createHash('sha256').update(path.resolve(dir)).digest('hex').slice(0, 32)]
    .map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16)))
    .join('');
}
