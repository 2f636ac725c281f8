import type { Speaker } from '../types';
import { answersQuestion } from './answer-labels';
import { connectiveGoesOn } from './connective-lead';
import { cueAfter, cueBefore, cueInSentence } from './cues';
import { documentIssuer } from './document-reads';
import { pronounGender } from './gender';
import { hanCue, hanCueAfter } from './han-cues';
import { innerAside } from './inner-aside';
import { activeLanguage } from './language';
import { apposedFirstName, creditAcrossAside, openingName, speakerInPlay } from './named-between';
import type { Organisations } from './orgs';
import { japaneseCueAfter, particleCue, particleCueAfter } from './particle-cues';
import type { People } from './people';
import { resolvePhrase } from './resolve';
import { roleOpeningLine } from './role-line';
import { borrowsSpeaker, replyTo, sentenceSubject, trailingCue, transcriptTurn } from './sentence-speaker';
import { endsSentence, hasSentenceBreak, lastSentence, splitSentences } from './sentences';
import { signatureFor, signatureOf } from './signatures';
import { type Draft, endsInCue } from './spans';
import { isStandalone } from './standalone';
import { afterText, textBefore, validAfter, WINDOW } from './surroundings';
import { someoneElseOpens, turnGoingOn, turnPastObject } from './turns';
import { linePronoun, pronounAfterVerb } from './verb-second';

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
    const found = findSpeaker(draft, paragraphs, closes, people, out, orgs, subject);
    const inPlay =
      found && 'inPlayFrom' in found ? speakerInPlay(draft, found.inPlayFrom, people, out) : null;
    const cued = found && !('inPlayFrom' in found) ? found : null;
    const speaker = cued ?? inPlay ?? subjectSpeaking(draft, paragraphs, people, subject);
    out.push({
      draft,
      speaker,
      standalone: isStandalone(draft, paragraphs, closes),
      inferred: speaker !== null && speaker === inPlay,
    });
  }
  creditAcrossAside(out, paragraphs);
  return out;
}

