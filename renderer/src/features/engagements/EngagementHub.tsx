import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Engagement, EngagementStatus } from '../../../../shared/engagements/model';
import { formatDateTime } from '../../../../shared/i18n/format';
import type { IpcError } from '../../../../shared/ipc/errors';
import { invoke } from '../../ipc/client';
import { asIpcError, useCall } from '../../ipc/use-call';
import { navigate } from '../../app/router';
import { useUiLanguage } from '../../app/ui-language';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorBanner } from '../../components/ErrorBanner';
import { SaveIndicator } from '../../components/SaveIndicator';
import { SampleBadge, StatusBadge } from '../../components/StatusBadge';
import { EngagementFields } from './EngagementFields';
import { HubGroups } from './HubGroups';
import { useEngagementAutosave } from './use-engagement-autosave';

export function EngagementHub({ id }: { id: number }) {
  const { t } = useTranslation();
  const loaded = useCall('engagements.get', { id });
  if (loaded.error) {
    return (
      <div className="page">
        <a className="back-link" href="#/">
          ← {t('app.back')}
        </a>
        <ErrorBanner
          error={loaded.error.key === 'errors.notFound' ? { key: 'errors.notFound' } : loaded.error}
        />
      </div>
    );
  }
  if (!loaded.data) return <p className="page muted">{t('app.loading')}</p>;
  return <HubContent key={loaded.data.id} engagement={loaded.data} onChange={loaded.setData} />;
}

function HubContent({
  engagement,
  onChange,
}: {
  engagement: Engagement;
  onChange: (next: Engagement) => void;
}) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const autosave = useEngagementAutosave(engagement, onChange);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [actionError, setActionError] = useState<IpcError>();

  async function setStatus(status: EngagementStatus) {
    autosave.change('status', status);
    await autosave.flush();
  }

  async function remove() {
    try {
      await invoke('engagements.delete', { id: engagement.id });
      navigate({ screen: 'engagements' });
    } catch (reason) {
      setActionError(asIpcError(reason));
    }
  }

  return (
    <div className="page">
      <header className="page__header">
        <div>
          <a className="back-link" href="#/">
            ← {t('nav.engagements')}
          </a>
          <h1>
            {autosave.draft.clientName || engagement.clientName}{' '}
            {engagement.isSample && <SampleBadge />}
          </h1>
          <p className="muted">
            <StatusBadge status={engagement.status} />{' '}
            {t('engagement.created', { date: formatDateTime(engagement.createdAt, language) })}{' '}
            <SaveIndicator state={autosave.saveState} />
          </p>
        </div>
        <div className="page__header-actions">
          {engagement.status === 'active' && (
            <button type="button" className="button" onClick={() => void setStatus('closed')}>
              {t('engagement.close')}
            </button>
          )}
          {engagement.status !== 'archived' && (
            <button type="button" className="button" onClick={() => void setStatus('archived')}>
              {t('engagement.archive')}
            </button>
          )}
          {engagement.status !== 'active' && (
            <button type="button" className="button" onClick={() => void setStatus('active')}>
              {t('engagement.reopen')}
            </button>
          )}
          <button
            type="button"
            className="button button--danger"
            onClick={() => setConfirmDelete(true)}
          >
            {t('engagement.delete')}
          </button>
        </div>
      </header>
      {engagement.isSample && <p className="banner banner--info">{t('app.sampleNotice')}</p>}
      {autosave.saveError && <ErrorBanner error={autosave.saveError} />}
      {actionError && (
        <ErrorBanner error={actionError} onDismiss={() => setActionError(undefined)} />
      )}
      <section className="card" aria-labelledby="details-heading">
        <h2 id="details-heading">{t('engagement.details')}</h2>
        <EngagementFields
          draft={autosave.draft}
          errors={autosave.errors}
          onChange={autosave.change}
          onBlur={() => void autosave.flush()}
          showStatus
        />
      </section>
      <HubGroups engagement={engagement} onChange={onChange} />
      <ConfirmDialog
        open={confirmDelete}
        title={t('engagement.deleteTitle', { name: engagement.clientName })}
        confirmLabel={t('app.delete')}
        danger
        onConfirm={() => void remove()}
        onCancel={() => setConfirmDelete(false)}
      >
        <p>{t('engagement.deleteText')}</p>
      </ConfirmDialog>
    </div>
  );
}
