import { activeLanguage } from './language';
import { isCloserAt, isOpenerAt, lastSingleCloser } from './marks';

/** One run of quoted text inside a single paragraph. */
export interface RawSpan {
  /** Index of the opening mark. */
  open: number;
  /** Index of the closing mark, or the paragraph's length when the quote runs on. */
  close: number;
  /** False when the paragraph ends before the quote closes (a multi-paragraph quote, or a stray mark). */
  closed: boolean;
  opener: string;
}

/**
 * Finds the top-level quotations in one paragraph in a single left-to-right pass
 * (linear, whatever the input): inside a quotation only its own closer is looked
 * for, so nested quotes of the other kind (‘…’ inside “…”) stay part of the text.
 */
export function scanParagraph(text: string, nesting = true): RawSpan[] {
  if (activeLanguage().dashDialogue && (DASH_TURN.test(text) || LATER_DASH_TURN.test(text)))
    return dashSpans(text);
  const spans: RawSpan[] = [];
  let nested = false;
  const lastSingle = lastSingleCloser(text);
  let opener = '';
  let open = -1;
  // Double marks nested in double marks ("… from "application consumption" to …"): count them,
  // so the inner pair does not end the quotation and leave its tail looking like a new one.
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (opener === '') {
      if (isOpenerAt(text, i)) {
        opener = text[i]!;
        open = i;
        depth = 0;
        nested = false;
      }
      continue;
    }
    if (isCloserAt(text, i, opener, i < lastSingle)) {
      if (depth > 0) {
        depth--;
        continue;
      }
      if (i > open + 1) pushSplit(spans, text, { open, close: i, closed: true, opener });
      opener = '';
    } else if (nesting && DOUBLE.has(opener) && DOUBLE.has(text[i]!) && isNestedOpener(text, i)) {
      depth++;
      nested = true;
    }
  }
  // “Glasgow (“No Place Like Home”). “It grabbed me …,” he said. — a title left open, not a
  // quotation holding three others: when counting nested marks leaves the last one unclosed
  // and pairing the marks as they come closes every one, they are paired as they come.
  if (opener !== '' && nested) {
    const flat = scanParagraph(text, false);
    if (flat.every((span) => span.closed)) return flat;
  }
  if (opener !== '' && open < text.length - 1) {
    spans.push({ open, close: text.length, closed: false, opener });
  }
  return spans;
}

const DOUBLE = new Set(['“', '"']);

/**
 * Inside the marks: "…, – " before a lower-case attribution, and ". – " where the speech resumes
 * (some papers set the dash against the comma: «…,— сказал он,— …»).
 */
const HANDOVER = /[,!?…]\s*([—–])\s+(?=\p{Ll})/u;
const RESUME = /[.,]\s*([—–])\s+/u;
const MAX_INNER_ATTRIBUTION = 200;

/**
 * «Мы не спим уже месяц, – пожаловалась Анна Петрова. – Стройка идёт даже ночью»: where
 * dialogue is written with dashes, the attribution may sit inside the marks. Such a
 * quotation becomes two spans around it (joined again as one interrupted quote), so the
 * attribution is read as one and is not part of the quoted words.
 */
function pushSplit(spans: RawSpan[], text: string, span: RawSpan): void {
  const language = activeLanguage();
  const inner = text.slice(span.open + 1, span.close);
  const handover = language.dashDialogue ? HANDOVER.exec(inner) : null;
  if (!handover) {
    spans.push(span);
    return;
  }
  const dash = span.open + 1 + handover.index + handover[0].indexOf(handover[1]!);
  const rest = text.slice(dash + 1, Math.min(span.close, dash + 1 + MAX_INNER_ATTRIBUTION));
  const resume = RESUME.exec(rest);
  const attribution = resume ? rest.slice(0, resume.index) : rest;
  if (!language.verb.test(attribution)) {
    spans.push(span);
    return;
  }
  spans.push({ ...span, close: dash });
  if (resume) spans.push({ ...span, open: dash + 1 + resume.index + resume[0].indexOf(resume[1]!) });
}

