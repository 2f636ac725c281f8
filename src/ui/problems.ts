import type { Problem } from '../shared/read-result';
import { type MessageKey, t } from './i18n';

/** What the popup says when it has no article to show: a headline and one helpful sentence. */
const PROBLEM_KEYS: Record<Problem, { title: MessageKey; body: MessageKey }> = {
  'no-tab': { title: 'problemNoTabTitle', body: 'problemNoTabBody' },
  internal: { title: 'problemCantReadTitle', body: 'problemInternalBody' },
  'no-access': { title: 'problemCantReadTitle', body: 'problemNoAccessBody' },
  store: { title: 'problemCantReadTitle', body: 'problemStoreBody' },
  pdf: { title: 'problemPdfTitle', body: 'problemPdfBody' },
  'not-html': { title: 'problemCantReadTitle', body: 'problemNotHtmlBody' },
  loading: { title: 'problemLoadingTitle', body: 'problemLoadingBody' },
  'no-article': { title: 'problemNoArticleTitle', body: 'problemNoArticleBody' },
  'too-large': { title: 'problemTooLargeTitle', body: 'problemTooLargeBody' },
  'file-access': { title: 'problemFileAccessTitle', body: 'problemFileAccessBody' },
  error: { title: 'problemErrorTitle', body: 'problemErrorBody' },
};

export function problemMessage(problem: Problem): { title: string; body: string } {
  const keys = PROBLEM_KEYS[problem];
  return { title: t(keys.title), body: t(keys.body) };
}

/** The same messages as a record, each read in the current UI language when accessed. */
export const PROBLEM_MESSAGES = {} as Record<Problem, { title: string; body: string }>;
for (const problem of Object.keys(PROBLEM_KEYS) as Problem[]) {
  Object.defineProperty(PROBLEM_MESSAGES, problem, { get: () => problemMessage(problem), enumerable: true });
}
