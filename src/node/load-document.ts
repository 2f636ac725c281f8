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

/**
 * jsdom frees a closed window only after the event loop turns: yield between documents in batches.
 * Never throws: closing a window over a very deep tree (4,000 levels) overflows jsdom's stack,
 * and one page's window must not stop a batch; such a window is left to the garbage collector.
 */
export async function releaseWindow(dom: JSDOM): Promise<void> {
  try {
    dom.window.close();
  } catch {
    // Nothing to do: the window is dropped with `dom`.
  }
  await new Promise((resolve) => setImmediate(resolve));
}

/** A parsed page, and whether its style sheets had to be dropped to parse it. */
export interface TolerantParse {
  dom: JSDOM;
  stylesDropped: boolean;
}

const STYLE_ELEMENT = /<style\b[^>]*>[\s\S]*?<\/style\s*>/gi;

/**
 * jsdom 29 parses every `<style>` as it goes and can throw on CSS it does not
 * understand (e.g. some `calc()` values), losing the whole page. Style sheets
 * play no part in extraction, so on a throw the page is parsed again without them.
 * Errors that remain are thrown as before.
 */
export function parseHtmlTolerant(html: string, url?: string): TolerantParse {
  try {
    return { dom: parseHtml(html, url), stylesDropped: false };
  } catch (error) {
    const withoutStyles = html.replace(STYLE_ELEMENT, '<style></style>');
    if (withoutStyles === html) throw error;
    return { dom: parseHtml(withoutStyles, url), stylesDropped: true };
  }
}
