import { activeLanguage } from './language';
import { ORG_WORDS } from './lexicon';
import { OWN_VERB, PARTICIPLE_CLAUSE } from './role-aside';
import { isRoleWord } from './role-words';

/**
 * A person's role set off by commas beside the name: "Jane Doe, the charity's director,"
 * or "The airline’s head of safety, Ingrid Solberg". A role is a whole noun phrase: it
 * runs on through a place ("…at the University of California, San Francisco,") and
 * through a body's name that lists its parts ("…Council on Energy, Environment and Water").
 */

/** A role's words: anything but a clause break, though "U.S." and "St." keep their full stops. */
const ROLE_CHARS = String.raw`(?:[^,.;:“"]|\.(?=\p{L}))`;
// ("Sebastian Kurz, le chancelier autrichien,", "Ana Lima, la directrice du fonds,": articles of the
// other languages Pith reads open a role too.)
const ROLE_AFTER = new RegExp(
  String.raw`^,\s*((?:(?:the|a|an|its|his|her|le|la|der|die|das|el|il|lo|o)\s|l[’'])${ROLE_CHARS}{3,120}),`,
  'iu',
);
/** ", former Director of Marketing at Ava." — a past or present title, closing the clause or the sentence. */
const TENSE_ROLE_AFTER = new RegExp(
  String.raw`^,\s*((?:former|now|currently)\s${ROLE_CHARS}{3,120})[,.]`,
  'iu',
);
/** ", Canada’s Minister of Small Business," — a title owned by a place or a body. */
const OWNED_ROLE_AFTER = new RegExp(String.raw`^,\s*(\p{Lu}[\p{L}.-]*['’]s\s${ROLE_CHARS}{3,120}),`, 'u');
/**
 * ", chairman of the Council of Economic Advisers," — a title without an article, followed by its
 * body, closed by a comma (a full stop may close a clause that ran on: ", vice president of X told
 * us during …."; a bracket opens an aside: ", CEO of X (during the earnings call …)").
 */
const BARE_ROLE_AFTER = new RegExp(
  String.raw`^,\s*((\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*)?)\s+(?:of|at|for|with)\s(?:(?!\()${ROLE_CHARS}){3,120}),`,
  'u',
);
const ROLE_BEFORE = new RegExp(
  String.raw`(?:^|[.;:]\s+|,\s+)((?:the|a|an|its|his|her|le|la|der|die|das)\s${ROLE_CHARS}{3,120}),\s*$`,
  'iu',
);
/** A word (group 1) and a role with its article set off before a name (group 2): "betont die Sprecherin, ". */
const ROLE_BEFORE_MID = new RegExp(
  String.raw`(?:^|\s)(\p{L}+)\s+((?:the|a|an|le|la|der|die|das)\s${ROLE_CHARS}{3,120}),\s*$`,
  'iu',
);
/** "the African Union", "the UN": an article, then capitalised words only (and the small words of a name). */
const PROPER_ONLY = /^\S+\s+\p{Lu}[\p{L}.’'-]*(?:\s+(?:of|for|and|the|on|\p{Lu}[\p{L}.’'-]*))*\s*$/u;
/** ", Environment and Water": the rest of a name that lists its parts ("Council on Energy, Environment and Water"). */
const LISTED_TAIL =
  /^,\s*(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*\s+(?:and|&)\s+\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*)/u;
/** The role names a body ("at the Council on Energy"): an organisation word among its words. */
function namesBody(role: string): boolean {
  const orgNouns = activeLanguage().orgNouns;
  return role
    .toLowerCase()
    .split(/\s+/u)
    .some((w) => ORG_WORDS.has(w) || orgNouns.has(w));
}
/** ", San Francisco," after "the University of California": a place that completes the role. */
const PLACE_TAIL = /^,\s*(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,2}),/u;

