import { useTranslation } from 'react-i18next';
import type { IpcError } from '@shared/ipc/errors';
import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { errorMessage } from '@renderer/i18n';
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
  const { t } = useTranslation();
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
              {problemMessage(t, problem)}
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

/** A failed call: its problems one by one when main named them, else the plain error banner. */
export function CallErrorBanner({
  error,
  onDismiss,
  showPaths = true,
}: {
  error: IpcError;
  onDismiss: () => void;
  /** As in ProblemList: off for CSV files, whose problems name their row and column. */
  showPaths?: boolean | undefined;
}) {
  const { t } = useTranslation();
  return error.issues && error.issues.length > 0 ? (
    <ProblemList
      title={errorMessage(t, error)}
      problems={error.issues}
      showPaths={showPaths}
      onDismiss={onDismiss}
    />
  ) : (
    <ErrorBanner error={error} onDismiss={onDismiss} />
  );
}
