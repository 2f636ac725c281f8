import type { Quote } from '../types';

export interface QuoteContext {
  title: string;
  excerpt: string | null;
}

/** Finds every direct quotation in the article's text blocks, with its speaker, ranked. (Filled by the key-quotes work.) */
export function findQuotes(_paragraphs: readonly string[], _context: QuoteContext): Quote[] {
  return [];
}
