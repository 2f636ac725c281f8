import { activeLanguage } from './language';

/**
 * Chinese cues: the speaker, often with a role before the name, ahead of the verb
 * (副秘书长王建国接受记者采访时说：“…”), or after the quote (“…”商务部部长李明表示。).
 * Chinese writes no spaces, so the subject is cut out of the clause by what surrounds a
 * name: a clause before a comma, a preposition's phrase (在…时, 接受…), the words between
 * a subject and its verb (也, 周二, 对记者, 笑着), and a role word before the name. The
 * word lists are the language's own (lang/zh.ts).
 */

type Han = NonNullable<ReturnType<typeof activeLanguage>['han']>;

/** The speaker before the verb that introduces the quote, or of the sentence before it. */
export function hanCue(before: string): string | null {
  const h = activeLanguage().han;
  if (!h) return null;
  const sentences = before.split(/[。！？；]/u);
  let clause = (sentences.pop() ?? '').trim();
  let atEnd = true;
  if (clause === '') {
    clause = (sentences.pop() ?? '').trim();
    atEnd = false;
  }
  clause = clause.replace(/[：:，,\s]+$/u, '');
  const verbAt = verbStart(clause, h, atEnd);
  return verbAt > 0 ? hanSubject(clause.slice(0, verbAt), h) : null;
}

/** Chinese with the speaker after the quote: “我们将继续扩大开放。”商务部部长李明表示。 */
export function hanCueAfter(after: string): string | null {
  if (!activeLanguage().han) return null;
  const clause = after.replace(/^[”"’」\s，,]+/u, '').split(/[。！？!?]/u)[0] ?? '';
  return clause === '' ? null : hanCue(clause);
}

/**
 * Where the verb of saying starts. Before the quote it ends the clause (within two characters);
 * in the sentence before, the first verb is the main one. Of verbs ending at the same place the
 * longest counts: 回应称 ("replied, saying") is one verb, so 回应 is not taken for a name.
 */
function verbStart(clause: string, h: Han, atEnd: boolean): number {
  let best = -1;
  let bestEnd = -1;
  for (const verb of h.verbs) {
    const i = atEnd ? clause.lastIndexOf(verb) : clause.indexOf(verb);
    if (i <= 0 || (atEnd && clause.length - (i + verb.length) > 2)) continue;
    const end = i + verb.length;
    const better = atEnd
      ? end > bestEnd || (end === bestEnd && i < best)
      : best === -1 || i < best || (i === best && end > bestEnd);
    if (better) {
      best = i;
      bestEnd = end;
    }
  }
  return best;
}

/** An adverb of manner before the verb: 笑着 ("smiling"), 激动地 ("excitedly"). */
const MANNER = /(?:\p{Script=Han}着|\p{Script=Han}{2}地)$/u;
/** A name given again in Latin letters: 拜登（Joe Biden）. */
const GLOSS = /[（(][^）)]*[）)]/gu;

/**
 * A speaker phrase found by the cues of spaced languages in Chinese text ("他对记者" before 说):
 * the subject in its last sentence, cut as hanCue cuts it; null when no subject can be cut out.
 */
export function hanSpeakerPhrase(phrase: string): string | null {
  const h = activeLanguage().han;
  if (!h || !/\p{Script=Han}/u.test(phrase)) return null;
  return hanSubject(phrase.split(/[。！？；]/u).pop() ?? '', h);
}

/** The speaker phrase in the words before the verb: "name", "name|role", a role alone, or a pronoun. */
function hanSubject(words: string, h: Han): string | null {
  // ("在接受采访时，刘洋表示", "对此，…负责人表示": a clause before a comma opens the sentence.)
  let subject = words.replace(GLOSS, '').replace(/^.*[，,、]/u, '');
  for (const cut of h.clauseBreaks) {
    const i = subject.indexOf(cut);
    if (i > 0) subject = subject.slice(0, i);
  }
  for (let previous = ''; previous !== subject; ) {
    previous = subject;
    const leadIn = h.leadIns.find((w) => subject.endsWith(w) && subject.length > w.length);
    if (leadIn) subject = subject.slice(0, -leadIn.length);
    else if (MANNER.test(subject) && subject.length > 3) subject = subject.replace(MANNER, '');
  }
  const opener = h.openers.find((w) => subject.startsWith(w) && subject.length > w.length + 1);
  if (opener) subject = subject.slice(opener.length);
  if (activeLanguage().pronouns.has(subject)) return subject;
  // "一位不愿透露姓名的业内人士", "外交部发言人": a role that names no one is its own speaker,
  // described by what follows its last 的.
  if (h.roleSuffixes.some((r) => subject.endsWith(r))) {
    const role = subject.slice(subject.lastIndexOf('的') + 1);
    return role.length >= 2 && role.length <= 12 && /^\p{Script=Han}+$/u.test(role) ? role : null;
  }
  // The name after the last role word, two characters at least ("局长王" is a role, not 王).
  let roleEnd = -1;
  for (const role of h.roleSuffixes) {
    const i = subject.lastIndexOf(role);
    if (i >= 0 && i + role.length > roleEnd && subject.length - (i + role.length) >= 2)
      roleEnd = i + role.length;
  }
  const name = roleEnd > 0 ? subject.slice(roleEnd) : subject;
  if (name.length < 2 || name.length > 8 || !/^\p{Script=Han}+$/u.test(name)) return null;
  return roleEnd > 0 ? `${name}|${subject.slice(0, roleEnd)}` : name;
}
