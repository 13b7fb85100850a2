import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IpcError } from '@shared/ipc/errors';
import type { BatchRemoval, RespondentBatch } from '@shared/questionnaire/batches';
import { formatDateTime } from '@shared/i18n/format';
import { useUiLanguage } from '@renderer/app/ui-language';
import { ConfirmDialog } from '@renderer/components/ConfirmDialog';
import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { invoke } from '@renderer/ipc/client';
import { asIpcError, useCall } from '@renderer/ipc/use-call';
import type { QuestionnaireViewProps } from '../questionnaire/view-props';
import './fieldwork.css';

/**
 * The "Batches" view: every import, kiosk session and live session of this instrument version
 * with its file name, date and number of responses. Removing one takes exactly its responses,
 * after a confirmation and a backup of the workspace.
 */
export function BatchesView({
  engagement,
  instrument,
  onResponsesChanged,
}: QuestionnaireViewProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const batches = useCall('batches.list', {
    engagementId: engagement.id,
    instrumentId: instrument.id,
  });
  const [removing, setRemoving] = useState<RespondentBatch | null>(null);
  const [busy, setBusy] = useState(false);
  const [removed, setRemoved] = useState<BatchRemoval | null>(null);
  const [error, setError] = useState<IpcError>();

  const name = (batch: RespondentBatch) =>
    batch.fileName || t(`fieldwork.batches.sources.${batch.source}`);

  async function remove(batch: RespondentBatch) {
    setBusy(true);
    setError(undefined);
    try {
      setRemoved(
        await invoke('batches.remove', { engagementId: engagement.id, batchId: batch.id }),
      );
      setRemoving(null);
      batches.reload();
      onResponsesChanged();
    } catch (reason) {
      setError(asIpcError(reason));
      setRemoving(null);
    } finally {
      setBusy(false);
    }
  }

  const list = batches.data ?? [];
  return (
    <section className="card fieldwork-stack" aria-labelledby="batches-heading">
      <h2 id="batches-heading">{t('fieldwork.batches.title')}</h2>
      <p className="muted">{t('fieldwork.batches.intro')}</p>
      {error && <ErrorBanner error={error} onDismiss={() => setError(undefined)} />}
      {batches.error && <ErrorBanner error={batches.error} />}
      {removed && (
        <div className="banner banner--success" role="status">
          <p>
            {t('fieldwork.batches.removed', {
              count: removed.removedRespondents,
              backup: removed.backupFileName,
            })}
          </p>
        </div>
      )}
      {!batches.loading && list.length === 0 && (
        <p className="muted">{t('fieldwork.batches.none')}</p>
      )}
      {list.length > 0 && (
        <table className="data-table" aria-labelledby="batches-heading">
          <thead>
            <tr>
              <th scope="col">{t('fieldwork.batches.columns.name')}</th>
              <th scope="col">{t('fieldwork.batches.columns.source')}</th>
              <th scope="col">{t('fieldwork.batches.columns.date')}</th>
              <th scope="col" className="numeric">
                {t('fieldwork.batches.columns.rows')}
              </th>
              <th scope="col">
                <span className="visually-hidden">{t('fieldwork.batches.columns.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.map((batch) => (
              <tr key={batch.id} data-testid="batch-row">
                <td>{name(batch)}</td>
                <td>{t(`fieldwork.batches.sources.${batch.source}`)}</td>
                <td>{formatDateTime(batch.createdAt, language)}</td>
                <td className="numeric">{batch.respondents}</td>
                <td>
                  <button
                    type="button"
                    className="button button--small button--danger"
                    onClick={() => setRemoving(batch)}
                  >
                    {t('fieldwork.batches.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ConfirmDialog
        open={removing !== null}
        title={t('fieldwork.batches.confirmTitle', { name: removing ? name(removing) : '' })}
        confirmLabel={t('fieldwork.batches.confirm', { count: removing?.respondents ?? 0 })}
        danger
        confirmDisabled={busy}
        onCancel={() => setRemoving(null)}
        onConfirm={() => removing && void remove(removing)}
      >
        <p>
          {t('fieldwork.batches.confirmText', {
            count: removing?.respondents ?? 0,
            date: removing ? formatDateTime(removing.createdAt, language) : '',
          })}
        </p>
        <p>{t('fieldwork.batches.confirmBackup')}</p>
      </ConfirmDialog>
    </section>
  );
}
