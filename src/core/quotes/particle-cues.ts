import type { Speaker } from '../types';
import { activeLanguage } from './language';

/**
 * Cues of languages that do not work like "X said": Korean marks the speaker with a
 * particle and closes the quote with a quotative (김민수 과장은 “…”고 말했다); Japanese
 * closes it with と before the topic. Chinese has its own module (han-cues.ts). The word
 * lists are the languages' own (lang/ko.ts, lang/ja.ts).
 */

const HANGUL_NAME = /^\p{Script=Hangul}{2,4}$/u;

/**
 * A Korean name's shape, and neither a connective spelled like one ("하지만") nor a party, faction,
 * agency or office ("민주당", "친청계", "경찰청", "비서처"), which may stand before a name and its role.
 */
function isHangulName(token: string): boolean {
  return (
    HANGUL_NAME.test(token) &&
    !/[당계청처]$/u.test(token) &&
    !activeLanguage().particles?.connectives.has(token)
  );
}

/** Korean: the subject-marked phrase before a quote that a quotative follows. */
export function particleCue(before: string, after: string): string | null {
  const k = activeLanguage().particles;
  if (!k) return null;
  const next = after.replace(/^[”"’」\s]+/u, '');
  if (!k.quotatives.some((q) => next.startsWith(q))) return null;
  const sentence = before.split(/[.!?。]\s+/u).pop() ?? before;
  return markedSubject(sentence.trim().split(/\s+/u).filter(Boolean));
}

/**
 * Korean with the speaker after the quote: “…”고 한국은행 이창용 총재가 말했다 — the
 * subject-marked phrase between the quotative and the verb of saying.
 */
export function particleCueAfter(after: string): string | null {
  const language = activeLanguage();
  const k = language.particles;
  if (!k) return null;
  const next = after.replace(/^[”"’」\s]+/u, '');
  const quotative = k.quotatives.find((q) => next.startsWith(q));
  if (!quotative) return null;
  const clause = next.slice(quotative.length).split(/[.!?。]/u)[0] ?? '';
  const tokens = clause.trim().split(/\s+/u).filter(Boolean);
  const verbAt = tokens.findIndex((t) => language.verb.test(t));
  return verbAt > 0 ? markedSubject(tokens.slice(0, verbAt)) : null;
}

/** The last subject-marked token of a clause, with the name and role around it ("김민수 과장은"). */
function markedSubject(tokens: readonly string[]): string | null {
  const k = activeLanguage().particles!;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i]!.replace(/[,，]$/u, '');
    const particle = k.particles.find((p) => token.endsWith(p) && token.length > p.length);
    if (!particle) continue;
    // ("그만해야 한다는 것이다": 다는 closes a verb a clause hangs on, no subject.)
    if (particle === '는' && token.endsWith('다는')) continue;
    let core = token.slice(0, -particle.length).replace(/\([^)]*\)/gu, '');
    // "김민수 씨는", "이지은(32) 씨는": the honorific written apart; the name is the token before it.
    if (k.nameSuffixes.includes(core) && i > 0) {
      const name = tokens[i - 1]!.replace(/\([^)]*\)/gu, '');
      const role = tokens.slice(Math.max(0, i - 3), i - 1).join(' ');
      if (isHangulName(name)) return role ? `${name}|${role}` : name;
    }
    // "A씨는": a person the article keeps anonymous by a letter.
    if (/^\p{Lu}씨$/u.test(core)) return core;
    for (const suffix of k.nameSuffixes)
      if (core.endsWith(suffix) && core.length > suffix.length) core = core.slice(0, -suffix.length);
    if (!/\p{Script=Hangul}/u.test(core)) continue;
    // "김민수 서울시 교통정책과장은": the role word, led by the name at the start of the phrase.
    const isRole = core.length > 2 && k.roleSuffixes.some((r) => core.endsWith(r));
    // "김민수 과장은": a two-syllable role (과장, 교수) right after the name it belongs to.
    const previous = tokens[i - 1];
    if (!isRole && core.length === 2 && k.roleSuffixes.some((r) => core.endsWith(r)) && previous) {
      if (isHangulName(previous) && previous.length === 3) return `${previous}|${core}`;
      // ("김 장관은": the surname alone before the role, the full name written earlier.)
      if (/^\p{Script=Hangul}$/u.test(previous)) return `${previous} ${core}`;
    }
    if (isRole) {
      const name = tokens.slice(0, i).find(isHangulName);
      if (name)
        return `${name}|${tokens
          .slice(tokens.indexOf(name) + 1, i)
          .concat(core)
          .join(' ')}`;
    }
    // "전국자동차노동조합연맹 관계자는": an unnamed official speaks for the body named before the word.
    // ("현대자동차 측은": the company's side is the company.)
    if (UNNAMED.includes(core) && previous && /^\p{Script=Hangul}{2,}$/u.test(previous))
      return core === '측' ? previous : `${previous} ${core}`;
    return core;
  }
  return null;
}

/**
 * 그는 or 그녀는 ("he", "she"): Korean names are not found by their capitals, so the person is
 * the subject-marked name of an earlier sentence, the nearest first (this paragraph, then the one
 * before). Pronouns and bodies are passed over.
 */
