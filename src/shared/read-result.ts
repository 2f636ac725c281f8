import type { Article } from '../core/types';

/** Why the popup has no article to show; each has its own friendly message in the UI. */
export type Problem =
  | 'no-tab'
  | 'internal'
  | 'no-access'
  | 'store'
  | 'pdf'
  | 'not-html'
  | 'loading'
  | 'no-article'
  | 'too-large'
  | 'file-access'
  | 'error';

export type ReadResult =
  | { ok: true; tabId: number; url: string; article: Article }
  | { ok: false; tabId: number | null; problem: Problem; detail?: string };
