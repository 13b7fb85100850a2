import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Engagement, EngagementStatus } from '@shared/engagements/model';
import { formatDateTime } from '@shared/i18n/format';
import type { IpcError } from '@shared/ipc/errors';
import { invoke } from '@renderer/ipc/client';
import { asIpcError, useCall } from '@renderer/ipc/use-call';
import { navigate } from '@renderer/app/router';
import { useUiLanguage } from '@renderer/app/ui-language';
import { ConfirmDialog } from '@renderer/components/ConfirmDialog';
import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { SampleBadge, StatusBadge } from '@renderer/components/StatusBadge';
import { TabNav } from '@renderer/components/TabNav';
import { HUB_SECTIONS } from '../hub/sections';

/** One engagement: its header and status actions, and a tab per capability. */
export function EngagementHub({
  id,
  section,
  view,
  item,
}: {
  id: number;
  section: string;
  view?: string | undefined;
  item?: number | undefined;
}) {
  const { t } = useTranslation();
  const loaded = useCall('engagements.get', { id });
  if (loaded.error) {
    return (
      <div className="page">
        <a className="back-link" href="#/">
          ← {t('app.back')}
        </a>
        <ErrorBanner error={loaded.error} />
      </div>
    );
  }
  if (!loaded.data) return <p className="page muted">{t('app.loading')}</p>;
  return (
    <HubContent
      engagement={loaded.data}
      section={section}
      view={view}
      item={item}
      onChange={loaded.setData}
    />
  );
}

interface HubContentProps {
  engagement: Engagement;
  section: string;
  view: string | undefined;
  item: number | undefined;
  onChange: (next: Engagement) => void;
}

function HubContent({ engagement, section, view, item, onChange }: HubContentProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [actionError, setActionError] = useState<IpcError>();
  const active = HUB_SECTIONS.find((candidate) => candidate.id === section) ?? HUB_SECTIONS[0];

  async function run(action: () => Promise<void>) {
    try {
      await action();
      setActionError(undefined);
    } catch (reason) {
      setActionError(asIpcError(reason));
    }
  }
  const setStatus = (status: EngagementStatus) =>
    run(async () => onChange(await invoke('engagements.update', { id: engagement.id, status })));
  const remove = () =>
    run(async () => {
      await invoke('engagements.delete', { id: engagement.id });
      navigate({ screen: 'engagements' });
    });

  return (
    <div className="page">
      <header className="page__header hub-header">
        <div className="hub-header__title">
          <a className="back-link" href="#/">
            ← {t('nav.engagements')}
          </a>
          <h1>
            {engagement.clientName} {engagement.isSample && <SampleBadge />}{' '}
            <StatusBadge status={engagement.status} />
          </h1>
          <p className="muted">
            {engagement.isSample && <>{t('app.sampleNotice')} · </>}
            {t('engagement.created', { date: formatDateTime(engagement.createdAt, language) })}
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
      {actionError && (
        <ErrorBanner error={actionError} onDismiss={() => setActionError(undefined)} />
      )}
      <TabNav
        labelKey="engagement.sections"
        tabs={HUB_SECTIONS}
        current={active?.id}
        routeOf={(sectionId) => ({ screen: 'engagement', id: engagement.id, section: sectionId })}
      />
      {active?.render({ engagement, onChange, view, item })}
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
