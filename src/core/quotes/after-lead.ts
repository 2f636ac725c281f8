import { bodySpeakingFrom } from './body-from';
import { bodyNounInCase } from './genitive';
import { activeLanguage } from './language';
import { isRoleWord } from './role-words';
import { subjectAfterVerb, subjectLeftOut, withoutAdverbsAfterVerb } from './subjects';

/**
 * The subject after the verb that follows a quote. «…», ha spiegato a margine di un evento: a
 * preposition right after the verb, so the subject is left out and the one in play spoke; but
 * “…” announced in October, said Derek Scissors: the verb is the quote's own, the next one credits.
 */
export function subjectAfterLead(text: string): string | null {
  const language = activeLanguage();
  // («…», insistió ayer.: when an adverb ends the sentence, the subject in play spoke.)
  // (Nor the one addressed: "contou à Lusa uma moradora".)
  const addressee = language.addresseeAfterVerb;
  const rest = withoutAdverbsAfterVerb(addressee ? text.replace(addressee, ' ') : text);
  if (rest !== text && /^\s*(?:[.!?…]|[—–]|$)/u.test(rest)) return 'they';
  if (!subjectLeftOut(rest) || issuerNamed(rest)) return subjectAfterVerb(rest);
  const next = language.verb.exec(rest);
  if (next) return subjectAfterVerb(rest.slice(next.index + next[0].length));
  // («…», apuntan desde el Ministerio: the body a preposition names speaks.)
  return language.primary === 'en' ? null : (subjectEndingClause(rest) ?? bodySpeakingFrom(rest) ?? 'they');
}

/**
 * Who speaks after an impersonal verb („…“, heißt es …): the issuer named after a document ("in einer
 * Mitteilung der Stadtwerke"), a body's noun in the genitive after one ("в заявлении компании"), or
 * whom a preposition names ("aus dem Ministerium"); else no one.
 */
export function impersonalSpeaker(rest: string): string | null {
  return issuerNamed(rest)
    ? subjectAfterVerb(rest)
    : (genitiveIssuer(rest) ?? impersonalSource(rest) ?? null);
}

/** "говорится в заявлении компании" → "компания": a body's noun in the genitive right after its document. */
function genitiveIssuer(text: string): string | null {
  const document = activeLanguage().issuedBy?.exec(text);
  const word = document ? /^\p{L}+/u.exec(text.slice(document[0].length))?.[0] : undefined;
  return word ? bodyNounInCase(word) : null;
}

/** "aus dem Ministerium" after „…“, heißt es: whom an impersonal verb's words come from (lang impersonalFrom), in its clause. */
function impersonalSource(text: string): string | undefined {
  return activeLanguage().impersonalFrom?.exec(text.split(/[.;!?](?:\s|$)/u)[0] ?? '')?.[1];
}

/** ", heißt es in einer Mitteilung der Stadtwerke": the body named after its document speaks. */
export function issuerNamed(text: string): boolean {
  const document = activeLanguage().issuedBy?.exec(text);
  return !!document && /^(?:\p{Ll}+\s+)?\p{Lu}/u.test(text.slice(document[0].length));
}

/**
 * "…,“ řekl v rozhovoru pro Českou televizi hejtman Josef Bernard.", "сказал в интервью глава
 * ведомства Иван Петров": where a phrase comes between the verb and its subject (not in English),
 * a role and a name ending the clause are the subject; so are a body's noun and its name ("–
 * napisała w oświadczeniu spółka Orlen"). A role word or a body's noun is required: a capitalised
 * run alone may be the phrase's own place or body; and a person's name has two words at least.
 */
function subjectEndingClause(rest: string): string | null {
  if (activeLanguage().primary === 'en') return null;
  const clause = rest.split(/[.;!?](?:\s|$)/u)[0] ?? '';
  const m = ROLE_AND_NAME_ENDING.exec(clause.trimEnd());
  if (!m) return null;
  const role = m[1]!.trim().split(/\s+/u);
  const at = role.findIndex((w) => isRoleWord(w));
  const body = role.at(-1)!;
  if (activeLanguage().orgNouns.has(body.toLowerCase())) return `${body} ${m[2]}`;
  return at < 0 || !m[2]!.includes(' ') ? null : `${m[2]}|${role.slice(at).join(' ')}`;
}
const ROLE_AND_NAME_ENDING =
  /(?:^|\s)((?:\p{Ll}[\p{L}’'-]*\s+){1,3})(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2})$/u;
