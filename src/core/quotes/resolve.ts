import type { Speaker } from '../types';
import { answerLabelSpeaker } from './answer-labels';
import { findAntecedent } from './antecedent';
import { unspacedPronoun } from './cjk-pronouns';
import { droppedSubject } from './dropped-subject';
import { germanGenitive } from './german-genitive';
import { groupInPlay } from './group-pronoun';
import { hanSpeakerPhrase } from './han-cues';
import { activeLanguage, genderOfWord } from './language';
import { DETERMINER, DOCUMENT_HEADS, EPITHET, EPITHET_FROM, NOT_NAME_STARTS, ORG_HEADS } from './lexicon';
import { latestWithSurname, surnameAfterBody } from './lone-names';
import { findNames } from './names';
import { NOT_A_SUBJECT, SHARE } from './not-a-speaker';
import { koreanShortName } from './particle-cues';
import { findByRole } from './people-by-role';
import { answererOrBody, pronounFits } from './pronoun-candidates';
import { alternation } from './regex-words';
import {
  earlierWithRole,
  fits,
  fromPerson,
  headOfRole,
  type ResolveContext,
  speakerGoingOn,
  titleHolder,
} from './resolve-context';
import { AFFILIATION, knownNameInside, ownerRelative, ownersRole } from './resolve-names';
import { organisationFor, withBodyNamed } from './resolve-org';
import { asideRole, mainAndAside } from './role-aside';
import { holderAtBody } from './role-at-body';
import { roleIntroducedBefore } from './role-introduced';
import { isRoleWord } from './role-words';
import { bareRole, isModifiedRole } from './roles';
import { cleanPhrase } from './speaker-phrase';
import { contentWords } from './text';
import { titleBefore } from './titled-names';
import { unnamedAntecedent } from './unnamed-antecedent';
import { ANONYMOUS, introducedUnnamed, unnamedVoice } from './unnamed-voices';

/**
 * "the minister", "der FDP-Politiker", "el ministro", "il sindaco", "الوزير": a short definite phrase
 * points back to someone named.
 */
