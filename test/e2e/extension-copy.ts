import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * A copy of a build with host access to 127.0.0.1 added to its manifest: the part a
 * toolbar click (activeTab) plays for pages served by the tests and benchmarks
 * (see test/e2e/README.md). The shipped build is never changed. No vitest here, so the
 * benchmarks can use it too.
 */
export async function withLocalHostAccess(
  source: string,
): Promise<{ dir: string; remove: () => Promise<void> }> {
  const root = await mkdtemp(path.join(tmpdir(), 'pith-ext-'));
  const dir = path.join(root, 'extension');
  await cp(source, dir, { recursive: true });
  const manifestPath = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
  manifest.host_permissions = ['http://127.0.0.1/*'];
  await writeFile(manifestPath, JSON.stringify(manifest, null, 2));
  return { dir, remove: () => rm(root, { recursive: true, force: true }) };
}
