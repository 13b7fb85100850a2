import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ENGAGEMENT_STATUSES, type EngagementStatus } from '@shared/engagements/model';
import { formatDate, formatDateTime } from '@shared/i18n/format';
import { invoke } from '@renderer/ipc/client';
import { asIpcError, useCall } from '@renderer/ipc/use-call';
import { navigate, routeHref } from '@renderer/app/router';
import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { SampleBadge, StatusBadge } from '@renderer/components/StatusBadge';
import type { IpcError } from '@shared/ipc/errors';
import { useUiLanguage } from '@renderer/app/ui-language';

type Sort = 'updated' | 'client' | 'start';

export function EngagementList() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<EngagementStatus | 'all'>('all');
  const [sort, setSort] = useState<Sort>('updated');
  const [actionError, setActionError] = useState<IpcError>();
  const list = useCall('engagements.list', { search, status, sort });
  const filtered = search !== '' || status !== 'all';

  async function createSample() {
    try {
      const engagement = await invoke('engagements.createSample', { language });
      navigate({ screen: 'engagement', id: engagement.id, section: 'overview' });
    } catch (reason) {
      setActionError(asIpcError(reason));
    }
  }

  const engagements = list.data ?? [];
  return (
    <div className="page">
      <header className="page__header">
        <h1>{t('engagements.title')}</h1>
        <div className="page__header-actions">
          <a className="button button--primary" href={routeHref({ screen: 'newEngagement' })}>
            + {t('engagements.new')}
          </a>
        </div>
      </header>
      {actionError && (
        <ErrorBanner error={actionError} onDismiss={() => setActionError(undefined)} />
      )}
      {list.error && <ErrorBanner error={list.error} />}
      <div className="toolbar" role="search">
        <label className="toolbar__search">
          <span className="visually-hidden">{t('engagements.search')}</span>
          <input
            type="search"
            placeholder={t('engagements.search')}
            value={search}
            onChange={(event) => setSearch(event.target.value)}
          />
        </label>
        <label>
          {t('engagements.statusFilter')}{' '}
          <select
            value={status}
            onChange={(event) => setStatus(event.target.value as EngagementStatus | 'all')}
          >
            <option value="all">{t('engagements.allStatuses')}</option>
            {ENGAGEMENT_STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`status.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('engagements.sort')}{' '}
          <select value={sort} onChange={(event) => setSort(event.target.value as Sort)}>
            <option value="updated">{t('engagements.sortUpdated')}</option>
            <option value="client">{t('engagements.sortClient')}</option>
            <option value="start">{t('engagements.sortStart')}</option>
          </select>
        </label>
      </div>
      {!list.loading && engagements.length === 0 && !filtered && (
        <section className="empty-state card">
          <h2>{t('engagements.emptyTitle')}</h2>
          <p>{t('engagements.emptyText')}</p>
          <div className="empty-state__actions">
            <a className="button button--primary" href={routeHref({ screen: 'newEngagement' })}>
              + {t('engagements.new')}
            </a>
            <button type="button" className="button" onClick={() => void createSample()}>
              {t('engagements.createSample')}
            </button>
          </div>
        </section>
      )}
      {!list.loading && engagements.length === 0 && filtered && (
        <p className="muted">{t('engagements.noMatches')}</p>
      )}
      {engagements.length > 0 && (
        <table className="data-table" aria-label={t('engagements.title')}>
          <thead>
            <tr>
              <th scope="col">{t('engagements.columns.client')}</th>
              <th scope="col">{t('engagements.columns.sector')}</th>
              <th scope="col">{t('engagements.columns.period')}</th>
              <th scope="col">{t('engagements.columns.status')}</th>
              <th scope="col" className="numeric">
                {t('engagements.columns.responses')}
              </th>
              <th scope="col" className="numeric">
                {t('engagements.columns.interviews')}
              </th>
              <th scope="col">{t('engagements.columns.lastActivity')}</th>
            </tr>
          </thead>
          <tbody>
            {engagements.map((engagement) => (
              <tr key={engagement.id} data-testid="engagement-row">
                <td>
                  <a
                    href={routeHref({
                      screen: 'engagement',
                      id: engagement.id,
                      section: 'overview',
                    })}
                  >
                    {engagement.clientName}
                  </a>{' '}
                  {engagement.isSample && <SampleBadge />}
                </td>
                <td>{engagement.sector}</td>
                <td>
                  {engagement.startDate || engagement.endDate
                    ? `${formatDate(engagement.startDate, language)} – ${formatDate(engagement.endDate, language)}`
                    : t('engagements.noPeriod')}
                </td>
                <td>
                  <StatusBadge status={engagement.status} />
                </td>
                <td className="numeric" data-testid="engagement-responses">
                  {engagement.activity.respondents}
                </td>
                <td
                  className="numeric"
                  data-testid="engagement-interviews"
                  title={t('engagements.interviewsTitle', {
                    held: engagement.activity.interviewsHeld,
                    total: engagement.activity.interviews,
                  })}
                >
                  {engagement.activity.interviews === 0
                    ? '—'
                    : t('engagements.interviewsCell', {
                        held: engagement.activity.interviewsHeld,
                        total: engagement.activity.interviews,
                      })}
                </td>
                <td>{formatDateTime(engagement.activity.lastActivityAt, language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