const ANAPHOR =
  /^(?:(?:the|der|die|das|le|la|l’|el|il|lo|o|het|de)\s+(?!\S+['’]s\b)\S+(?:\s+(?!of\b|for\b|at\b)\S+){0,2}|ال\p{L}+)$/iu;
/** "the researchers", "the study's authors": English plurals of people, never one person. */
const PLURAL_GROUP = /^the\s+(?:\p{Ll}+\s+){0,2}\p{Ll}{3,}(?:er|or|ist|ian|ant|ent|ee)s$/u;
/** A long noun phrase's head: "The authors of …", "A meta-analysis of …" (group 1). */
const HEAD_OF = /^((?:the|a|an|its|his|her|their)\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*)\s+of\s/iu;
const CJK_TITLE = /(?:総裁|氏|首相|大臣|社長|会長|教授|代表|長官|知事|市長|議員|さん|容疑者|被告)$/u;

const AUTHORED = new RegExp(
  `^(?:an?|the|its|this|that|their)?\\s*(?:[\\w-]+\\s+){0,3}${alternation(DOCUMENT_HEADS)}\\s+(?:by|from|of)\\s+((?:the\\s+)?\\p{Lu}.*)$`,
  'iu',
);

/** Turns a cue phrase ("he", "Espinosa", "a Home Office spokesperson", "Name|role") into a speaker. */
export function resolvePhrase(phrase: string, context: ResolveContext): Speaker | null {
  const [main, aside] = mainAndAside(phrase);
  const dropped = droppedSubject(aside, context);
  if (dropped !== undefined) return dropped;
  const fromMain = resolveOne(main, context);
  const speaker = fromMain ?? (aside ? resolveOne(aside, context) : null);
  if (!speaker) return null;
  // (Only the main phrase's speaker takes the aside as a role: one read from the aside is the aside.)
  const role = fromMain && !speaker.role && aside && aside !== main ? asideRole(aside) : null;
  if (role) return { ...speaker, role };
  return speaker;
}

/** "the Commission said" after "The European Commission opened …": the body named in full earlier, if any. */
function inFull(word: string, context: ResolveContext): string | undefined {
  return word.includes(' ') ? undefined : context.orgs?.holding(context.paragraph, context.offset, word);
}

function resolveOne(raw: string, context: ResolveContext): Speaker | null {
  const { people } = context;
  const phrase = cleanPhrase(raw);
  if (phrase === '') return null;
  // ("记者采访了王海。他对记者" before 说: Chinese has no spaces to end a subject at; cut it as its cues do.)
  const han = hanSpeakerPhrase(phrase);
  if (han && han !== phrase) return resolvePhrase(han, context);
  if (phrase.split(/\s+/u).length > 12) {
    // "A meta-analysis of the beneficial health impacts of coffee intake published in BMJ": its head.
    const head = HEAD_OF.exec(phrase)?.[1];
    return head ? resolveOne(head, context) : null;
  }
  const genitive = germanGenitive(phrase);
  if (genitive) return 'body' in genitive ? { name: genitive.body } : resolveOne(genitive.role, context);
  // (A question, a clause with its own verb, a run of quotes: not-a-speaker.ts.)
  if (NOT_A_SUBJECT.test(phrase)) return null;
  // ("When you were developing the show and you were saying, “…”": an interviewer asks its subject.)
  if (/^you$/iu.test(phrase)) return context.subject ?? null;
  // "One user wrote: “…” Another added: “…”": another of the same kind as the unnamed voice before.
  if (/^another$/iu.test(phrase)) {
    const previous = context.earlier[context.earlier.length - 1];
    return previous && /^\p{Ll}/u.test(previous.name) ? { name: previous.name } : null;
  }
  // "@jane_doe tweeted: “…”", "acebush1 wrote": an account's handle is the name it posts under.
  if (/^(?:@\w{2,30}|(?=\p{Ll}*[\d_])\p{Ll}[\p{Ll}\d_]{2,29})$/u.test(phrase)) return { name: phrase };
  // "Fifty-one percent say that “…”": a poll's share of respondents, not someone who spoke.
  if (SHARE.test(phrase)) return null;
  // "a March 2019 study by the Centre for Economic Policy Research": the work's author speaks.
  const author = AUTHORED.exec(phrase)?.[1];
  if (author) return resolveOne(author, context);
  // "A systemic review of 27 trials concluded": a work's head speaks, however short the phrase.
  const work = HEAD_OF.exec(phrase)?.[1];
  if (work && DOCUMENT_HEADS.has(work.split(/\s+/u).pop()!.toLowerCase())) return { name: bareRole(work) };
  // "I’ve been telling creators: “…”": the writer speaks, whom the text does not name; in a Q&A's
  // labelled answer ("AD … I kept saying to them, “…”"), the one the label stands for.
  const self = /^(?:\p{Lu}{2,3}\s+)?(I|[Ww]e)(?:['’](?:ve|m|d|ll|re))?(?:\s|$)/u.exec(phrase);
  if (self && activeLanguage().codes.has('en'))
    return self[1] === 'I' ? answerLabelSpeaker(people, context.paragraph) : null;
  // "a Fox executive", "a person close to the family": someone unnamed, whoever the phrase mentions.
  const unnamed = unnamedVoice(phrase);
  if (unnamed) return { name: withBodyNamed(unnamed, context) };
  const organisation = organisationFor(phrase, context, (cue) =>
    resolvePhrase(cue, { ...context, issuer: true }),
  );
  if (organisation !== undefined) return organisation;
  // "O Ministério do Mar", "the Swedish Prosecution Authority": a body named in the article.
  const body = phrase.replace(DETERMINER, '');
  if (context.orgs?.isOrganisation(body)) return { name: inFull(body, context) ?? body };
  // "He urged Mr. Trump …, saying “…”": the pronoun, the subject, stands for one named before the sentence.
  if (activeLanguage().pronouns.has(phrase.toLowerCase()))
    return (
      answererOrBody(phrase, context, resolvePhrase) ??
      (/^they$/iu.test(phrase) ? groupInPlay(context) : unnamedAntecedent(phrase, context)) ??
      fromPerson(
        people.antecedent(
          context.paragraph,
          people.pronounSearchFrom(context.paragraph, context.offset, phrase),
          pronounFits(context, phrase),
          phrase,
        ),
        people,
      ) ??
      // (Chinese and Korean names are not found by capitals: their pronouns are read apart.)
      unspacedPronoun(phrase, context, (subject) => resolvePhrase(subject, context)) ??
      speakerGoingOn(phrase, context)
    );
  // "the Democrat", "the Ohio Republican", "the Brazilian": a party or nationality for the one named before.
  if (EPITHET.test(phrase)) {
    const person = people.antecedent(context.paragraph, context.offset, fits(context, undefined));
    if (person) return people.toSpeaker(person);
  }
  // ("the Prime Minister said", "the spokesman for the Association": the one given that title.)
  const holder =
    (/^(?:the|The)\s/u.test(phrase) && ANAPHOR.test(phrase)
      ? titleHolder(bareRole(phrase), context)
      : null) ?? holderAtBody(phrase, context);
  if (holder) return holder;
  // "Rust consultant", "Safety systems engineer" (a signature): one capitalised word modifying a
  // role is the role, not the surname of someone named elsewhere ("Idiomatic Rust").
  if (isModifiedRole(phrase)) return { name: phrase };
  // "Prof Ryan MacDonald of the University of St Andrews", "Rosaly Lopes of NASA's Jet Propulsion
  // Laboratory": names after the first "of" are affiliations.
  // ("X in Black Feminist Thought (1990) argues": a work or place after "in" is not the speaker.)
  const affiliation = phrase.search(/\s(?:of|at|from)\s|\sin\s(?=\p{Lu})/u);
  const all = findNames(phrase).filter(
    (n) => !AFFILIATION.test(phrase.slice(Math.max(0, n.start - 6), n.start)),
  );
  const names =
    affiliation > 0 && all.some((n) => n.end <= affiliation) ? all.filter((n) => n.end <= affiliation) : all;
  const named = names[names.length - 1];
  // "the Prime Minister’s official spokesman", "Travis Kelce’s mom": the role, or the relative, speaks.
  if (named && ownersRole(phrase, named.end)) return ownerRelative(phrase, named.name, context);
  // "Social Care spokesperson": a name followed by a role noun only modifies it.
  if (named && !isRoleWord(phrase.slice(named.end).trim())) {
    const after = surnameAfterBody(people, context, phrase.slice(0, named.start), named.name);
    if (after) return people.toSpeaker(after);
    // ("Mrs Smith said" after "Mary Smith and her husband, John Smith": the title tells them apart.)
    const titled = titleBefore(
      phrase.slice(named.start, named.end),
      named.name,
      named.role,
      phrase.slice(0, named.start),
    );
    const person = people.addTitled(named.name, named.role, true, titled);
    return person ? people.toSpeaker(person) : { name: named.name };
  }
  // "The authors of the research published in …": the head of a long noun phrase speaks.
  const headOf = HEAD_OF.exec(phrase);
  const bare = bareRole(headOf && phrase.split(/\s+/u).length > 6 ? headOf[1]! : phrase);
  // ("die Kauffrau": in German every noun is capitalised; with its article it is a role, below.)
  const germanNoun = activeLanguage().codes.has('de') && /^(?:der|die|das)\s/u.test(phrase);
  if (
    !germanNoun &&
    /^\p{Lu}/u.test(bare) &&
    bare.split(/\s+/u).length <= 3 &&
    !/\p{Ll}+\s+\p{Ll}/u.test(bare)
  ) {
    const title = bare.replace(/^(?:Mr|Mrs|Ms|Dr|Prof|Sir)\.?\s+/u, '');
    const known = latestWithSurname(people, context.paragraph, context.offset, title) ?? people.find(title);
    if (known) return people.toSpeaker(known);
    const body = inFull(title, context);
    if (body) return { name: body };
    // "RedMonk’s Stephens": where someone works, then a surname the article has given in full.
    const owned = /^\S+['’]s\s/u.test(title) ? knownNameInside(title, people) : null;
    if (owned) return owned;
    if (!isRoleWord(bare) && !NOT_NAME_STARTS.has(title.toLowerCase())) return { name: title };
  }
  // "the 14th-ranked Schwartzman", "Umar radiallohu anhu": a known name inside a longer phrase.
  const inner = knownNameInside(bare, people);
  if (inner) return inner;
  const korean = koreanShortName(phrase, people.paragraphs, context.paragraph);
  if (korean) return korean;
  if (/^[\p{Script=Han}\p{Script=Katakana}ー]+$/u.test(phrase)) {
    const name = phrase.replace(CJK_TITLE, '');
    // (市長は「…」: a title alone is who speaks, unnamed; it finds no one by an empty name.)
    if (name === '') return { name: phrase };
    return people.cjk.find(name) ?? { name };
  }
  if (!/\p{L}/u.test(bare) || /^(?:it|this|that|which|who)$/iu.test(bare)) return null;
  const head = bare.split(/\s+/u).pop()!.toLowerCase();
  // "China’s ambassador" after "China’s ambassador to Britain Liu Xiaming": the person with that role.
  if (/^\p{Lu}[\p{L}.-]*['’]s\s+\p{Ll}/u.test(phrase) && phrase.split(/\s+/u).some(isRoleWord)) {
    const holder = findByRole(people, contentWords(phrase.replace(/^\S+\s+/u, '')));
    if (holder && fits(context, undefined)(holder)) return people.toSpeaker(holder);
  }
  // ("the Democrat from New York": an epithet and where its holder is from point back like "the Democrat".)
  const epithet = EPITHET_FROM.exec(phrase)?.[1];
  if (epithet) return resolveOne(epithet, context);
  if (ANAPHOR.test(phrase) && !ORG_HEADS.has(head)) {
    if (ANONYMOUS.has(head)) {
      const introduced = roleIntroducedBefore(people, context.paragraph, context.offset, head);
      // ("Spokesman Peter Klein announced …. “…,” the spokesman said": someone named with that role.)
      return (
        earlierWithRole(bare, context) ??
        fromPerson(
          findByRole(
            people,
            [head],
            (person) => fits(context, undefined)(person) && headOfRole(person.role).endsWith(head),
          ),
          people,
        ) ?? {
          name: introduced ?? bare,
        }
      );
    }
    // "the researchers wrote": a group speaks, not the one person named last.
    if (PLURAL_GROUP.test(phrase)) return { name: bare };
    const speaker =
      earlierWithRole(bare, context) ??
      // (Not someone the quote itself speaks of: "le juge en chef a déclaré que « le juge X … »".)
      fromPerson(findByRole(people, contentWords(bare), fits(context, undefined)), people);
    if (speaker) return speaker;
    // ("a police officer … the officer recalled": brought in unnamed, not whom the last sentence was about.)
    const paragraph = people.paragraphs[context.paragraph] ?? '';
    if (introducedUnnamed(head, paragraph, context.offset)) return { name: bare };
    // ("the 48-year-old", "der 48-Jährige": an age stands for the one the text is about, whom a
    // subject with no other signal may name, as for a pronoun.)
    const age = /^\d+-/u.test(head);
    const person = findAntecedent(
      people,
      context.paragraph,
      context.offset,
      fits(context, genderOfWord(head, activeLanguage().gender)),
      undefined,
      age,
    );
    if (person) return people.toSpeaker(person);
  }
  // A speaker phrase is a short noun phrase, not a clause: "removal (44 percent of Americans" is not one.
  if (
    bare.split(/\s+/u).length > 6 ||
    /[()\d%]/u.test(bare) ||
    /^(?:that|which|who|whom|if|whether)\b/iu.test(bare)
  ) {
    return null;
  }
  // …and names someone: a capital, a role or organisation noun, or a plural (residents, officials).
  const words = bare.split(/\s+/u);
  if (
    // ("The former minister", "the new coach": a role phrase may open with such a word.)
    (NOT_NAME_STARTS.has(words[0]!.toLowerCase()) &&
      !(/^(?:former|new|ex)$/iu.test(words[0]!) && words.slice(1).some(isRoleWord))) ||
    // ("something along the lines of: “…”" introduces words, it does not say them.)
    /^(?:with|without|by|into|under|over|through|something|anything|nothing|everything)$/iu.test(words[0]!)
  ) {
    return null;
  }
  // (A capital that only opens the sentence is no sign: "Products with the nutrition claims ‘…’".)
  const namesSomeone =
    /\p{Lu}|\p{Script=Arabic}|\p{Script=Han}|\p{Script=Hangul}/u.test(bare.slice(1)) ||
    (/^\p{Lu}/u.test(bare) && words.length <= 2) ||
    // "One tester said:", "a passer-by told …": an indefinite person is the speaker, unnamed.
    (/^(?:a|an|one|another)\s/iu.test(phrase) && words.length <= 4) ||
    words.some((w) => isRoleWord(w) || ORG_HEADS.has(w.toLowerCase())) ||
    // ("пресс-служба метрополитена": a body's common noun of the article's language.)
    activeLanguage().orgNouns.has(words[0]!.toLowerCase()) ||
    // A plural of people, also as the head before "de" ("fuentes de la compañía", "fonti del ministero").
    words.some(
      (w, i) =>
        /\p{Ll}{3,}[si]$/u.test(w) &&
        (i === words.length - 1 || /^(?:of|de|di|da|do|des|del|della|van|von)$/u.test(words[i + 1]!)),
    );
  return namesSomeone ? { name: withBodyNamed(bare, context) } : null;
}