/** "Jane Doe, the charity's director," / "The airline’s head of safety, Ingrid Solberg": a role set off by commas. */
export function appositiveRole(text: string, start: number, end: number): string | undefined {
  const window = text.slice(end, end + 200);
  // ("Rubio, welcoming the premier, called her …": a participle's clause set off, not a role.)
  if (PARTICIPLE_CLAUSE.test(window.replace(/^\s*,\s*/u, ''))) return undefined;
  const after = ROLE_AFTER.exec(window);
  // ("Gabi Eutemüller, die bei der Heuer GmbH den Import organisiert,": a German relative clause,
  // which ends in its verb, describes her; it is no role.)
  if (after && /^(?:der|die|das)\s/iu.test(after[1]!) && /\s\p{Ll}+$/u.test(after[1]!)) return undefined;
  // ("Jair Bolsonaro, o técnico Tite declarou que …,": a clause with its own verb of saying is
  // the next sentence's subject speaking, not a role.)
  if (after && activeLanguage().verb.test(` ${after[1]} `)) return undefined;
  // ("… here in the Ahr Valley, the Frühburgunder is a first cousin of …,": a clause, not a role.)
  if (after && OWN_VERB.test(after[1]!)) return undefined;
  // ("including South Africa, the African Union, the UN": a body's name in a list, no role.)
  if (after && PROPER_ONLY.test(after[1]!) && !after[1]!.split(/\s+/u).some(isRoleWord)) return undefined;
  if (after) {
    // "an immunologist at the University of California, San Francisco,": the role goes on.
    const place = /\b(?:of|at|in)\s+(?:the\s+)?\p{Lu}/u.test(after[1]!)
      ? PLACE_TAIL.exec(window.slice(after[0].length - 1))
      : null;
    if (place) return `${after[1]}, ${place[1]}`;
    // "… at the Council on Energy, Environment and Water think tank told …": a body's name that
    // lists its parts goes on (not "a nurse at St Mary's, Paddington and Ann Lee, a doctor").
    const listed = LISTED_TAIL.exec(window.slice(after[0].length - 1));
    if (listed && namesBody(after[1]!)) {
      const rest = window.slice(after[0].length - 1 + listed[0].length);
      if (/^\s*[.;:]|^\s*,(?!\s*(?:a|an|the)\s)/u.test(rest)) return `${after[1]}, ${listed[1]}`;
      // "… Water think tank told": a few lower-case words, then the verb.
      const words = rest.trimStart().split(/\s+/u).slice(0, 4);
      for (let n = 1; n < words.length; n++) {
        if (!/^\p{Ll}[\p{L}-]*$/u.test(words[n - 1]!)) break;
        if (activeLanguage().verb.test(` ${words[n]} `))
          return `${after[1]}, ${listed[1]} ${words.slice(0, n).join(' ')}`;
      }
    }
    return after[1];
  }
  // ("Mary Ng, Canada’s Minister of Small Business, said": a place's or a body's title.)
  const owned = OWNED_ROLE_AFTER.exec(window)?.[1];
  if (owned?.split(/\s+/u).some(isRoleWord)) return owned;
  const tensed = TENSE_ROLE_AFTER.exec(window)?.[1];
  if (tensed?.split(/\s+/u).some(isRoleWord)) return tensed;
  // (Only when a role word heads it: ", head of …", ", senior fellow at …"; not ", one of the …".)
  const bare = BARE_ROLE_AFTER.exec(window);
  if (bare?.[2]?.split(/\s+/u).some(isRoleWord)) return bare[1];
  const preceding = text.slice(Math.max(0, start - 150), start);
  const before = ROLE_BEFORE.exec(preceding)?.[1];
  if (before) return innermostRole(before);
  // ("Auf Anfrage betont die Branchenkoordinatorin für Busse und Bahnen, Katharina Wagner, …": mid-
  // sentence, right after a verb of saying, a phrase that holds a role word.)
  const inner = ROLE_BEFORE_MID.exec(preceding);
  const said = inner && activeLanguage().verb.test(` ${inner[1]} `);
  return said && inner[2]!.split(/\s+/u).some(isRoleWord) ? inner[2] : undefined;
}

/**
 * "His big break came when the hotel’s head chef": the role is the last noun phrase that holds a
 * role word, not the clause the sentence opened with; "the head of the agency" stays whole.
 */
function innermostRole(phrase: string): string {
  // ("A esto se suma que el presidente": the Romance articles too.)
  const starts = [...phrase.matchAll(/(?<=\s)(?:the|a|an|its|his|her|le|la|der|die|das|el|il|lo)\s/giu)];
  for (let i = starts.length - 1; i >= 0; i--) {
    const tail = phrase.slice(starts[i]!.index);
    if (tail.split(/\s+/u).some(isRoleWord)) return tail;
  }
  return phrase;
}
