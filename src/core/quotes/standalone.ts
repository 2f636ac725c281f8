import { activeLanguage } from './language';
import { lastSentence } from './sentences';
import type { Draft } from './spans';
import { previousClose } from './surroundings';

/**
 * Whether a quotation is set off as speech, rather than run into its sentence as a phrase
 * ("Apple was “pulled into the enterprise,” Cook said"): filters.ts keeps a short or name-like
 * quote only when it is.
 */

/** A Japanese or Korean quotative closing a direct quotation (と, って, との; 라고, 이라고, 고). */
const QUOTATIVE = /^\s*(?:と(?!し)|って|との|라고|이라고|고\s)/u;

export function isStandalone(
  draft: Draft,
  paragraphs: readonly string[],
  closes: readonly number[][],
): boolean {
  const first = draft.parts[0]!;
  const text = paragraphs[first.paragraph]!;
  const before = lastSentence(
    text.slice(previousClose(closes[first.paragraph] ?? [], first), first.span.open),
  );
  // Set off: it opens the sentence, or follows a colon, a comma, a dash or a verb of saying.
  // “…,” he said after a fragment ("Apple was “pulled into the enterprise,” Cook said") is not enough.
  if (before.trim() === '' || /[:,—–.!?…：，。！？]\s*$/u.test(before)) return true;
  // 「…」と述べた, “…”고 말했다: a quotative right after the closing mark sets the words off as speech.
  const last = draft.parts[draft.parts.length - 1]!;
  const after = paragraphs[last.paragraph]!.slice(last.span.close + 1, last.span.close + 6);
  if (
    last.span.closed &&
    QUOTATIVE.test(after) &&
    /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}]/u.test(before)
  )
    return true;
  const verbs = [...before.matchAll(activeLanguage().verbAll)];
  const lastVerb = verbs[verbs.length - 1];
  // "is called “feather duvet lung”": a verb that names introduces a name, not speech.
  if (lastVerb === undefined || /^(?:called|dubbed|named)$/iu.test(lastVerb[0])) return false;
  return before.slice((lastVerb.index ?? 0) + lastVerb[0].length).trim() === '';
}
