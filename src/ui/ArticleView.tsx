import type { Article, WorkLimitNote } from '../core/types';
import { type MessageKey, t } from './i18n';
import { readingTime } from './labels';
import { QuoteList } from './QuoteList';
import { SafeHtml } from './SafeHtml';

const LIMIT_MESSAGES: Record<WorkLimitNote['kind'], MessageKey> = {
  copy: 'limitCopy',
  depth: 'limitDepth',
  clutter: 'limitClutter',
  quotes: 'limitQuotes',
  'quotes-failed': 'limitQuotesFailed',
};

/** The article itself: its header line, the key quotes, then the clean text. */
export function ArticleView({ article, keyQuotes }: { article: Article; keyQuotes: number }) {
  const meta = [article.byline, article.siteName, readingTime(article.readingMinutes)].filter(Boolean);
  return (
    <article class="article" lang={article.lang ?? undefined} dir={article.dir ?? undefined}>
      <header class="article-header">
        <h1>{article.title}</h1>
        <p class="article-meta">
          {meta.map((part, i) => (
            <span key={part}>
              {i > 0 && <span aria-hidden="true"> · </span>}
              {/* Isolated, so "3 min read" stays in order inside a right-to-left article. */}
              <bdi>{part}</bdi>
            </span>
          ))}
        </p>
      </header>
      {/* A paywall or log-in cut: the text below is not the whole article. */}
      {article.truncated && (
        <p class="article-note" role="note">
          {t('truncatedNote')}
        </p>
      )}
      {/* Work a very large page cut short (quotes skipped, the copy cut), in the reader's language. */}
      {article.limits?.map((limit) => (
        <p class="article-note" role="note" key={limit.kind}>
          {t(LIMIT_MESSAGES[limit.kind])}
        </p>
      ))}
      <QuoteList quotes={article.quotes} limit={keyQuotes} />
      <SafeHtml class="article-body" html={article.html} />
    </article>
  );
}
