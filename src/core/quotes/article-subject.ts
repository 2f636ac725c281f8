import type { Speaker } from '../types';
import { lastBefore, type Mention } from './antecedent';
import type { QuoteContext } from './index';
import { opensClause } from './mention-context';
import { findNames } from './names';
import type { People, Person } from './people';

/**
 * Who the piece is about: the person an interview or profile is with, who speaks the
 * unattributed first-person runs (attribute.ts). Named in the headline or standfirst; else
 * the one named most; else the only person the article names at all.
 */
export function articleSubject(context: QuoteContext, people: People): Speaker | undefined {
  for (const match of findNames(`${context.title} . ${context.excerpt ?? ''}`)) {
    // "Baker Henk Brouwer closes …": the name may carry a word of the headline before it.
    const tokens = match.name.split(' ');
    for (let from = 0; from < tokens.length - 1 || from === 0; from++) {
      const person = people.find(tokens.slice(from).join(' '));
      if (person?.strong) return people.toSpeaker(person);
      if (tokens.length < 2) break;
    }
  }
  const top = mostMentioned(people) ?? onlyPerson(people);
  return top ? people.toSpeaker(top) : undefined;
}

/** Paragraphs at the top in which an interview introduces its guest. */
const INTRODUCTION = 2;

/** The person named in at least three mentions and half of all (marked people only). */
function mostMentioned(people: People): Person | undefined {
  const counts = new Map<Person, number>();
  let total = 0;
  for (let p = 0; p < people.paragraphs.length; p++)
    for (const m of people.mentionsIn(p)) {
      if (!m.person.strong) continue;
      counts.set(m.person, (counts.get(m.person) ?? 0) + 1);
      total++;
    }
  let best: Person | undefined;
  let most = 0;
  for (const [person, n] of counts)
    if (n > most) {
      best = person;
      most = n;
    }
  return best && most >= 3 && most >= total / 2 && best.name.includes(' ') ? best : undefined;
}

/**
 * The one person the article names in full, when it names no one else and introduces them as the
 * subject of a sentence near the top ("Margaret Oduya published her first novel …"): a Q&A's
 * guest. ("the employer's Human Resources (HR) department" introduces no one.)
 */
function onlyPerson(people: People): Person | undefined {
  let only: Mention | undefined;
  let at = -1;
  for (let p = 0; p < people.paragraphs.length; p++)
    for (const m of people.mentionsIn(p)) {
      if (!m.person.name.includes(' ')) continue;
      if (only && only.person !== m.person) return undefined;
      if (!only) {
        only = m;
        at = p;
      }
    }
  if (!only || at > INTRODUCTION) return undefined;
  const starts = people.sentenceStartsOf(at);
  const from = starts[lastBefore(starts, only.start + 1)] ?? 0;
  return opensClause(people.paragraphs[at]!, from, only.start) ? only.person : undefined;
}