/** An opening double mark inside a quotation: after a space, before a word, with a closer later. */
function isNestedOpener(text: string, i: number): boolean {
  return isOpenerAt(text, i) && /[\s(]/u.test(text[i - 1] ?? '') && /[\p{L}\p{N}]/u.test(text[i + 1] ?? '');
}

/** The quoted text of a span, without marks and surrounding spaces. */
export function spanText(text: string, span: RawSpan): string {
  return text.slice(span.open + 1, span.close).trim();
}

/** (Spanish sets its raya against the words: "—Antes se vendía más —lamenta—. Ahora …".) */
const DASH_TURN = /^\s*(?:[—–]\s+\S|—[¿¡]?\p{Lu})/u;
/** "Mieszkańcy czekali od lat. – Do tej pory … – mówi pani Barbara.": a turn after a sentence, handed to its attribution. */
const LATER_DASH_TURN = /[.!?…]\s+[—–]\s+\p{Lu}[^—–]*\s[—–]\s+\p{Ll}/u;
const INNER_DASH =
  /\s[—–]\s|(?<=[.,!?…])[—–](?=\s+\p{L})|\s—(?=[¿¡]?\p{L})|(?<=\p{L})—(?=[.,]\s+[¿¡]?\p{Lu})/gu;

/**
 * A paragraph of direct speech opened by a dash: "– Rynek się odbił – powiedział Wierzbicki.
 * – Ale nie obiecuję …". The speech runs to a dash followed by a lower-case attribution
 * ("powiedział …"), and starts again at the dash after that attribution's full stop.
 */
function dashSpans(text: string): RawSpan[] {
  const spans: RawSpan[] = [];
  // A paragraph may open with narrative; speech then starts at a dash after a full stop.
  let speaking = DASH_TURN.test(text);
  let open = speaking ? text.search(/[—–]/u) : -1;
  for (const m of text.matchAll(INNER_DASH)) {
    const dash = (m.index ?? 0) + m[0].search(/[—–]/u);
    // ("— От имени …,— добавил Анвар Ибрагим.": a dash set against the comma hands over too, and
    // one after the attribution's comma or stop takes the speech up again: "…,— пояснил Путин,— входит …".)
    const glued = /[.,!?…]/u.test(text[(m.index ?? 0) - 1] ?? '');
    if (!/\s/u.test(m[0][0]!) && !glued) {
      // "—lamenta—. Ahora …": the raya closing an attribution, the speech going on after its stop.
      if (!speaking && spans.length > 0) {
        open = dash + 1;
        speaking = true;
      }
      continue;
    }
    if (speaking) {
      // Only a dash before a lower-case word hands over to an attribution; others are the speaker's.
      if (!/^\s*\p{Ll}/u.test(text.slice(dash + 1, dash + 4))) continue;
      // (And only to one with a verb of saying: "— Второй трон — для ма-а-мы!..— уточнил …" goes on.)
      // (Within the reach of an attribution, so a long paragraph of dashes stays linear.)
      const attribution = text.slice(dash + 1, dash + 1 + MAX_INNER_ATTRIBUTION);
      if (!activeLanguage().verb.test(attribution.split(/[—–]|[.!?…](?:\s|$)/u)[0]!)) continue;
      if (dash > open + 1) spans.push({ open, close: dash, closed: true, opener: text[open]! });
      speaking = false;
    } else if (
      /[.!?…:]\s*$/u.test(text.slice(Math.max(0, dash - 3), dash)) ||
      (glued && text[dash - 1] === ',' && spans.length > 0)
    ) {
      open = dash;
      speaking = true;
    }
  }
  if (speaking && open < text.length - 1)
    spans.push({ open, close: text.length, closed: true, opener: text[open]! });
  return spans;
}
