import type { Speaker } from '../types';
import { lastBefore } from './antecedent';
import { firstNameApposed } from './apposed-name';
import type { Attributed } from './attribute';
import { cueAfter } from './cues';
import { namedInQuote } from './gender';
import type { People, Person } from './people';
import { PARTICIPLE_CLAUSE } from './role-aside';
import { isRoleWord } from './role-words';
import { roleSubject } from './roles';
import { hasSentenceBreak } from './sentences';
import type { Draft } from './spans';

/**
 * Questions about who is named in a stretch of the article, for the attribution rules that
 * have no cue to read: a turn going on across narrative, a name and role opening a line.
 */

/** Whether anyone but `name` is named between two points of the article (outside quotations). */
export function someoneElseNamed(
  people: People,
  fromParagraph: number,
  from: number,
  toParagraph: number,
  to: number,
  name: string,
): boolean {
  for (let p = fromParagraph; p <= toParagraph; p++)
    for (const m of people.mentionsIn(p)) {
      if ((p === fromParagraph && m.start < from) || (p === toParagraph && m.start >= to)) continue;
      if (m.person.name !== name && !name.endsWith(m.person.name)) return true;
    }
  return false;
}

/**
 * The person whose full name opens a stretch (after a dash or bullet, if any) with a role set off
 * by a comma after it: "Priya Shah, founder of Loop Candles: “…”". ("Debunked Myth: “…”",
 * "Twitch User: “…”": a heading in title case has no role.)
 */
export function openingName(people: People, paragraph: number, from: number, to: number): Person | undefined {
  const mentions = people.mentionsIn(paragraph);
  const mention = mentions[lastBefore(mentions, from) + 1];
  if (!mention || mention.start >= to || mention.possessive || !mention.person.name.includes(' '))
    return undefined;
  const text = people.paragraphs[paragraph]!;
  if (!/^[\s—–•*-]*$/u.test(text.slice(from, mention.start))) return undefined;
  const role = /^,\s*([^,:;.]{2,80})/u.exec(text.slice(mention.end, to))?.[1] ?? '';
  if (!role.split(/\s+/u).some(isRoleWord) || PARTICIPLE_CLAUSE.test(role)) return undefined;
  mention.person.role ??= role.trim();
  return mention.person;
}

/** "His wife, Ruth, is less sure: “…”": a first name set off after the role opening the line. */
export function apposedFirstName(people: People, line: string): Person | undefined {
  const role = roleSubject(line);
  const name = role ? firstNameApposed(line.slice(role.end)) : null;
  return role && name ? people.add(name.name, role.phrase, true) : undefined;
}

/**
 * "“…,” said Ann Lee. / The storm destroyed 40 homes. / “It will take years …”": with no cue of its
 * own, a quote goes on in the words of the last speaker when the quote before it ended within two
 * paragraphs and no one else is named since, up to `offset`. (attributeAll marks such a quote
 * inferred: it does not make words a quote, see keepQuote.)
 */
export function speakerInPlay(
  draft: Draft,
  offset: number,
  people: People,
  earlier: readonly Attributed[],
): Speaker | null {
  const first = draft.parts[0]!;
  const last = earlier[earlier.length - 1];
  const end = last?.draft.parts[last.draft.parts.length - 1];
  if (!last?.speaker || !end || first.paragraph - end.paragraph > 2) return null;
  if (namedInQuote(draft.text, last.speaker.name)) return null;
  if (someoneElseNamed(people, end.paragraph, end.span.close, first.paragraph, offset, last.speaker.name))
    return null;
  return last.speaker;
}

/**
 * “Caution is warranted …,” which is age-related loss of muscle, “because …,” Fontana explains:
 * a quote that runs on with a comma into an aside and a second quote of the same sentence is
 * in the words of whoever the second one is credited to.
 */
export function creditAcrossAside(out: Attributed[], paragraphs: readonly string[]): void {
  for (let i = out.length - 2; i >= 0; i--) {
    const here = out[i]!;
    const next = out[i + 1]!;
    if (here.speaker !== null || next.speaker === null || next.inferred) continue;
    const end = here.draft.parts[here.draft.parts.length - 1]!;
    const start = next.draft.parts[0]!;
    if (end.paragraph !== start.paragraph || !end.span.closed) continue;
    const text = paragraphs[end.paragraph]!;
    // (Or, with no comma, a quote opening its sentence whose words the second quote goes on with in
    // lower case: "“We have professors who …” inside Myanmar “that are doing supervision,” says Rhoads.")
    const comma = /,\s*$/u.test(text.slice(end.span.open + 1, end.span.close));
    const goesOn =
      here.draft.parts.length === 1 &&
      /(?:^|[.!?:]\s)\s*$/u.test(text.slice(0, here.draft.parts[0]!.span.open)) &&
      /^\p{Ll}/u.test(text.slice(start.span.open + 1, start.span.open + 3));
    if (!comma && !goesOn) continue;
    const between = text.slice(end.span.close + 1, start.span.open);
    if (between.length > 200 || hasSentenceBreak(between) || cueAfter(between) !== null) continue;
    here.speaker = next.speaker;
  }
}
