import { activeLanguage } from './language';

/**
 * "Desde esta Asociación reclaman que …", "«…», apuntan desde el Ministerio de Sanidad": a verb with
 * no subject of its own speaks for the body a preposition names (lang bodyFrom), when a body's noun
 * is in it (lang orgNouns: "desde Madrid" is a place). The body's words, up to the clause's end, or null.
 */
export function bodySpeakingFrom(text: string): string | null {
  const language = activeLanguage();
  const body = language.bodyFrom?.exec(text.split(/[,.;:!?](?:\s|$)/u)[0] ?? '')?.[1];
  if (!body) return null;
  return (body.toLowerCase().match(/\p{L}+/gu) ?? []).some((word) => language.orgNouns.has(word))
    ? body
    : null;
}
