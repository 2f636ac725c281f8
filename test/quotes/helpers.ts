import { findOrThrow } from '../../src/core/quotes';
import type { Quote } from '../../src/core/types';

/** Quotes of an article given as paragraphs (title and excerpt optional), without the safety net. */
export function quotesOf(paragraphs: string[], title = '', excerpt: string | null = null): Quote[] {
  return findOrThrow(paragraphs, { title, excerpt });
}

/** Quotes of an article in a given language (its cue words, word orders and pronouns). */
export function quotesIn(paragraphs: string[], lang: string): Quote[] {
  return findOrThrow(paragraphs, { title: '', excerpt: null, lang });
}

/** The speakers' names of an article's quotes in a given language (English unless said), null where none. */
export function speakersIn(paragraphs: string[], lang = 'en'): (string | null)[] {
  return speakers(quotesIn(paragraphs, lang));
}

export function texts(quotes: readonly Quote[]): string[] {
  return quotes.map((q) => q.text);
}

export function speakers(quotes: readonly Quote[]): (string | null)[] {
  return quotes.map((q) => q.speaker?.name ?? null);
}
