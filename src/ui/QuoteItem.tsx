import { useState } from 'preact/hooks';
import type { Quote } from '../core/types';
import { t } from './i18n';

/** Past this many characters a quote shows its first lines and a "Read the whole quote" toggle. */
export const LONG_QUOTE_CHARS = 260;

/**
 * A long quote collapsed shows its highlight (the one sentence that carries the news, chosen by the
 * core) when it has one, otherwise its first lines; expanded it shows the whole quotation.
 */
export function QuoteItem({ quote }: { quote: Quote }) {
  const long = quote.text.length > LONG_QUOTE_CHARS;
  const [open, setOpen] = useState(false);
  const collapsed = long && !open;
  const highlight = collapsed && quote.highlight ? quote.highlight : null;
  return (
    <li class={collapsed && !highlight ? 'quote is-clamped' : 'quote'}>
      <blockquote>{highlight ? excerptOf(quote.text, highlight) : quote.text}</blockquote>
      {long && (
        <button
          type="button"
          class="link-button quote-more"
          aria-expanded={open}
          // Several quotes have this button: each one's name says which quote it opens.
          aria-label={t(open ? 'showLessNamed' : 'readWholeQuoteNamed', quoteStart(quote.text))}
          onClick={() => setOpen(!open)}
        >
          {open ? t('showLess') : t('readWholeQuote')}
        </button>
      )}
      <p class="speaker">
        {quote.speaker ? (
          <>
            <span class="speaker-name">{quote.speaker.name}</span>
            {quote.speaker.role && <span class="speaker-role">, {quote.speaker.role}</span>}
          </>
        ) : (
          <span class="speaker-unknown">{t('speakerNotNamed')}</span>
        )}
      </p>
    </li>
  );
}

/**
 * The highlight as it stands in the quote: "…" only on a side where the quote goes on,
 * so a highlight that ends the quote gets no trailing mark (its words are never changed).
 */
export function excerptOf(text: string, highlight: string): string {
  const at = text.indexOf(highlight);
  const before = at !== 0;
  const after = at < 0 || at + highlight.length < text.trimEnd().length;
  return `${before ? '… ' : ''}${highlight}${after ? ' …' : ''}`;
}

/** The first few words of a quote, enough to tell it from the others. */
export function quoteStart(text: string, words = 6): string {
  return text.split(/\s+/).filter(Boolean).slice(0, words).join(' ');
}
