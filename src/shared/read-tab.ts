import type { ExtractOptions } from '../core/types';
import { send, type Transport } from './messages';
import { pageKind } from './page-kind';
import type { Problem, ReadResult } from './read-result';

/** The few browser capabilities reading a tab needs; the real ones wrap browser.tabs and browser.scripting. */
export interface TabAccess {
  activeTabId(): Promise<number | undefined>;
  getTab(tabId: number): Promise<{ url?: string; status?: string }>;
  /** Injects the content script (it guards itself against running twice). */
  inject(tabId: number): Promise<void>;
  transport(tabId: number): Transport;
}

/**
 * Reads the article of one tab: decides from the URL whether Pith may run there
 * at all, injects the content script on demand, and asks it to extract with the
 * given options. Every failure comes back as a `Problem`, never as a throw.
 */
export async function readTab(
  access: TabAccess,
  requestedTabId: number | undefined,
  options: Partial<ExtractOptions>,
  { stored = false }: { stored?: boolean } = {},
): Promise<ReadResult> {
  const tabId = requestedTabId ?? (await access.activeTabId().catch(() => undefined));
  if (tabId === undefined) return { ok: false, tabId: null, problem: 'no-tab' };
  const fail = (problem: Problem, detail?: string): ReadResult => ({ ok: false, tabId, problem, detail });

  const transport = access.transport(tabId);
  // Ask at once, while the tab is looked up: a script injected before (a reopened popup) answers
  // from its cache, and the two round trips overlap instead of adding up. Only our own content
  // script can answer, so asking a page Pith may not read is harmless; its answer is then ignored.
  // Nobody answering (or an error) is the cue to inject and ask again; injecting twice is harmless
  // (the script guards itself).
  const request = stored ? { options, stored } : { options };
  const asked = send(transport, 'extract', request);
  let tab: { url?: string; status?: string };
  try {
    tab = await access.getTab(tabId);
  } catch {
    return { ok: false, tabId: null, problem: 'no-tab' };
  }
  const kind = pageKind(tab.url);
  if (kind === 'internal' || kind === 'store' || kind === 'pdf') return fail(kind);
  if (tab.status === 'loading') return fail('loading');

  let reply = await asked;
  if (!reply.ok) {
    try {
      await access.inject(tabId);
    } catch (error) {
      return fail(injectionProblem(kind, error), String(error instanceof Error ? error.message : error));
    }
    reply = await send(transport, 'extract', request);
  }
  if (!reply.ok) return fail('error', reply.error);
  const page = reply.value;
  if (/pdf/i.test(page.contentType)) return fail('pdf');
  if (!page.ok) return fail(page.reason, page.message);
  return {
    ok: true,
    tabId,
    url: page.url,
    article: page.article,
    ...(page.switches ? { switches: page.switches } : {}),
  };
}

/** Chrome words its refusals differently by version; match loosely and fall back to a generic error. */
function injectionProblem(kind: string, error: unknown): Problem {
  const message = error instanceof Error ? error.message : String(error);
  if (kind === 'file' || /file:\/\//i.test(message)) return 'file-access';
  if (/extensions gallery|web ?store|cannot be scripted|chrome:\/\/|cannot access a chrome/i.test(message)) {
    return 'internal';
  }
  if (/error page/i.test(message)) return 'no-article';
  // The browser hid the tab's URL from us and refused access: no activeTab grant for it.
  if (kind === 'unknown' && /permission|cannot access/i.test(message)) return 'no-access';
  return 'error';
}
