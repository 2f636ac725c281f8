import { activeLanguage } from './language';
import { subjectAfterVerb, subjectEndingClause, subjectLeftOut, withoutAdverbsAfterVerb } from './subjects';

/**
 * The subject after the verb that follows a quote. «…», ha spiegato a margine di un evento: a
 * preposition right after the verb, so the subject is left out and the one in play spoke; but
 * “…” announced in October, said Derek Scissors: the verb is the quote's own, the next one credits.
 */
export function subjectAfterLead(text: string): string | null {
  const language = activeLanguage();
  // («…», insistió ayer.: when an adverb ends the sentence, the subject in play spoke.)
  const rest = withoutAdverbsAfterVerb(text);
  if (rest !== text && /^\s*(?:[.!?…]|[—–]|$)/u.test(rest)) return 'they';
  if (!subjectLeftOut(rest) || issuerNamed(rest)) return subjectAfterVerb(rest);
  const next = language.verb.exec(rest);
  if (next) return subjectAfterVerb(rest.slice(next.index + next[0].length));
  return language.primary === 'en' ? null : (subjectEndingClause(rest) ?? 'they');
}

/** ", heißt es in einer Mitteilung der Stadtwerke": the body named after its document speaks. */
export function issuerNamed(text: string): boolean {
  const document = activeLanguage().issuedBy?.exec(text);
  return !!document && /^(?:\p{Ll}+\s+)?\p{Lu}/u.test(text.slice(document[0].length));
}
