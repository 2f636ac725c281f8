import type { Article } from '../core/types';
import { readingTime } from './labels';
import { QuoteList } from './QuoteList';
import { SafeHtml } from './SafeHtml';

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
      {/* Work a very large page cut short ("Key quotes skipped: the article is very long."). */}
      {article.limits?.map((limit) => (
        <p class="article-note" role="note" key={limit.stage + limit.message}>
          {limit.message}
        </p>
      ))}
      <QuoteList quotes={article.quotes} limit={keyQuotes} />
      <SafeHtml class="article-body" html={article.html} />
    </article>
  );
}
