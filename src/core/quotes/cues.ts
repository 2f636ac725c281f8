import { impersonalSpeaker, subjectAfterLead } from './after-lead';
import { asClauseSubject } from './as-clause';
import { leadWithoutClitics } from './clitic-lead';
import { speakerBeforeColon } from './colon-speaker';
import { documentReads } from './document-reads';
import { invertedAfterClause, subjectAfterFronted, subjectAfterLinkingAdverb } from './fronted';
import { locativeBody } from './genitive';
import { activeLanguage } from './language';
import { mannerSubject } from './manner';
import { secondVerbSubject } from './opening-subject';
import { lastOwnedSource, ownerOf } from './owned-source';
import { inTitleCase, nameBeforeTo, notSaying, participleSubject } from './participle-subject';
import { JAPANESE_TOPIC, japaneseSpeechEnds, withOwner } from './particle-cues';
import { heardSaying, quotedAs, whoCallsIt } from './quoted-as';
import { isRoleWord } from './role-words';
import { hasSentenceBreak, lastSentence } from './sentences';
import { signedAfter } from './signatures';
import { sourcePhrase } from './source-phrase';
import { joinSplitVerbs } from './split-verbs';
import { NAMED_SUBJECT } from './subject-shapes';
import { subjectAfterVerb, subjectBeforeVerb } from './subjects';
import { namesSomeone, verbSecondSubject } from './verb-second';

/**
 * Attribution cues: the words around a quotation that say who spoke.
 * These functions only cut out the phrase that names the speaker
 * ("said Espinosa" → "Espinosa"); attribute.ts decides who that phrase is.
 * A phrase may carry an aside after a "|": "Jane Doe|the charity's director".
 * The verbs, source words and pronouns are the article's languages' (lang/*.ts).
 */

const FRENCH_INVERTED = /^(?:a-t-(?:il|elle)|\p{L}+-t-(?:il|elle)|\p{L}+-(?:il|elle))(?![\p{L}])/iu;
/** French and Spanish perfect tense after the quote: a déclaré X, ha afirmado X, s’est félicitée X. */
const PERFECT = /^(?:a|ont|s[’']est|se sont|ha|han|heeft|hebben|hat|haben|ha\s+fatto|è|sono)\s+/iu;
export function hasSpeechCue(text: string): boolean {
  const language = activeLanguage();
  // “…,” states Slayton / “…,” Mattson offers, “…”: a lead-only verb counts where it opens the
  // attribution or follows its subject there.
  const lead = text.replace(/^[\s,]+/u, '');
  return (
    language.verb.test(text) ||
    language.source.test(text) ||
    language.lead.test(lead) ||
    language.subjectLead.test(lead)
  );
}

const OWNED_WORDS =
  /^(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3})['’]s?\s+(?:words|comments|remarks)\s+(?:came|come|were|are|echo|echoed)\b/u;
const ADDRESSING = /^(?:told|tells|tell|asked|asks)$/iu;
const PARENTHETICAL_NAME =
  /^\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Lu}[\p{L}’'.-]+(?:\s+\p{Lu}[\p{L}’'.-]+){0,2},\s/u;
/** "Por eso, añade el juez, «…»": an article and a noun set off by commas after the verb, right before the quote. */
const PARENTHETICAL_NOUN =
  /^\s+(?:el|la|los|las|il|lo|gli|le|les|o|os|as)\s+\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)?,\s*$/u;
const PASSIVE_TOLD = /\b(?:was|were|been|being|is|are|be)\s+$/iu;
/**
 * "is benignly branded “…”", "was dubbed “…”", "when asked if …": a participle of saying after "to
 * be" or in a clause that leaves "to be" out, with no agent.
 */
