import type { Article } from '../core/types';
import type { Switches } from './switches';

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
  /** `switches`: the clutter switches the article was read with, as the content script reports them. */
  | { ok: true; tabId: number; url: string; article: Article; switches?: Switches }
  | { ok: false; tabId: number | null; problem: Problem; detail?: string };
