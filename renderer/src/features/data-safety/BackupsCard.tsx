import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '@shared/ipc/data-safety';
import { formatDateTime } from '@shared/i18n/format';
import { invoke } from '@renderer/ipc/client';
import { useCall } from '@renderer/ipc/use-call';
import { useUiLanguage } from '@renderer/app/ui-language';
import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { DataDialog } from './DataDialog';
import { useAction } from './use-action';
import { setDataFlash } from './flash';
import { formatSize } from './format';

/** The list of backups, "make a backup now" and restore after confirmation. */
export function BackupsCard() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const list = useCall('backups.list', {});
  const action = useAction();
  const [made, setMade] = useState<BackupInfo>();
  const [restoring, setRestoring] = useState<BackupInfo>();

  const makeBackup = () =>
    action.run(async () => {
      setMade(await invoke('backups.create', {}));
      list.reload();
    });

  async function restore(backup: BackupInfo) {
    const done = await action.run(async () => {
      await invoke('backups.restore', { fileName: backup.fileName });
    });
    if (!done) {
      setRestoring(undefined);
      return;
    }
    // Everything on screen belongs to the replaced workspace: start the app afresh.
    setDataFlash({ kind: 'restored', createdAt: backup.createdAt });
    window.location.hash = '#/data';
    window.location.reload();
  }

  const backups = list.data?.backups ?? [];
  return (
    <section className="card" aria-labelledby="backups-heading">
      <h2 id="backups-heading">{t('dataSafety.backups.title')}</h2>
      <p>{t('dataSafety.backups.intro')}</p>
      {list.data && (
        <dl className="data-paths">
          <dt>{t('dataSafety.location.backups')}</dt>
          <dd>
            <code>{list.data.folder}</code>
          </dd>
        </dl>
      )}
      {action.error && (
        <ErrorBanner error={action.error} onDismiss={() => action.setError(undefined)} />
      )}
      {list.error && <ErrorBanner error={list.error} />}
      {made && (
        <p className="banner banner--info" role="status">
          {t('dataSafety.backups.made', { date: formatDateTime(made.createdAt, language) })}
        </p>
      )}
      <div className="page__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={action.busy}
          onClick={() => void makeBackup()}
        >
          {action.busy && !restoring ? t('dataSafety.working') : t('dataSafety.backups.make')}
        </button>
      </div>
      {!list.loading && backups.length === 0 && (
        <p className="muted">{t('dataSafety.backups.empty')}</p>
      )}
      {backups.length > 0 && (
        <table className="data-table" aria-label={t('dataSafety.backups.listLabel')}>
          <thead>
            <tr>
              <th scope="col">{t('dataSafety.backups.columns.date')}</th>
              <th scope="col">{t('dataSafety.backups.columns.reason')}</th>
              <th scope="col" className="numeric">
                {t('dataSafety.backups.columns.size')}
              </th>
              <th scope="col">
                <span className="visually-hidden">{t('dataSafety.backups.columns.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {backups.map((backup) => {
              const date = formatDateTime(backup.createdAt, language);
              return (
                <tr key={backup.fileName} data-testid="backup-row">
                  <td>{date}</td>
                  <td>{t(`dataSafety.backups.reasons.${backup.reason}`)}</td>
                  <td className="numeric">{formatSize(backup.sizeBytes, language, t)}</td>
                  <td>
                    <button
                      type="button"
                      className="button button--quiet"
                      aria-label={t('dataSafety.backups.restoreLabel', { date })}
                      onClick={() => setRestoring(backup)}
                    >
                      {t('dataSafety.backups.restore')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <DataDialog
        open={restoring !== undefined}
        title={t('dataSafety.backups.restoreTitle', {
          date: restoring ? formatDateTime(restoring.createdAt, language) : '',
        })}
        confirmLabel={t('dataSafety.backups.restoreConfirm')}
        danger
        busy={action.busy}
        onConfirm={() => restoring && void restore(restoring)}
        onCancel={() => setRestoring(undefined)}
      >
        <p>
          {t('dataSafety.backups.restoreText', {
            date: restoring ? formatDateTime(restoring.createdAt, language) : '',
          })}
        </p>
        <p>{t('dataSafety.backups.restoreSafety')}</p>
      </DataDialog>
    </section>
  );
}
