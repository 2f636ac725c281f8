import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';

/**
 * Node-side helpers to give the pure core a real `Document`: jsdom with
 * scripts and resource loading off, and a silent console (real pages are noisy).
 */
export function parseHtml(html: string, url = 'https://example.invalid/'): JSDOM {
  const virtualConsole = new VirtualConsole();
  return new JSDOM(html, { url, virtualConsole, pretendToBeVisual: false });
}

export async function readHtmlFile(path: string): Promise<string> {
  const bytes = await readFile(path);
  return (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}

/** jsdom frees a closed window only after the event loop turns: yield between documents in batches. */
export function releaseWindow(dom: JSDOM): Promise<void> {
  dom.window.close();
  return new Promise((resolve) => setImmediate(resolve));
}
