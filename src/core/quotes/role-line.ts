import type { Speaker } from '../types';
import type { People } from './people';
import { withRole } from './people-by-role';
import { bareRole, roleSubject } from './roles';
import { unnamedOpening } from './unnamed-voices';

/**
 * "Another respondent highlighted …: “…”": a line that an unnamed voice opens and a colon closes
 * gives the quote to that voice. "The mayor was blunt: “…”", "La alcaldesa lo resumió así: «…»":
 * one that a definite role opens, to that role — to someone introduced with it, else to the role
 * itself. Not to whoever was named last, as a pronoun would be: a role the line names
 * is someone the reader is told apart ("La miembro de la Plataforma coincide:" after the
 * association's spokesman is not the spokesman). Null for anything else ("The problem was clear:").
 */
export function roleOpeningLine(line: string, people: People): Speaker | null {
  const voice = unnamedOpening(line);
  if (voice) return { name: voice };
  const text = line.trimStart();
  const role = roleSubject(text);
  if (!role?.definite || !/^\s+\p{Ll}/u.test(text.slice(role.end))) return null;
  const holder = withRole(people, role.phrase);
  return holder ? people.toSpeaker(holder) : { name: bareRole(role.phrase) };
}