const PASSIVE = /\b(?:was|were|been|being|is|are|be|when|if|unless)\s+(?:\p{L}+ly\s+)?$/iu;
const THAT_IS_HOW = /^(?:that|this)(?:['’]s|\s+is|\s+was)\s+(?:how|the way)\s+/iu;

/** The phrase naming the speaker in the words right after a closing mark, or null. */
export function cueAfter(after: string): string | null {
  const s = documentReads(joinSplitVerbs(after.replace(/^[\s,،.;:!?—–-]+/u, '')));
  if (s === '' || /^[“"‘„«»「]/u.test(s)) return null;
  const german = /^\s*,\s*so\s+(.+)/u.exec(after);
  if (german) return subjectAfterVerb(german[1]!);
  const quoted = quotedAs(s);
  if (quoted) return quoted;
  const language = activeLanguage();
  const manner = mannerSubject(s);
  if (manner !== undefined) return manner;
  const inverted = FRENCH_INVERTED.exec(s);
  if (inverted && language.verb.test(inverted[0])) return /elle/i.test(inverted[0]) ? 'elle' : 'il';
  if (inverted && /^a-t-/iu.test(inverted[0])) return /elle/i.test(inverted[0]) ? 'elle' : 'il';
  // “…”, ujarnya: the verb carries its subject.
  if (language.pronounVerb?.test(s)) return 'dia';
  const perfect = PERFECT.exec(s);
  const afterPerfect = perfect ? s.slice(perfect[0].length) : '';
  const perfectLead = perfect ? language.lead.exec(afterPerfect) : null;
  if (perfectLead) return subjectAfterLead(afterPerfect.slice(perfectLead[0].length));
  const lead = language.lead.exec(s);
  const verb = language.verb.exec(s);
  if (lead) {
    const rest = s.slice(lead[0].length);
    // („…“, hieß es in einem Bildtext: "it is said" names no one, but a document's issuer.)
    // („…“, heißt es aus dem Ministerium: whom the preposition after it names.)
    if (language.impersonal.test(lead[0])) return impersonalSpeaker(rest);
    // ("— сообщили в пресс-службе метрополитена": an impersonal plural and a body in the locative.)
    const body = locativeBody(rest, lead[0].trim(), true);
    if (body) return body;
    // “Pemberton 2.0” offers streamlined services: a word that is a verb only after a quote ("offers",
    // "states") takes a named subject after it (“…,” states Slayton), not any noun phrase.
    const leadOnly = verb?.index !== 0 && language.source.exec(s)?.index !== 0;
    // (Or a pronoun: “…“, findet sie.)
    const pronoun = /^\p{L}+/u.exec(rest)?.[0].toLowerCase();
    if (
      leadOnly &&
      !/^(?:\p{Lu}|(?:the|a|an|our|its|his|her|their)\s)/u.test(rest) &&
      !(pronoun && language.pronouns.has(pronoun) && pronoun !== 'it')
    )
      return null;
    return subjectAfterLead(rest);
  }
  const verbSecond = verb?.index === 0 ? null : verbSecondSubject(after);
  if (verbSecond) return verbSecond;
  // “…,” Wilgus shares. / “…,” she states: a word that is a verb only right after a quote and its subject
  // (“…,” Vanco shares, noting that …: whatever verb comes later is that subject's own).
  const led = language.subjectLead.exec(s);
  if (led && (!verb || verb.index >= led[0].length - 1)) return led[1]!;
  // “…” Ruiz’s words came as the council prepared to vote: the owner of the words.
  const owned = OWNED_WORDS.exec(s);
  if (owned && (!verb || verb.index > owned[0].length)) return owned[1]!;
  if (!verb) return signedAfter(after);
  const head = s.slice(0, verb.index);
  // “…”, acrescentou. / «…», dodał. / «…», ha detto. — the verb alone (an auxiliary is no subject):
  // its subject is the one already in play. ("they": a pronoun of no gender, so whoever is in play,
  // man or woman. "—lamenta—. Ahora …": the raya closing a Spanish attribution ends it too.)
  const bare = ` ${head}`.replace(language.auxiliaryBeforeVerb, '').trim() === '';
  if (bare && /^(?:[—–]|\s*[.!?…]?\s*$)/u.test(s.slice(verb.index + verb[0].length)))
    return language.impersonal.test(verb[0]) ? null : 'they';
  // “…” at the hostages’ release, adding that …: a participle's subject is the sentence's, found before.
  if (language.participles.has(verb[0].toLowerCase()) && head.trim() !== '') return null;
  // “…”, but installers warned …: a new clause with its own subject, not an attribution —
  // unless a short clause closing the sentence credits it: "“…” and the jets turned back, Sharif said."
  if (/^(?:but|and|while|although|whereas|yet|so|aber|und|mais|et)\b/iu.test(head)) {
    const closing = /,\s*([^,;:“”"]{1,40})$/u.exec(head)?.[1];
    const ends = /^\s*[.!?]/u.test(s.slice(verb.index + verb[0].length));
    const opener = closing?.split(/\s+/u)[0]?.toLowerCase() ?? '';
    return closing && ends && (/^\p{Lu}/u.test(closing) || language.pronouns.has(opener))
      ? subjectBeforeVerb(closing)
      : null;
  }
  if (head.split(/\s+/u).length > 30 || hasSentenceBreak(head) || /[“"„«「]/u.test(head)) return null;
  // "“…” in Iowa, said Pat Rynard": the sentence goes on past the quote (in lower case: "“…,” Mayer,
  // Disney’s chairman, said Tuesday" names its subject first) and the verb after its comma comes
  // before its subject, a name, who said the whole sentence.
  if (/^\p{Ll}[^,]*(?:,[^,]*)?,\s*$/u.test(head) && !ADDRESSING.test(verb[0])) {
    const inverted = subjectAfterVerb(s.slice(verb.index + verb[0].length));
    if (inverted && namesSomeone(inverted)) return inverted;
  }
  // "“…” That is how Ana Ruiz describes it": the subject after "that is how" (and no one else's
  // clause between: "That is how residents see it, and Ruiz agrees" credits no one).
  const subject = head.replace(THAT_IS_HOW, '');
  if (subject !== head && /\b(?:and|but|while|as)\b/iu.test(subject)) return null;
  return subjectBeforeVerb(subject);
}

/**
 * The phrase naming the speaker in the words before an opening mark, or null. `after`, the words
 * after the quote's closing mark, when known.
 */
export function cueBefore(before: string, after?: string): string | null {
  const sentence = lastSentence(before);
  // ("what Steve said when asked, “What’s your advice?”": the question put to him, by no one named.)
  if (/\b(?:when|if)\s+asked[\s,:]*$/iu.test(sentence)) return null;
  const japanese = JAPANESE_TOPIC.exec(sentence);
  if (japanese && (after === undefined || japaneseSpeechEnds(after)))
    return withOwner(japanese[1], japanese[2]!);
  // "Rodriguez heard an officer yell: “…”", "quoted him as saying", "what it calls": not the verb's subject.
  const other = heardSaying(sentence) ?? quotedAs(sentence) ?? whoCallsIt(sentence);
  if (other) return other;
  // ("The IPCC report states: “…”": a verb that credits after a quote closes the clause before one.)
  // (Past "that" and words of the reported clause, only a short subject of its own before the verb:
  // "But the company previously reported that women are “…”", not "Otherwise, you are … as the
  // definition states that an authority is “…”".)
  const closing = activeLanguage().leadClosing.exec(sentence);
  const head = closing ? sentence.slice(0, closing.index) : '';
  const clauseRuns =
    closing !== null && /\sthat\s+\S/u.test(closing[0]) && !/^[^,;]{1,60}$/u.test(head.trim());
  return (
    cueInSentence(sentence, true) ??
    (closing && !clauseRuns ? subjectBeforeVerb(head) : null) ??
    speakerBeforeColon(sentence)
  );
}

const QUESTION_HEAD =
  /^\s*(?:and |so |but )?(?:what|how|why)\s+(?:did|does|do|would|will|can|could)\s+(\S.*?)\s*$/iu;

/**
 * The speaker phrase of the last verb of saying in a sentence ("Espinosa said that … boost."),
 * or of "according to X". Participles (adding, موضحة) defer to the verb before them.
 */
export function cueInSentence(raw: string, last = true): string | null {
  const sentence = documentReads(joinSplitVerbs(raw));
  const language = activeLanguage();
  // ("The ministry says that the Security Council was told that “…”": whoever is told listens.)
  const verbs = [...sentence.matchAll(language.verbAll)].filter(
    (m) =>
      !language.participles.has(m[0].toLowerCase()) &&
      !inTitleCase(sentence, m.index ?? 0) &&
      !notSaying(m[0], sentence.slice((m.index ?? 0) + m[0].length)) &&
      !(PASSIVE_TOLD.test(sentence.slice(0, m.index ?? 0)) && /^told$/iu.test(m[0])) &&
      !(
        PASSIVE.test(sentence.slice(0, m.index ?? 0)) &&
        /(?:ed|said)$/iu.test(m[0]) &&
        !/^\s+by\s/iu.test(sentence.slice((m.index ?? 0) + m[0].length))
      ),
  );
  const verb = last ? verbs[verbs.length - 1] : verbs[0];
  // "in Cairo’s words, a “world of ideas …”": the name the words are credited to.
  const owned = lastOwnedSource(sentence, language.ownedSourceAll, language.ownedSourceHint);
  if (owned && (!verb || (owned.index ?? 0) > (verb.index ?? 0))) return ownerOf(owned, language.possessives);
  const sources = [...sentence.matchAll(language.sourceAll)];
  const source = sources[sources.length - 1];
  if (source && (!verb || (source.index ?? 0) > (verb.index ?? 0))) {
    return sourcePhrase(sentence, source);
  }
  if (!verb) {
    // "Para o deputado Hugo Carneiro, o programa “chega tarde”": a view credited to a person.
    const opinion = language.openingSource?.exec(sentence)?.[1];
    if (opinion && (/\s\p{Lu}/u.test(opinion) || opinion.split(/\s+/u).some(isRoleWord))) return opinion;
    // "… abandoning likes allowed Mosseri to claim that Instagram wants to be “…”".
    const infinitive = language.infinitiveCue?.exec(sentence);
    return (infinitive && nameBeforeTo(sentence.slice(0, infinitive.index))) || participleSubject(sentence);
  }
  const index = verb.index ?? 0;
  // ("Von der Polizei hieß es: „…“": an impersonal verb's words come from whom the preposition names.)
  const from = language.impersonal.test(verb[0])
    ? language.impersonalFrom?.exec(sentence.slice(0, index))
    : null;
  if (from) return from[1]!;
  // "W październiku, jak podała w komunikacie, „…”": no subject of its own; the one in play spoke.
  // ("Как рассказал журналистам источник в правительстве, «…»": unless a subject follows the verb.)
  const lead = leadWithoutClitics(sentence.slice(0, index));
  // (Nothing but clitics before the verb: "Ha detto Rossi", "Dodał, że …".)
  const verbFirst = lead.trim() === '';
  const asSubject = asClauseSubject(lead, sentence.slice(index + verb[0].length));
  if (asSubject) return asSubject;
  // "a question asked by candidates …": the passive's agent speaks.
  const agent = /^\s+by\s+(.+)$/iu.exec(sentence.slice(index + verb[0].length));
  if (agent) return subjectAfterVerb(agent[1]!.replace(/\s+(?:searching|looking|who|that|which)\b.*$/iu, ''));
  // "…, zegt hij.", "…, explique Paul Girard": after a comma the verb comes before its subject.
  const afterVerb = sentence.slice(index + verb[0].length);
  const clauseBefore =
    sentence
      .slice(0, index)
      .split(/[,،]\s*/u)
      .filter((c) => c.trim() !== '')
      .pop() ?? '';
  // (In a verb-second language also before a colon or a comma: fronted.ts. In any language a name
  // set off by commas after the verb: "The biggest reason advisors get fired, writes Beyer, is “…”" —
  // but not after "told": "Muhammad Shahabuddin, a resident of Palpur, told BSS, “…”" names the listener.)
  // ("Wahrscheinlich, sagt Trendscout Landowski, werde …": a name set off by commas after the verb
  // speaks after a single word too.)
  const parenthetical =
    (PARENTHETICAL_NAME.test(afterVerb) || PARENTHETICAL_NOUN.test(afterVerb)) && !ADDRESSING.test(verb[0]);
  if (
    /[,،]\s*$/u.test(sentence.slice(0, index)) &&
    (parenthetical ||
      (clauseBefore.trim().split(/\s+/u).length > 4 &&
        (/^\s+(?:\p{Lu}|\p{Ll})[^,:;]*[.!?]\s*$/u.test(afterVerb) ||
          invertedAfterClause(clauseBefore, afterVerb))))
  ) {
    const subject = subjectAfterVerb(afterVerb);
    if (
      subject &&
      (NAMED_SUBJECT.test(subject) || parenthetical || language.pronouns.has(subject.toLowerCase()))
    )
      return subject;
  }
  // "What did Suh say after the play?": a question's subject, between its auxiliary and the verb.
  const asked = QUESTION_HEAD.exec(sentence.slice(0, index))?.[1];
  if (asked) return asked;
  // "… allowed Mosseri to say that “…”" (a verb of the main list): the name before an infinitive's "to" speaks.
  const toSubject = nameBeforeTo(sentence.slice(0, index));
  if (toSubject) return toSubject;
  // "China’s ambassador … accused the UK of meddling and warned that “…”": a second verb shares
  // the subject that opens the sentence. ("He funds … and has stated, “…”": an auxiliary between.)
  const prior = last ? verbs[verbs.length - 2] : undefined;
  const afterPrior = prior ? sentence.slice((prior.index ?? 0) + prior[0].length, index) : undefined;
  const opening = secondVerbSubject(sentence, sentence.slice(0, index), afterPrior);
  if (opening) return opening;
  // Arabic puts the verb first: قال الوزير …
  if (/\p{Script=Arabic}/u.test(verb[0])) return subjectAfterVerb(sentence.slice(index + verb[0].length));
  const body = locativeBody(sentence.slice(0, index), verb[0]);
  if (body) return body;
  // "Demnach fragte Weiß ihn: „…“": an adverb before the verb of a verb-second language (also after
  // a conjunction set off: "Und, so ergänzt Mitschüler Nicolas: „…“").
  if (
    language.frontedAdverbs.has(sentence.slice(0, index).trim().toLowerCase()) ||
    language.frontedAdverbs.has(clauseBefore.trim().toLowerCase())
  )
    return subjectAfterVerb(sentence.slice(index + verb[0].length));
  const fronted = subjectAfterFronted(sentence.slice(0, index), afterVerb);
  if (fronted !== undefined) return fronted;
  const linked = subjectAfterLinkingAdverb(sentence.slice(0, index), afterVerb);
  if (linked !== undefined) return linked;
  // ("Dodał, że jeśli Iran …, „…”": a verb opening the sentence, then what was said; the subject in
  // play said it, where a language leaves subjects out.)
  if (language.primary !== 'en' && verbFirst && language.reportedClause.test(afterVerb)) return 'they';
  // ("Lo ha detto il presidente …: «…»": an object pronoun before the verb is not its subject.)
  const before = verbFirst ? null : subjectBeforeVerb(sentence.slice(0, index));
  if (!before || !/^(?:lo|gli)$/iu.test(before))
    return before ?? subjectAfterVerb(sentence.slice(index + verb[0].length));
  return subjectAfterVerb(sentence.slice(index + verb[0].length));
}
