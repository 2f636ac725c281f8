import { cueAfter } from './cues';

/**
 * «Questi orologi – scrivono gli attivisti – attirano …», «No es posible –dijo el alcalde– seguir
 * así», “It is not possible — said Mayor John Smith — to go on”: an attribution set off by dashes
 * inside the quotation marks names its speaker as one after a closing mark would (“…”, ha detto
 * X). Null when the quote holds no such aside.
 */
export function innerAside(quote: string): string | null {
  const aside = INNER_ASIDE.exec(quote)?.[1];
  return aside ? cueAfter(`, ${aside}.`) : null;
}

/** A dash, up to twelve words with no sentence's end, and a dash: the aside (group 1). */
const INNER_ASIDE = /(?:^|\s)[–—]\s*((?:[^\s–—.!?]+\s+){0,11}[^\s–—.!?]+)\s*[–—](?=\s)/u;
