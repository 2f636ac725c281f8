/**
 * "Yet despite the statement’s claim that X had withdrawn, a point he himself confirmed in an
 * interview with Fox News — CNN suggested …": a name or a body right after a spaced dash and
 * right before the verb is its subject; the words before the dash are an aside about something
 * else, however many names they hold.
 */
const AFTER_DASH = /\s[—–]\s+(\p{Lu}[\p{L}\p{M}.’'&-]*(?:\s+\p{Lu}[\p{L}\p{M}.’'&-]*){0,3})$/u;

/** Fewer words than this before the dash and it opens no aside (a dateline, a heading's dash). */
const MIN_ASIDE_WORDS = 4;

export function subjectAfterDash(head: string): string | null {
  const m = AFTER_DASH.exec(head.trimEnd());
  if (!m) return null;
  const before = head.slice(0, m.index).trim();
  return before.split(/\s+/u).length >= MIN_ASIDE_WORDS ? m[1]! : null;
}
