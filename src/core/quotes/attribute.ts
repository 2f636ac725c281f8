import type { Speaker } from '../types';
import { cueAfter, cueBefore, cueInSentence } from './cues';
import { namedInQuote } from './gender';
import { activeLanguage } from './language';
import { NOT_NAME_STARTS } from './lexicon';
import { openingName, speakerInPlay } from './named-between';
import type { Organisations } from './orgs';
import { hanCue, hanCueAfter, japaneseCueAfter, particleCue, particleCueAfter } from './particle-cues';
import type { People } from './people';
import { resolvePhrase } from './resolve';
import { endsSentence, hasSentenceBreak, lastSentence, sentenceStarts, splitSentences } from './sentences';
import { signatureFor, signatureOf } from './signatures';
import { type Draft, endsInCue } from './spans';
import { afterText, endsTurn, previousClose, validAfter, WINDOW } from './surroundings';

/** A quotation with its speaker and how firmly the text ties them together. */
export interface Attributed {
  draft: Draft;
  speaker: Speaker | null;
  /** The quote is a sentence of its own or set off by a cue (not a few words inside narrative). */
  standalone: boolean;
  /** The speaker was inferred from who is in play, not read from a cue: it does not make words a quote. */
  inferred: boolean;
}

/** No cue of its own: the quote may go on in the words of whoever is in play from `inPlayFrom` of its paragraph. */
interface InPlay {
  inPlayFrom: number;
}

/** Resolves who said each quotation, in document order (later ones may continue an earlier turn). */
export function attributeAll(
  drafts: readonly Draft[],
  paragraphs: readonly string[],
  people: People,
  orgs?: Organisations,
  subject?: Speaker,
): Attributed[] {
  const closes: number[][] = paragraphs.map(() => []);
  for (const draft of drafts)
    for (const { paragraph, span } of draft.parts) closes[paragraph]!.push(span.close);
  const out: Attributed[] = [];
  for (const draft of drafts) {
    const found = findSpeaker(draft, paragraphs, closes, people, out, orgs);
    const inPlay =
      found && 'inPlayFrom' in found ? speakerInPlay(draft, found.inPlayFrom, people, out) : null;
    const cued = found && !('inPlayFrom' in found) ? found : null;
    const speaker = cued ?? inPlay ?? subjectSpeaking(draft, paragraphs, subject);
    out.push({
      draft,
      speaker,
      standalone: isStandalone(draft, paragraphs, closes),
      inferred: speaker !== null && speaker === inPlay,
    });
  }
  return out;
}

