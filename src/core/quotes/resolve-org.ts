import type { Speaker } from '../types';
import { cueInSentence } from './cues';
import { activeLanguage } from './language';
import { DETERMINER } from './lexicon';
import { DOCUMENT_NOUNS } from './orgs';
import type { People } from './people';
import { type ResolveContext, sentenceBefore } from './resolve-context';
import { isRoleWord } from './role-words';

/**
 * Phrases that stand for a body rather than a person: "it", "the company", "the statement",
 * a pronoun after a sentence about "the union". Split from resolve.ts, which asks these first.
 */

/** A body's common noun, then the preposition that ties it to its name: "ministerio de Exteriores". */
const BODY_OF = /^\p{Ll}+\s+(?:of|de|del|di|della|do|da|des|du|van|von)\s+\p{Lu}/u;

/**
 * "it", "the company", "la mairie", "the statement", "the Department of Justice complaint":
 * the organisation named earlier that the phrase stands for. Undefined when the phrase is
 * not of that kind (the other rules go on); null when it is but nothing can be said.
 */
export function organisationFor(
  phrase: string,
  context: ResolveContext,
  resolve: (phrase: string) => Speaker | null,
): Speaker | null | undefined {
  const { orgs } = context;
  if (!orgs) return undefined;
  const lower = phrase.toLowerCase();
  const previous = context.earlier[context.earlier.length - 1];
  const latest = (words: string) => {
    const name = orgs.latestBefore(context.paragraph, context.offset, words);
    return name ? { name } : null;
  };
  // ("On the label, it just says “…”": "it" stands for a body only one named close by, in this
  // paragraph or the one before.)
  if (lower === 'it') {
    if (previous && orgs.isOrganisation(previous.name)) return previous;
    const name = orgs.latestWithin(context.paragraph, context.offset, IT_REACH);
    return name ? { name } : bodyInPlay(context);
  }
  const words = phrase.split(/\s+/u);
  const head = words[words.length - 1]!.toLowerCase();
  if (DOCUMENT_NOUNS.has(head)) {
    // "the Department of Justice complaint", "Big Machine’s statement": the owner is named.
    const owner = words
      .slice(0, -1)
      .filter((w) => !DETERMINER.test(`${w} `))
      .join(' ')
      .replace(/['’]s?$/u, '')
      .trim();
    // ("The Swedish brochure says": a nationality is no owner; the document speaks for itself.)
    if (/^\p{Lu}\p{Ll}+(?:ish|ian|ese|ean)$/u.test(owner)) return { name: phrase.replace(DETERMINER, '') };
    // "the Institute's release": the body named earlier in full, when the owner is one word of it.
    if (/^\p{Lu}/u.test(owner))
      return {
        name: (!owner.includes(' ') && orgs.holding(context.paragraph, context.offset, owner)) || owner,
      };
    // "One victim’s son … said in a statement that …. “…,” the statement said.": its issuer.
    // (Only once: the issuing sentence's own subject may be another document, "the complaint".)
    const cue = issuingCue(head, context);
    const issued = cue && !DOCUMENT_NOUNS.has(lastWord(cue)) && !context.issuer ? resolve(cue) : null;
    if (issued) return issued;
    // "the statement continued": whoever the last statement was credited to, if a body (after the
    // sentence that issued one, which may name another body: "The company denied it in a statement").
    if (previous && orgs.isOrganisation(previous.name)) return previous;
    // "the report states", "the email began": a report or a letter with no author in sight speaks
    // for itself; the body named last is more often what it is about than who wrote it.
    if (AUTHORED_DOCUMENTS.has(head)) return authorOf(head, context) ?? { name: head };
    const issuer = orgs.latestBefore(context.paragraph, context.offset, '', head);
    return issuer ? { name: issuer } : (previous ?? null);
  }
  // "the company", "the production company", "la mairie d’arrondissement", "the agency".
  const bare = phrase.replace(DETERMINER, '');
  const first = bare.split(/\s+/u)[0]!.toLowerCase();
  const nouns = activeLanguage().orgNouns;
  // "a company spokesperson" is a person: the body's noun only leads when no role word ends the phrase.
  const bodyNoun = nouns.has(head) || (nouns.has(first) && !isRoleWord(head));
  // With no body named before, the noun itself is the speaker ("la mairie d’arrondissement"),
  // never the person named last. (A capital only on a body's noun: German "die Polizei".)
  const namesNone = bare.split(/\s+/u).every((w) => !/\p{Lu}/u.test(w) || nouns.has(w.toLowerCase()));
  if (words.length <= 4 && bare !== phrase && namesNone && bodyNoun) return latest(bare) ?? { name: bare };
  // ("explicaba el ministerio de Exteriores de Egipto", "said the ministry of Foreign Affairs": the
  // body's noun with the name it is of, whole; not the capitals alone, nor the noun alone.)
  if (bare !== phrase && nouns.has(first) && !isRoleWord(head) && BODY_OF.test(bare)) return { name: bare };
  // ("hieß es in einer Erklärung des Ministeriums": a German body's noun, capitalised, in the genitive;
  // the body named earlier whose name holds it, else the noun itself.)
  const nominative = nouns.has(lower) ? lower : lower.replace(/e?s$/u, '');
  if (words.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(phrase) && nouns.has(nominative))
    return { name: namedWith(nominative, context) ?? phrase.slice(0, nominative.length) };
  // 该公司 ("the company"): unspaced scripts write the determiner into the noun.
  if (/^\p{Script=Han}+$/u.test(phrase) && nouns.has(phrase)) return latest(phrase) ?? { name: phrase };
  return undefined;
}

/**
 * "Spółdzielnia skupuje mleko … W październiku, jak podała, „…”", "The union rejected the offer.
 * “…,” they said.": a pronoun of no gender, or a subject left out, after a sentence whose subject
 * is a body's common noun is that body (the one named in full earlier, if any).
 */
export function bodyInPlay(context: ResolveContext): Speaker | null {
  const { orgs } = context;
  if (!orgs) return null;
  const opening = previousSentenceOpening(context.people, context.paragraph, context.offset);
  const noun = /^\s*(\p{L}+)(?:\s+(\p{L}+))?/u.exec(opening.replace(DETERMINER, ''));
  const word = noun?.[1]?.toLowerCase() ?? '';
  if (!isOrgNoun(word) || (noun?.[2] && /^\p{Lu}/u.test(noun[2]))) return modifiedBody(opening, context);
  const at = context.offset;
  const compounding = COMPOUNDING.has(activeLanguage().primary);
  const latest = orgs.latestBefore(context.paragraph, at, word);
  // (Where a compound names its body, "Programme" named since is not "das Wirtschaftsministerium".)
  const fits = !compounding || latest?.toLowerCase().includes(word);
  const name = orgs.holding(context.paragraph, at, word) ?? (fits ? latest : undefined);
  // (German nouns keep their capital: "Wirtschaftsministerium".)
  return name ? { name } : { name: compounding ? noun![1]! : word };
}

/**
 * "The Indian army in a statement said …", "Pakistan’s military said …": a body's noun after a
 * capitalised modifier or a possessive; the body named earlier whose name holds the noun, else the
 * phrase itself (never just the latest body named, which is as often another).
 */
function modifiedBody(opening: string, context: ResolveContext): Speaker | null {
  // ("The South African delegation": a modifier of two capitalised words too.)
  const m = /^\s*(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?(?:['’]s)?)\s+(\p{Ll}+)(?=[\s,.;:]|$)/u.exec(
    opening.replace(DETERMINER, ''),
  );
  if (!m || !activeLanguage().orgNouns.has(m[2]!)) return null;
  return { name: namedWith(m[2]!, context) ?? `${m[1]} ${m[2]}` };
}

/** The body named last before this point whose name holds the noun ("Vereinigungsministerium" for "ministerium"). */
function namedWith(noun: string, context: ResolveContext): string | undefined {
  const named = context.orgs?.latestBefore(context.paragraph, context.offset, noun);
  return named?.toLowerCase().includes(noun) ? named : undefined;
}

/**
 * "a spokesman for the company" → "Northern Power spokesman": a role whose body is a common noun
 * takes the body that noun stands for at that point, when the article has named one.
 */
export function withBodyNamed(role: string, context: ResolveContext): string {
  const words = role.split(/\s+/u);
  if (words.length !== 2 || !context.orgs || !isRoleWord(words[1]!)) return role;
  if (!activeLanguage().orgNouns.has(words[0]!)) return role;
  const body = context.orgs.latestBefore(context.paragraph, context.offset, words[0]!);
  return body ? `${body} ${words[1]}` : role;
}

function lastWord(phrase: string): string {
  return (phrase.split('|')[0]!.trim().split(/\s+/u).pop() ?? '').toLowerCase();
}

/** How far back, in paragraphs, "it" may stand for a body named there. */
const IT_REACH = 1;

/** How far back the sentence that issued a document is looked for, in paragraphs. */
const ISSUER_REACH = 3;

/**
 * The speaker phrase of the latest sentence before the point that issued the document ("X said in
 * a statement read to the court that …"), or null.
 */
function issuingCue(noun: string, context: ResolveContext): string | null {
  const { people } = context;
  const issued = new RegExp(
    `\\b(?:in|via|through)\\s+(?:an?|the|his|her|their|its)\\s+(?:\\p{L}+\\s+)?${noun}\\b`,
    'iu',
  );
  for (let p = context.paragraph; p >= 0 && context.paragraph - p <= ISSUER_REACH; p--) {
    const text = people.paragraphs[p]!;
    const limit = p === context.paragraph ? context.offset : text.length;
    const starts = people.sentenceStartsOf(p);
    for (let s = starts.length - 1; s >= 0; s--) {
      if (starts[s]! >= limit) continue;
      const sentence = text.slice(starts[s], Math.min(starts[s + 1] ?? text.length, limit));
      if (!issued.test(sentence)) continue;
      // ("The company flat-out denied the allegations in a statement": no verb of saying, but the
      // body opening the sentence issued it.)
      // (Nor when the verb it finds is the document's own: "a statement shared to its website".)
      const cue = cueInSentence(sentence, false);
      return cue && !DOCUMENT_NOUNS.has(lastWord(cue)) ? cue : (bodyOpening(sentence, context) ?? cue);
    }
  }
  return null;
}

/** The body a sentence opens with: "The company …", "Big Machine Records …"; null when it opens otherwise. */
function bodyOpening(sentence: string, context: ResolveContext): string | null {
  const noun = /^\s*(?:the|its)\s+(\p{Ll}[\p{L}-]*)\s/iu.exec(sentence)?.[1];
  if (noun && isOrgNoun(noun)) return `the ${noun}`;
  const run = /^\s*(\p{Lu}[\p{L}’'.&-]*(?:\s+\p{Lu}[\p{L}’'.&-]*){0,4})\s+\p{Ll}/u.exec(sentence)?.[1];
  return run && context.orgs?.isOrganisation(run) ? run : null;
}

/**
 * Documents written by someone rather than issued by a body (a court's, a party's): their issuer is
 * not the body named last; with no author in sight they speak for themselves ("the lawsuit says").
 */
const AUTHORED_DOCUMENTS = new Set(
  'report study letter email e-mail memo lawsuit complaint filing ruling indictment judgment document'.split(
    ' ',
  ),
);

/** "according to a June report by the University of Chicago Education Lab and MDRC": who wrote it, named before. */
function authorOf(noun: string, context: ResolveContext): Speaker | null {
  const by = new RegExp(
    `\\b${noun}\\s+(?:by|from)\\s+((?:the\\s+)?\\p{Lu}[\\p{L}’'.-]*(?:\\s+(?:of|and|for|the|\\p{Lu}[\\p{L}’'.-]*))*)`,
    'u',
  );
  for (let p = context.paragraph; p >= 0 && context.paragraph - p <= ISSUER_REACH; p--) {
    const text = context.people.paragraphs[p]!;
    const before = p === context.paragraph ? text.slice(0, context.offset) : text;
    const found = [...before.matchAll(new RegExp(by, 'gu'))].pop()?.[1];
    if (found) return { name: found.replace(/\s+(?:of|and|for|the)$/u, '').replace(/^the\s+/u, '') };
  }
  return null;
}

/** Languages that write compounds as one word: "Wirtschaftsministerium" is a "ministerium". */
const COMPOUNDING = new Set(['de', 'nl']);

function isOrgNoun(word: string): boolean {
  const nouns = activeLanguage().orgNouns;
  if (nouns.has(word)) return true;
  if (!COMPOUNDING.has(activeLanguage().primary)) return false;
  for (const noun of nouns)
    if (noun.length >= 4 && word.length > noun.length + 3 && word.endsWith(noun)) return true;
  return false;
}

/** The first words of the sentence before the one at a point (in the paragraph before, at its start). */
function previousSentenceOpening(people: People, paragraph: number, offset: number): string {
  const before = sentenceBefore(people, paragraph, offset);
  return before ? people.paragraphs[before.paragraph]!.slice(before.start, before.start + 60) : '';
}
