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
 * crxjs lists every `?script` file as web-accessible for all http(s) pages. Pith
 * injects its content script with scripting.executeScript, which needs no such
 * entry, and a web-accessible file lets any page detect the extension: drop it.
 */
function noWebAccessibleContentScript(): Plugin & {
  renderCrxManifest: (m: Record<string, unknown>) => unknown;
} {
  return {
    name: 'pith:no-web-accessible-content-script',
    enforce: 'post',
    // A crxjs hook, run on the manifest after crxjs's own plugins filled it in.
    renderCrxManifest(built) {
      delete built.web_accessible_resources;
      return built;
    },
  };
}

export default defineConfig(({ mode }) => ({
  plugins: [
    preact(),
    crx({ manifest: manifestFor(mode), browser: mode === 'firefox' ? 'firefox' : 'chrome' }),
    noWebAccessibleContentScript(),
  ],
  build: {
    outDir: mode === 'firefox' ? 'dist-firefox' : 'dist',
    emptyOutDir: true,
    // Extension pages load from disk: no need for legacy chunks or inlined-asset tricks.
    target: 'es2022',
    sourcemap: false,
  },
}));