function findSpeaker(
  draft: Draft,
  paragraphs: readonly string[],
  closes: readonly number[][],
  people: People,
  earlier: Attributed[],
  orgs?: Organisations,
  subject?: Speaker,
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
    lastQuoteEnds: earlier[earlier.length - 1]?.draft.parts.at(-1)?.paragraph,
    quote: draft.text,
    subject,
  };
  const resolveHere = (phrase: string | null) => (phrase ? resolvePhrase(phrase, context) : null);

  const afterFirst = afterText(paragraphs, first);
  const before = textBefore(text, closes[first.paragraph] ?? [], first);
  // Aslam berkata, “Bagaimana itu?” Umar berkata, “Jika …”: an attribution that ends in a comma right
  // before another quotation introduces that one; this quote's own cue is the one before it.
  const afterIsNextCue =
    draft.parts.length === 1 &&
    endsInCue(afterFirst) &&
    /^[“"„«»‘「]/u.test(text.slice(first.span.close + 1 + afterFirst.length)) &&
    endsInCue(before);
  const runsOn = validAfter(text, first, afterFirst);
  const direct =
    resolveHere(particleCue(before, text.slice(first.span.close + 1, first.span.close + 12))) ??
    resolveHere(hanCue(before)) ??
    resolveHere(particleCueAfter(afterFirst)) ??
    resolveHere(hanCueAfter(afterFirst)) ??
    resolveHere(japaneseCueAfter(afterFirst)) ??
    (afterIsNextCue ? resolveHere(cueBefore(before)) : null) ??
    resolveHere(innerAside(draft.text)) ??
    (runsOn ? replyTo(afterFirst, text.slice(0, at), people) : null) ??
    resolveHere(runsOn ? cueAfter(afterFirst) : null) ??
    // (「…」 must close as speech for the topic before it to have said it; a 『…』 title on the way,
    // "Xは『ニューヨーク・タイムズ』のインタヴューに対し、「…」と話している", passes the topic on to the quote after it.)
    resolveHere(cueBefore(before, text[first.span.close] === '』' ? undefined : afterFirst)) ??
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
    // (Marks between may be a title's: in "“…” Buckley, who phoned in from the set of “Fargo,”
    // had a similar experience: “…”" a new sentence opens with someone else.)
    // (Within the cue window: a paragraph of a whole page's quotes stays linear.)
    const sentenceFrom = at - lastSentence(text.slice(Math.max(0, at - WINDOW), at)).length;
    const sameSentence =
      previous?.draft.parts.some((p) => p.paragraph === first.paragraph) &&
      !hasSentenceBreak(before) &&
      !someoneElseOpens(people, first.paragraph, sentenceFrom, at, previous);
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
        // (The sentence may hold a title in marks before its colon: "Buckley, who phoned in from
        // the set of “Fargo,” had a similar experience: “…”" — its subject opens the whole sentence.)
        const cutByMarks = /[”"»“]/u.test(text.slice(sentenceFrom, at - intro.length));
        const from = cutByMarks ? sentenceFrom : at - intro.length;
        const named =
          people.firstNamedIn(first.paragraph, from, at) ??
          openingName(people, first.paragraph, from, at) ??
          apposedFirstName(people, intro);
        if (named) return people.toSpeaker(named);
        const goesOn = connectiveGoesOn(intro, previous, first.paragraph, at - intro.length);
        if (goesOn) return goesOn;
        const turn = transcriptTurn(paragraphs, first.paragraph, before);
        if (turn) return resolveHere(turn);
        // "She thinks the plan is wrong: “…”", "Das hält er für falsch: „…“": the line's subject pronoun.
        const pronoun = linePronoun(intro);
        if (pronoun) return resolveHere(pronoun);
        // ("Another respondent highlighted …:", "The mayor was blunt:": a role opens the line, unnamed or not.)
        const roleLine = roleOpeningLine(intro, people);
        if (roleLine) return roleLine;
        // "That process led to a realization: “…”" opening the paragraph, naming no one: the
        // speaker whose words closed the paragraph before goes on.
        // (Not "you extend the meditation to all beings: “May we be well …”": the reader's words.)
        return text.slice(0, at - intro.length).trim() === '' && borrowsSpeaker(intro, draft.text)
          ? turnGoingOn(earlier, paragraphs, first.paragraph)
          : null;
      }
      // "Claire Vasseur, 58 ans, a ouvert sa librairie en 1994, « avec un prêt … »": a quoted
      // phrase in the words of the person the sentence opens with, when nothing else is credited.
      const subject = sentenceSubject(intro, first.paragraph, at - intro.length, people, draft.text);
      if (subject) return subject;
      // A sentence naming someone but giving no subject credits no one, unless its quote is a lower-case
      // fragment told of the one named ("Obama said …. President Mahmoud Abbas “has put aside …”", "“…,”
      // he said. Mr. Rahami fled, “indiscriminately firing …”"): whoever spoke just before goes on (below).
      const namedHere = people.firstNamedIn(first.paragraph, at - intro.length, at) !== undefined;
      if (namedHere && !/^\p{Ll}/u.test(draft.text)) return null;
      // ("Als Generalsekretär übernehme er die Verantwortung, „um …“": the pronoun after the verb.)
      const inverted = pronounAfterVerb(intro);
      if (inverted) return resolveHere(inverted);
      // "…, Howitt says. Just because scientists …, “that doesn’t mean …”": a sentence naming
      // no one goes on in the words of whoever the sentence before it credited.
      // Only when this sentence credits no one itself ("… and concluded that “…”", "When you ask,
      // “…”") and the words are not a capitalised title ("In his book “Financial Freedom: …”").
      if (!borrowsSpeaker(intro, draft.text)) return null;
      const head = text.slice(Math.max(0, at - intro.length - WINDOW), at - intro.length);
      const sentenceBefore = splitSentences(head).pop();
      if (!sentenceBefore || !endsSentence(head)) return null;
      // (Of the one named, only a speaker heard in the sentence before goes on: "Ailes’s allies claimed
      // …. That evening, … the New York Post tweeting … news that “the end is near …”" is not theirs.)
      if (!/[“"„«»「]/u.test(sentenceBefore))
        return namedHere ? null : resolveHere(cueInSentence(sentenceBefore));
      const previousEnd = previous?.draft.parts[previous.draft.parts.length - 1];
      const closesThere =
        previousEnd?.paragraph === first.paragraph &&
        previousEnd.span.close >= at - intro.length - sentenceBefore.length;
      return closesThere ? previous!.speaker : null;
    }
  }
  // “…,” read a leaflet: something other than a speaker is credited after the quote.
  if (runsOn && /\p{L}/u.test(afterFirst)) return null;

  // The quote opens a sentence: the sentence before it may carry the cue ("Espinosa said that … boost. “The message…").
  const sentences = splitSentences(before);
  const previousSentence = sentences[sentences.length - 1];
  if (previousSentence && !/[“"„«»「]/u.test(previousSentence)) {
    // "Na lota, o pescador Rui Santos, de 52 anos, encolhe os ombros. «…»": no verb of saying,
    // but the sentence before is about one person, named in this paragraph.
    // A cue whose phrase names no one ("… that concluded there was …") leaves the other signals to speak.
    const cued = resolveHere(cueInSentence(previousSentence));
    if (cued) return cued;
    // "He learned 75 people view his profile a week. “It really made me …”" ("Mit Aviv ging sie in
    // den Schutzraum. „…“": the pronoun after a verb-second verb, not the name fronted before it.)
    const pronoun = linePronoun(previousSentence);
    if (pronoun) return resolveHere(pronoun);
    const from = at - before.length + before.lastIndexOf(previousSentence);
    const named = people.firstNamedIn(first.paragraph, from, at);
    if (!named) return { inPlayFrom: from };
    return turnPastObject(earlier, first.paragraph, previousSentence, named.name) ?? people.toSpeaker(named);
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
  const turnEnd = earlier[earlier.length - 1]?.draft.parts.at(-1);
  if (turnEnd?.paragraph === first.paragraph - 1) return turnGoingOn(earlier, paragraphs, first.paragraph);
  const prevSentence = lastSentence(prevText);
  return (
    resolveHere(cueInSentence(prevSentence)) ?? resolveHere(documentIssuer(prevSentence)) ?? { inPlayFrom: 0 }
  );
}

/**
 * Interviews and profiles: the person the piece is about speaks the unattributed runs in
 * the first person that open a paragraph (“Au début, je vendais …”).
 */
function subjectSpeaking(
  draft: Draft,
  paragraphs: readonly string[],
  people: People,
  subject?: Speaker,
): Speaker | null {
  if (!subject) return null;
  const first = draft.parts[0]!;
  if (/\S/u.test(paragraphs[first.paragraph]!.slice(Math.max(0, first.span.open - 3), first.span.open)))
    return null;
  if (first.span.open > 3) return null;
  // “I still do,” he said: a cue whose pronoun the subject's gender rules out names someone else.
  const cue = cueAfter(afterText(paragraphs, first));
  const wanted = cue ? pronounGender(cue) : undefined;
  const gender = people.find(subject.name)?.gender;
  if (wanted && gender && wanted !== gender) return null;
  // (Or it answers the question asked in the paragraph before: "What would you tell …?" “That …”.)
  return activeLanguage().firstPerson.test(draft.text) || answersQuestion(paragraphs[first.paragraph - 1])
    ? subject
    : null;
}
