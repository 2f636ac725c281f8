import { useState } from 'preact/hooks';
import type { Quote } from '../core/types';
import { t, tn } from './i18n';
import { QuoteItem } from './QuoteItem';

/** Key quotes first (then by score), the first `limit` shown, the rest on request. */
export function orderQuotes(quotes: readonly Quote[]): Quote[] {
  return [...quotes].sort((a, b) => Number(b.key) - Number(a.key) || b.score - a.score);
}

export function QuoteList({ quotes, limit }: { quotes: readonly Quote[]; limit: number }) {
  const [showAll, setShowAll] = useState(false);
  if (quotes.length === 0) return null;
  const ordered = orderQuotes(quotes);
  const shown = showAll ? ordered : ordered.slice(0, limit);
  return (
    <section class="quotes" aria-labelledby="quotes-heading">
      <h2 id="quotes-heading">{t('keyQuotes')}</h2>
      <ol>
        {shown.map((quote) => (
          <QuoteItem key={`${quote.paragraph}:${quote.text}`} quote={quote} />
        ))}
      </ol>
      {ordered.length > limit && (
        <button
          type="button"
          class="link-button quotes-all"
          aria-expanded={showAll}
          onClick={() => setShowAll(!showAll)}
        >
          {showAll ? t('showFewerQuotes') : tn('showAllQuotes', ordered.length)}
        </button>
      )}
    </section>
  );
}
