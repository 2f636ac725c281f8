import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { extract } from '../../src/core';
import type { Article, ExtractOptions } from '../../src/core/types';
import { parseHtmlTolerant, readHtmlFile, releaseWindow } from '../../src/node/load-document';
import type { InputFile } from './inputs';
import { declaredUrl, notHtmlReason } from './page-source';

export type FileOutcome =
  | { ok: true; id: string; url: string; article: Article; ms: number; stylesDropped: boolean }
  | { ok: false; id: string; url: string | null; reason: string; error: string };

export interface ProcessOptions {
  /** Base URL given on the command line (one file). */
  url?: string;
  /** `{id: url}` from --urls. */
  urls?: Record<string, string>;
  extract: Partial<ExtractOptions>;
}

/**
 * One file, start to finish: read, parse under jsdom, extract (timed alone),
 * release the window. Never throws: every step is isolated and every failure
 * becomes an outcome, so one file never stops the rest of a batch.
 */
export async function processFile(file: InputFile, options: ProcessOptions): Promise<FileOutcome> {
  try {
    return await processOrThrow(file, options);
  } catch (error) {
    return failure(file, null, 'error', error);
  }
}

async function processOrThrow(file: InputFile, options: ProcessOptions): Promise<FileOutcome> {
  let html: string;
  try {
    html = await readHtmlFile(file.path);
  } catch (error) {
    return failure(file, null, 'unreadable', error);
  }
  const notHtml = notHtmlReason(html);
  if (notHtml) return { ok: false, id: file.id, url: null, reason: 'not-html', error: notHtml };

  const url = options.url ?? options.urls?.[file.id] ?? declaredUrl(html) ?? pathToFileURL(file.path).href;
  let parsed: ReturnType<typeof parseHtmlTolerant>;
  try {
    parsed = parseHtmlTolerant(html, url);
  } catch (error) {
    return failure(file, url, 'jsdom', error);
  }
  const { dom, stylesDropped } = parsed;
  try {
    const start = performance.now();
    const result = extract(dom.window.document, { ...options.extract, url });
    const ms = performance.now() - start;
    return result.ok
      ? { ok: true, id: file.id, url, article: result.article, ms, stylesDropped }
      : { ok: false, id: file.id, url, reason: result.reason, error: result.message };
  } catch (error) {
    return failure(file, url, 'error', error);
  } finally {
    await releaseWindow(dom);
  }
}

export function failure(file: InputFile, url: string | null, reason: string, error: unknown): FileOutcome {
  const message = error instanceof Error ? error.message : String(error);
  return { ok: false, id: file.id, url, reason, error: message.split('\n')[0]!.slice(0, 300) };
}
