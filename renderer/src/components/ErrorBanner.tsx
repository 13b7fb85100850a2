import { useTranslation } from 'react-i18next';
import type { IpcError } from '@shared/ipc/errors';
import { errorMessage, validationMessage } from '../i18n';

export function ErrorBanner({ error, onDismiss }: { error: IpcError; onDismiss?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="banner banner--error" role="alert">
      <div>
        <strong>{t('errors.title')}</strong>
        <p>{errorMessage(t, error)}</p>
        {error.issues && error.issues.length > 0 && (
          <ul>
            {error.issues.map((issue) => (
              <li key={`${issue.path}:${issue.message}`}>
                {issue.path && <code>{issue.path}</code>}{' '}
                {validationMessage(t, issue.message, issue.params)}
              </li>
            ))}
          </ul>
        )}
      </div>
      {onDismiss && (
        <button type="button" className="button button--quiet" onClick={onDismiss}>
          {t('app.close')}
        </button>
      )}
    </div>
  );
}