export function koreanAntecedent(
  paragraphs: readonly string[],
  paragraph: number,
  offset: number,
): string | null {
  if (!activeLanguage().particles) return null;
  // (The nearest 2,000 characters of each: a pronoun points back a few sentences, not a page.)
  const texts = [
    paragraphs[paragraph]!.slice(Math.max(0, offset - 2000), offset),
    (paragraphs[paragraph - 1] ?? '').slice(-2000),
  ];
  for (const text of texts) {
    const sentences = text.split(/[.!?。]\s+|[“”"][^“”"]*[“”"]/u).reverse();
    for (const sentence of sentences) {
      const subject = markedSubject(sentence.trim().split(/\s+/u).filter(Boolean));
      const [name = '', role] = subject?.split('|') ?? [];
      // (A subject with no role or honorific is a person only in a full name's three syllables:
      // "내부 갈등은 끝내야 한다는 것이다" has a noun for its subject, no one "그는" can mean.)
      if (
        isHangulName(name) &&
        (role !== undefined || name.length === 3) &&
        !activeLanguage().pronouns.has(name) &&
        !activeLanguage().orgNouns.has(name)
      )
        return subject;
    }
  }
  return null;
}

/**
 * "김 장관" → 김영호 (role 장관): a Korean surname and role standing for the person introduced
 * earlier with that surname and role ("김영호 통일부 장관은"), read from the paragraphs before.
 * Each short form is looked up once per article (a page may repeat it in every paragraph).
 */
export function koreanShortName(phrase: string, paragraphs: readonly string[], upTo: number): Speaker | null {
  const short = /^(\p{Script=Hangul})\s+(\p{Script=Hangul}{2,})$/u.exec(phrase);
  if (!short) return null;
  let found = shortNames.get(paragraphs);
  if (!found) {
    found = new Map();
    shortNames.set(paragraphs, found);
  }
  let first = found.get(phrase);
  if (first === undefined) {
    const full = new RegExp(
      `(?<!\\p{Script=Hangul})(${short[1]}\\p{Script=Hangul}{2})(?:\\s+\\S+){0,3}?\\s+${short[2]}`,
      'u',
    );
    first = null;
    for (let p = 0; p < paragraphs.length && !first; p++) {
      const m = full.exec(paragraphs[p]!);
      if (m) first = { paragraph: p, name: m[1]! };
    }
    found.set(phrase, first);
  }
  return first && first.paragraph <= upTo ? { name: first.name, role: short[2]! } : null;
}
const shortNames = new WeakMap<readonly string[], Map<string, { paragraph: number; name: string } | null>>();

/** Korean words for an unnamed official, spokesperson or side of a body ("관계자", "대변인", "측"). */
const UNNAMED = ['관계자', '대변인', '측'];

/**
 * Japanese with the speaker after the quote: 「…」と日銀の植田和男総裁は語った (the topic, past any の
 * owner). The owner is never empty: 「…」との誤解が is "the misconception that …", no topic's quotative.
 */
const JAPANESE_TOPIC_AFTER =
  /^\s*と\s*(?:([^\s。、「」]+?)の)?([\p{Script=Han}\p{Script=Katakana}ー]{2,12})(?:は|が)/u;
export function japaneseCueAfter(after: string): string | null {
  if (!activeLanguage().codes.has('ja')) return null;
  const rest = after.replace(/^[」』\s]+/u, '');
  const m = JAPANESE_TOPIC_AFTER.exec(rest) ?? JAPANESE_THUS_SAID.exec(rest);
  return m ? withOwner(m[1], m[2]!) : null;
}

/**
 * 「…」。田中社長は記者会見でこう強調した: the quote ends its sentence and the next one credits it
 * with こう or そう ("thus") before a verb of saying; its topic speaks.
 */
const JAPANESE_THUS_SAID =
  /^\s*。\s*(?:([^\s。、「」]*?)の)?([\p{Script=Han}\p{Script=Katakana}ー]{2,12})(?:さん|氏)?(?:は|が)[^。「」]{0,30}?(?:こう|そう)[^。「」]{0,12}?(?:述べ|語|話|強調|説明|明か|指摘|訴え|主張|答え|振り返)/u;

/** Unnamed officials: 担当者 (the official in charge), 関係者 (a person involved), 報道官, 幹部, 職員. */
const UNNAMED_OFFICIAL = /(?:担当者|関係者|報道官|幹部|職員)$/u;

/** "国土交通省の担当者": an unnamed official keeps the body it speaks for; a named person drops it (日銀の植田和男総裁). */
export function withOwner(owner: string | undefined, topic: string): string {
  return owner && UNNAMED_OFFICIAL.test(topic) && /^[\p{Script=Han}\p{Script=Katakana}ー]{2,12}$/u.test(owner)
    ? `${owner}の${topic}`
    : topic;
}

/**
 * Whether the words after a quote close it as speech: a quotative (「…」と述べた, 「…」って), the end of
 * the sentence, or a comma. 題名が「〇〇防止法」となっている ("becomes"), 「…」という名前 ("called"),
 * 「…」ではなく ("not …") and 「…」の ("of …") go on about a name or a thing: the topic said nothing.
 * (「…」との誤解が ("the misconception that …") is no topic's quotative either: see JAPANESE_TOPIC_AFTER.)
 */
export function japaneseSpeechEnds(after: string): boolean {
  return /^[」』\s]*(?:$|[。、！？!?]|って|と(?!な[っるりら]|い[うっ]|か|の)|との(?:こと|話|考え|見方|認識|意向|声))/u.test(
    after,
  );
}

/**
 * 小池知事は「…」, 田中健一さん（48）は「…」, 小池百合子知事は記者会見で「…」: the topic, with an
 * honorific or an age, and a short phrase of place or occasion before the quote.
 */
export const JAPANESE_TOPIC =
  /(?:([\p{Script=Han}\p{Script=Katakana}ー]{2,12})の)?([\p{Script=Han}\p{Script=Katakana}ー]{2,12})(?:さん|氏)?(?:[（(]\d{1,3}[）)])?(?:は|が)(?:[^。「」は]{1,16}?(?:で|に|、))?\s*$/u;
