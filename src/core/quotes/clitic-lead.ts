import { activeLanguage } from './language';

/**
 * The words before a verb of saying without the auxiliaries and object pronouns that lean on the
 * verb where Romance languages put them ("Ha detto Rossi", "Como lo dijo Pérez", "Comme l’a dit
 * Dupont"): what is left tells whether the clause has a subject of its own before the verb, and
 * whether an "as" word ("como", "comme") opens it. English keeps its words ("Will said", "Ha said"
 * name people there): the pattern is the article's own language's (words-around-subject.ts).
 */
export function leadWithoutClitics(lead: string): string {
  const pattern = activeLanguage().cliticBeforeVerb;
  if (!pattern) return lead;
  let text = ` ${lead}`;
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text.replace(pattern, ' ');
  }
  return text === ` ${lead}` ? lead : text.slice(1);
}
