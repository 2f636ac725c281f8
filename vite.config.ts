import { crx, type ManifestV3Export } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import manifest from './manifest.json' with { type: 'json' };

/**
 * `vite build` → dist/ for Chromium; `vite build --mode firefox` → dist-firefox/.
 * Firefox MV3 has no service workers for extensions: the same background file
 * runs as an event page (`background.scripts`), and it needs a gecko id.
 */
function manifestFor(mode: string): ManifestV3Export {
  if (mode !== 'firefox') return manifest;
  const { service_worker, type: _type } = manifest.background;
  return {
    ...manifest,
    background: { scripts: [service_worker] },
    browser_specific_settings: {
      gecko: {
        id: 'pith@pith-reader.example',
        // data_collection_permissions needs Firefox 140 (142 on Android).
        strict_min_version: '140.0',
        // Pith sends nothing anywhere: Firefox asks add-ons to say so.
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    },
  } as ManifestV3Export;
}

/**
 * Each content script is built by crxjs as one IIFE file (`?script&iife`). Two
 * leftovers of that are dropped here:
 * - crxjs lists the file as web-accessible for all http(s) pages; Pith injects it
 *   with scripting.executeScript, which needs no such entry, and a web-accessible
 *   file lets any page detect the extension;
 * - crxjs also keeps the intermediate ES-module build of each script and the chunk
 *   they share (nothing loads them; ~85 KB of dead weight in the package).
 */
/** The injected scripts: reading (on a click) and hiding on the page (where the reader turned it on). */
const CONTENT_ENTRIES = ['/src/content/index.ts', '/src/content/hide-script.ts'];

function contentScriptOnlyAsIife(): Plugin & {
  renderCrxManifest: (m: Record<string, unknown>) => unknown;
} {
  return {
    name: 'pith:content-script-only-as-iife',
    enforce: 'post',
    // A crxjs hook, run on the manifest after crxjs's own plugins filled it in.
    renderCrxManifest(built) {
      delete built.web_accessible_resources;
      return built;
    },
    generateBundle(_options, bundle) {
      const importedByOthers = (fileName: string) =>
        Object.values(bundle).some(
          (other) =>
            other.type === 'chunk' &&
            (other.imports.includes(fileName) || other.dynamicImports.includes(fileName)),
        );
      for (const [fileName, output] of Object.entries(bundle)) {
        const isContentModule =
          output.type === 'chunk' &&
          CONTENT_ENTRIES.some((entry) => output.facadeModuleId?.split('?')[0]?.endsWith(entry));
        if (isContentModule && !importedByOthers(fileName)) delete bundle[fileName];
      }
      // What only those intermediate builds shared (two content scripts share the core) goes with them;
      // entries (pages, the worker) and lazily loaded chunks are imported by nothing and stay.
      for (let removed = true; removed; ) {
        removed = false;
        for (const [fileName, output] of Object.entries(bundle)) {
          if (output.type !== 'chunk' || output.isEntry || output.isDynamicEntry) continue;
          if (importedByOthers(fileName)) continue;
          delete bundle[fileName];
          removed = true;
        }
      }
    },
  };
}

export default defineConfig(({ mode }) => ({
  plugins: [
    preact(),
    crx({ manifest: manifestFor(mode), browser: mode === 'firefox' ? 'firefox' : 'chrome' }),
    contentScriptOnlyAsIife(),
  ],
  // Lets src/ui/i18n.ts leave its test-only copy of the English messages out of the bundles.
  define: { 'import.meta.env.PITH_EXTENSION': 'true' },
  build: {
    outDir: mode === 'firefox' ? 'dist-firefox' : 'dist',
    emptyOutDir: true,
    // Extension pages load from disk: no need for legacy chunks or inlined-asset tricks.
    target: 'es2022',
    sourcemap: false,
    rollupOptions: {
      // The full-tab reader is an extension page the manifest doesn't name: its own entry,
      // so its code stays out of the popup's bundle.
      input: { reader: 'src/reader/index.html' },
    },
  },
}));
