import { activeLanguage } from './language';
import { isRoleWord } from './role-words';
import { subjectAfterVerb } from './subjects';
import { namesSomeone } from './verb-second';

/**
 * A clause of attribution opened by an "as" word (lang asWords). Right before the verb ("jak
 * podała, „…”", "como explicó el ministro", "Comme l’a dit Dupont" once its clitics are left out),
 * the subject follows the verb, or with none named there it is the one in play ("they"). With a
 * name between the word and a verb closing the clause ("Wie Biden vor seiner Rede sagte:", "como
 * Pérez dijo en el Congreso"), that name: the words after it are the clause's, not the name's.
 * Undefined when no such word opens the clause.
 */
export function asClauseSubject(lead: string, afterVerb: string): string | undefined {
  const language = activeLanguage();
  if (language.asClause?.test(lead)) {
    const after = subjectAfterVerb(afterVerb);
    const named =
      after &&
      (/^\p{Lu}/u.test(after) ||
        after.split(/[\s|]+/u).some((w) => isRoleWord(w)) ||
        namesSomeone(after.split('|')[0]!));
    return named ? after : 'they';
  }
  return language.asClauseName?.exec(lead)?.[1];
}
