import type { Speaker } from '../types';
import type { People } from './people';

/**
 * A Q&A printed with its speakers' initials opening each answer ("AD She was all in. … I kept
 * saying to them, “…”", "OW I was just gonna be in the background …"): inside an answer, "I"
 * is the one the label stands for, a person the article names in full whose initials it is.
 */

/** Two or three capitals, then a space and the answer: "OW I did it every time." */
const LABEL = /^\s*(\p{Lu}{2,3})\s+(?=[\p{Lu}(“"‘])/u;

/** The person an answer's initials stand for, or null when the paragraph opens with no label or no one fits it. */
export function answerLabelSpeaker(people: People, paragraph: number): Speaker | null {
  const label = LABEL.exec(people.paragraphs[paragraph] ?? '')?.[1];
  if (!label) return null;
  let found: Speaker | null = null;
  for (const person of people.introduced()) {
    if (initialsOf(person.name) !== label) continue;
    // (Two people with the same initials: the label tells no one apart.)
    if (found) return null;
    found = people.toSpeaker(person);
  }
  return found;
}

/** "Oprah Winfrey" → "OW", "Ava DuVernay" → "AD": the first letters of a name's words. */
function initialsOf(name: string): string {
  return name
    .split(/\s+/u)
    .map((word) => word[0] ?? '')
    .join('');
}

/** An interviewer's question: a short paragraph of its own, unquoted, ending in a question mark. */
export function answersQuestion(previous: string | undefined): boolean {
  return (
    previous !== undefined &&
    previous.length <= 300 &&
    /[?？]\s*$/u.test(previous) &&
    !/[“"„«»「]/u.test(previous)
  );
}
