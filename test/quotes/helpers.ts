import { findOrThrow } from '../../src/core/quotes';
import type { Quote } from '../../src/core/types';

/** Quotes of an article given as paragraphs (title and excerpt optional), without the safety net. */
export function quotesOf(paragraphs: string[], title = '', excerpt: string | null = null): Quote[] {
  return findOrThrow(paragraphs, { title, excerpt });
}

export function texts(quotes: readonly Quote[]): string[] {
  return quotes.map((q) => q.text);
}

export function speakers(quotes: readonly Quote[]): (string | null)[] {
  return quotes.map((q) => q.speaker?.name ?? null);
}
