import mark from '../../icons/icon-48.png';
import type { Problem } from '../shared/read-result';
import { t } from './i18n';
import { problemMessage } from './problems';

/** A friendly full-panel message instead of a blank popup. */
export function ProblemView({ problem, detail }: { problem: Problem; detail?: string }) {
  const { title, body } = problemMessage(problem);
  return (
    <div class={`problem problem-${problem}`}>
      <img class="problem-mark" src={mark} alt="" width={48} height={48} />
      <h1>{title}</h1>
      <p>{body}</p>
      {problem === 'loading' && <span class="spinner" aria-hidden="true" />}
      {detail && problem === 'error' && (
        <details class="problem-detail">
          <summary>{t('technicalDetails')}</summary>
          <code>{detail}</code>
        </details>
      )}
    </div>
  );
}
