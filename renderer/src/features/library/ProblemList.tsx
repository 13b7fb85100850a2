import { useTranslation } from 'react-i18next';
import { problemMessage, type Problem } from './problem-message';

interface ProblemListProps {
  title: string;
  problems: Problem[];
  /** Show each problem's JSON path (instrument and norm JSON files); CSV problems name their row and column in the text. */
  showPaths?: boolean;
  onDismiss?: () => void;
}

/** Every problem of a file or an edit, each with where it is, so the consultant can fix them all at once. */
export function ProblemList({ title, problems, showPaths = true, onDismiss }: ProblemListProps) {
  const { t, i18n } = useTranslation();
  return (
    <div className="banner banner--error" role="alert" data-testid="problem-list">
      <div>
        <strong>{title}</strong>
        <ul className="problem-list">
          {problems.map((problem, index) => (
            <li key={`${index}-${problem.path}`}>
              {showPaths && problem.path !== '' && (
                <code className="problem-list__path">{problem.path}</code>
              )}{' '}
              {problemMessage(t, i18n, problem)}
            </li>
          ))}
        </ul>
      </div>
      {onDismiss && (
        <button type="button" className="button button--quiet" onClick={onDismiss}>
          {t('app.close')}
        </button>
      )}
    </div>
  );
}