function findSpeaker(
  draft: Draft,
  paragraphs: readonly string[],
  closes: readonly number[][],
  people: People,
  earlier: Attributed[],
  orgs?: Organisations,
): Speaker | InPlay | null {
  const first = draft.parts[0]!;
  const last = draft.parts[draft.parts.length - 1]!;
  const text = paragraphs[first.paragraph]!;
  const at = first.span.open;
  const context = {
    people,
    orgs,
    paragraph: first.paragraph,
    offset: at,
    earlier: earlier.map((q) => q.speaker),
    quote: draft.text,
  };
  const resolveHere = (phrase: string | null) => (phrase ? resolvePhrase(phrase, context) : null);

  const afterFirst = afterText(paragraphs, first);
  const before = text.slice(previousClose(closes[first.paragraph] ?? [], first), at);
  // Aslam berkata, “Bagaimana itu?” Umar berkata, “Jika …”: an attribution that ends in a comma right
  // before another quotation introduces that one; this quote's own cue is the one before it.
  const afterIsNextCue =
    draft.parts.length === 1 &&
    endsInCue(afterFirst) &&
    /^[“"„«»‘「]/u.test(text.slice(first.span.close + 1 + afterFirst.length)) &&
    endsInCue(before);
  const direct =
    resolveHere(particleCue(before, text.slice(first.span.close + 1, first.span.close + 12))) ??
    resolveHere(hanCue(before)) ??
    resolveHere(particleCueAfter(afterFirst)) ??
    resolveHere(hanCueAfter(afterFirst)) ??
    resolveHere(japaneseCueAfter(afterFirst)) ??
    (afterIsNextCue ? resolveHere(cueBefore(before)) : null) ??
    resolveHere(validAfter(text, first, afterFirst) ? cueAfter(afterFirst) : null) ??
    resolveHere(cueBefore(before)) ??
    (last !== first && last.span.closed
      ? resolveHere(
          validAfter(paragraphs[last.paragraph]!, last, afterText(paragraphs, last))
            ? cueAfter(afterText(paragraphs, last))
            : null,
        )
      : null);
  if (direct) return direct;
  // “…” Jayshree Ullal, CEO of Arista Networks (during …): a name line closing the quote's paragraph signs it.
  if (last.span.closed) {
    const signed = resolveHere(signatureOf(paragraphs[last.paragraph]!.slice(last.span.close + 1)));
    if (signed) return signed;
  }
  const previous = earlier[earlier.length - 1];
  if (lastSentence(before).trim() !== '') {
    // “…”, adding that “…” / «…»، موضحة أن «…»: the same sentence goes on with the same speaker.
    const sameSentence =
      previous?.draft.parts.some((p) => p.paragraph === first.paragraph) && !hasSentenceBreak(before);
    if (sameSentence) return previous!.speaker;
    // is "growing at an alarming rate" and affects …, Noem said: the cue ends the sentence.
    // (lastSentence cannot see a boundary whose next letter is the quote's: "… os ombros. “Já …”"
    // opens a sentence, read below.)
    if (!endsSentence(before)) {
      const trailing = last.span.closed ? resolveHere(trailingCue(afterText(paragraphs, last))) : null;
      if (trailing) return trailing;
      const intro = lastSentence(before);
      // "Mellor agrees and recommends choosing …: “…”": the sentence the colon closes is about its
      // subject even when its verb's own subject cannot be read.
      // ("Priya Shah, founder of Loop Candles: “…”", "— Dana Whitfield, co-founder of …: “…”": a
      // name opening the line is its subject, whether or not anything else marks it as a person.)
      if (/:\s*$/u.test(before)) {
        const named =
          people.firstNamedIn(first.paragraph, at - intro.length, at) ??
          openingName(people, first.paragraph, at - intro.length, at);
        if (named) return people.toSpeaker(named);
        const turn = transcriptTurn(paragraphs, first.paragraph, before);
        if (turn) return resolveHere(turn);
        // "She thinks the plan is wrong: “…”": the pronoun opening the line, as for a sentence before.
        const opener = /^\s*(\p{L}+)/u.exec(intro)?.[1]?.toLowerCase();
        return opener && opener !== 'it' && activeLanguage().pronouns.has(opener)
          ? resolveHere(opener)
          : null;
      }
      // "Claire Vasseur, 58 ans, a ouvert sa librairie en 1994, « avec un prêt … »": a quoted
      // phrase in the words of the person the sentence opens with, when nothing else is credited.
      const subject = sentenceSubject(intro, first.paragraph, at - intro.length, people, draft.text);
      if (subject || people.firstNamedIn(first.paragraph, at - intro.length, at)) return subject;
      // "…, Howitt says. Just because scientists …, “that doesn’t mean …”": a sentence naming
      // no one goes on in the words of whoever the sentence before it credited.
      // Only when this sentence credits no one itself ("… and concluded that “…”", "When you ask,
      // “…”") and the words are not a capitalised title ("In his book “Financial Freedom: …”").
      if (!borrowsSpeaker(intro, draft.text)) return null;
      const head = text.slice(Math.max(0, at - intro.length - WINDOW), at - intro.length);
      const sentenceBefore = splitSentences(head).pop();
      if (!sentenceBefore || !endsSentence(head)) return null;
      if (!/[“"„«»「]/u.test(sentenceBefore)) return resolveHere(cueInSentence(sentenceBefore));
      const previousEnd = previous?.draft.parts[previous.draft.parts.length - 1];
      const closesThere =
        previousEnd?.paragraph === first.paragraph &&
        previousEnd.span.close >= at - intro.length - sentenceBefore.length;
      return closesThere ? previous!.speaker : null;
    }
  }
  // “…,” read a leaflet: something other than a speaker is credited after the quote.
  if (validAfter(text, first, afterFirst) && /\p{L}/u.test(afterFirst)) return null;

  // The quote opens a sentence: the sentence before it may carry the cue ("Espinosa said that … boost. “The message…").
  const sentences = splitSentences(before);
  const previousSentence = sentences[sentences.length - 1];
  if (previousSentence && !/[“"„«»「]/u.test(previousSentence)) {
    // "Na lota, o pescador Rui Santos, de 52 anos, encolhe os ombros. «…»": no verb of saying,
    // but the sentence before is about one person, named in this paragraph.
    // A cue whose phrase names no one ("… that concluded there was …") leaves the other signals to speak.
    const cued = resolveHere(cueInSentence(previousSentence));
    if (cued) return cued;
    // "He learned 75 people view his profile a week. “It really made me …”"
    const opener = /^\p{L}+/u.exec(previousSentence)?.[0].toLowerCase();
    if (opener && activeLanguage().pronouns.has(opener) && opener !== 'it') return resolveHere(opener);
    const from = at - before.length + before.lastIndexOf(previousSentence);
    const named = people.firstNamedIn(first.paragraph, from, at);
    return named ? people.toSpeaker(named) : { inPlayFrom: from };
  }
  // A quote in a paragraph of its own, signed by a line that only names someone.
  if (before.trim() === '' && last.span.closed && afterText(paragraphs, last).trim() === '') {
    const signed = signatureFor(paragraphs, first.paragraph, last.paragraph);
    if (signed) return resolveHere(signed);
  }
  if (before.trim() !== '' || first.paragraph === 0) return null;

  // The quote opens a paragraph: "X said:" at the end of the one before, or the same speaker's turn going on.
  const prevText = paragraphs[first.paragraph - 1]!;
  if (/:\s*$/u.test(prevText)) {
    // "Uli Lorimer, Director of Horticulture at Native Plant Trust:" — a name line with its role
    // heads the answer that follows, as in a round-up of experts.
    const line = prevText.replace(/:\s*$/u, '');
    return resolveHere(cueBefore(`${line} `)) ?? resolveHere(signatureOf(line));
  }
  const turn = earlier[earlier.length - 1];
  const turnEnd = turn?.draft.parts[turn.draft.parts.length - 1];
  if (turn && turnEnd?.paragraph === first.paragraph - 1 && endsTurn(prevText, turnEnd.span.close))
    return turn.speaker;
  if (turnEnd?.paragraph === first.paragraph - 1) return null;
  const prevSentence = lastSentence(prevText);
  return resolveHere(cueInSentence(prevSentence)) ?? { inPlayFrom: 0 };
}

/** "Dan Roe: " opening a paragraph: a speaker's label, with a name of two or three words and nothing else. */
const TURN_LABEL = /^\s*(\p{Lu}[\p{L}’'.-]+(?:\s+\p{Lu}[\p{L}’'.-]+){1,2}):\s*/u;

/**
 * A transcript: "Amy Lowe: What made you leave? / Dan Roe: “The noise, mostly.”" — a name label
 * opening the quote's paragraph is its speaker when a paragraph beside it opens with another
 * person's label (one label alone may be a heading: "Debunked Myth: “…”").
 */
function transcriptTurn(paragraphs: readonly string[], paragraph: number, before: string): string | null {
  const label = TURN_LABEL.exec(before);
  if (!label || label[0].length !== before.length) return null;
  const other = (p: number) => {
    const m = TURN_LABEL.exec(paragraphs[p] ?? '');
    return !!m && m[1] !== label[1] && !NOT_NAME_STARTS.has(m[1]!.split(/\s+/u)[0]!.toLowerCase());
  };
  if (NOT_NAME_STARTS.has(label[1]!.split(/\s+/u)[0]!.toLowerCase())) return null;
  return other(paragraph - 1) || other(paragraph + 1) ? label[1]! : null;
}

/** A sentence that neither credits the quote itself nor speaks in the first or second person, around words that are not a title. */
function borrowsSpeaker(intro: string, quote: string): boolean {
  const language = activeLanguage();
  if (language.verb.test(intro) || language.source.test(intro) || language.firstPerson.test(intro))
    return false;
  if (/(?<!\p{L})(?:you|your)(?!\p{L})/iu.test(intro)) return false;
  const opener = /^[\s“"‘(]*(\p{L}+)/u.exec(intro)?.[1]?.toLowerCase();
  if (opener && language.pronouns.has(opener)) return false;
  const weighty = quote.split(/\s+/u).filter((w) => /\p{L}{4}/u.test(w));
  return !(weighty.length >= 1 && weighty.every((w) => /^\P{L}*\p{Lu}/u.test(w)));
}

/**
 * A passive or a naming verb before the quote: someone else's words ("was described as", "known
 * as"); or an example of a kind ("queries like “…”", "such as “…”", "e.g. “…”"): no one's words.
 */
const NOT_OWN_WORDS =
  /\b(?:was|were|been|being|is|are|be)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en|wn)\b|\b(?:called|dubbed|named|known|labelled|labeled|branded|titled|entitled)\s+(?:as\s+)?$|(?:\b(?:like|such as|for example|for instance)|\be\.g\.),?\s*\(?$/u;

/**
 * The person who opens the sentence (its subject), when the quote sits in the rest of it and no
 * one else is named between: a strong name, not a possessive, not named in the quote itself.
 */
function sentenceSubject(
  intro: string,
  paragraph: number,
  from: number,
  people: People,
  quote: string,
): Speaker | null {
  if (NOT_OWN_WORDS.test(intro)) return null;
  const lead = /^[\s“"‘(]*/u.exec(intro)![0].length;
  const named = people.firstNamedIn(paragraph, from, from + intro.length);
  if (!named) return null;
  const opening = intro.slice(lead, lead + named.name.length + 12);
  const short = named.name.split(' ').pop()!;
  if (!opening.startsWith(named.name) && !opening.startsWith(short)) return null;
  if (namedInQuote(quote, named.name)) return null;
  return people.toSpeaker(named);
}

/**
 * The attribution at the end of the sentence a quote sits in: "…” and affects every
 * community, Noem said in …" / "…” with the best brands, said Jan Liphardt, a professor".
 * Only a clause after a comma counts, so the sentence's own verb is not taken for one.
 */
function trailingCue(after: string): string | null {
  const end = sentenceStarts(after)[1] ?? after.length;
  const clauses = after.slice(0, end).split(/\s*,\s*/u);
  for (let i = clauses.length - 1; i >= 1; i--) {
    const verb = activeLanguage().verb.exec(clauses[i]!);
    if (!verb) continue;
    // "… and leading Japan to be called a “…”": a passive names something, no one speaks.
    if (NOT_OWN_WORDS.test(clauses[i]!.slice(0, (verb.index ?? 0) + verb[0].length))) continue;
    return cueInSentence(clauses[i]!);
  }
  return null;
}

/**
 * Interviews and profiles: the person the piece is about speaks the unattributed runs in
 * the first person that open a paragraph (“Au début, je vendais …”).
 */
function subjectSpeaking(draft: Draft, paragraphs: readonly string[], subject?: Speaker): Speaker | null {
  if (!subject) return null;
  const first = draft.parts[0]!;
  if (/\S/u.test(paragraphs[first.paragraph]!.slice(Math.max(0, first.span.open - 3), first.span.open)))
    return null;
  if (first.span.open > 3) return null;
  // (Or it answers the question asked in the paragraph before: "What would you tell …?" “That …”.)
  return activeLanguage().firstPerson.test(draft.text) || answersQuestion(paragraphs[first.paragraph - 1])
    ? subject
    : null;
}

/** An interviewer's question: a short paragraph of its own, unquoted, ending in a question mark. */
function answersQuestion(previous: string | undefined): boolean {
  return (
    previous !== undefined &&
    previous.length <= 300 &&
    /[?？]\s*$/u.test(previous) &&
    !/[“"„«»「]/u.test(previous)
  );
}

function isStandalone(draft: Draft, paragraphs: readonly string[], closes: readonly number[][]): boolean {
  const first = draft.parts[0]!;
  const text = paragraphs[first.paragraph]!;
  const before = lastSentence(
    text.slice(previousClose(closes[first.paragraph] ?? [], first), first.span.open),
  );
  // Set off: it opens the sentence, or follows a colon, a comma, a dash or a verb of saying.
  // “…,” he said after a fragment ("Apple was “pulled into the enterprise,” Cook said") is not enough.
  if (before.trim() === '' || /[:,—–.!?…：，。！？]\s*$/u.test(before)) return true;
  const verbs = [...before.matchAll(activeLanguage().verbAll)];
  const lastVerb = verbs[verbs.length - 1];
  // "is called “feather duvet lung”": a verb that names introduces a name, not speech.
  if (lastVerb === undefined || /^(?:called|dubbed|named)$/iu.test(lastVerb[0])) return false;
  return before.slice((lastVerb.index ?? 0) + lastVerb[0].length).trim() === '';
}
