import type { Problem } from '../shared/read-result';

/** What the popup says when it has no article to show: a headline and one helpful sentence. */
export const PROBLEM_MESSAGES: Record<Problem, { title: string; body: string }> = {
  'no-tab': {
    title: 'No page to read',
    body: 'Open an article in a tab, then click Pith again.',
  },
  internal: {
    title: 'Pith can’t read this page',
    body: 'Browser pages like settings, new tabs and extension pages are off limits to extensions. Open an article on the web and try again.',
  },
  'no-access': {
    title: 'Pith can’t read this page',
    body: 'Pith may only read a page after you click its toolbar button while that page is showing. Go back to the article and click Pith there.',
  },
  store: {
    title: 'Pith can’t read this page',
    body: 'Browsers don’t let extensions run on their add-on stores. Open an article on a news site instead.',
  },
  pdf: {
    title: 'This is a PDF',
    body: 'Pith reads web articles, not PDF documents. Your browser’s PDF viewer is the best place for this one.',
  },
  'not-html': {
    title: 'Pith can’t read this page',
    body: 'This isn’t a web page Pith can read (it may be an image, a file or plain text).',
  },
  loading: {
    title: 'This page is still loading…',
    body: 'Pith will read it as soon as it has finished.',
  },
  'no-article': {
    title: 'This page doesn’t look like an article',
    body: 'Pith works on news stories and blog posts. Home pages, search results and forms have no article to read.',
  },
  'too-large': {
    title: 'This page is too large',
    body: 'It has more content than Pith reads at once. Try opening the article on its own page.',
  },
  'file-access': {
    title: 'Pith needs permission to read local files',
    body: 'To read files opened from your computer, open the Extensions page, find Pith, choose Details and turn on “Allow access to file URLs”.',
  },
  error: {
    title: 'Pith couldn’t read this page',
    body: 'Something on the page stopped Pith from reading it. Reloading the page and trying again often helps.',
  },
};
