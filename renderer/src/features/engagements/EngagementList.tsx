import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ENGAGEMENT_STATUSES, type EngagementStatus } from '@shared/engagements/statuses';
import { invoke } from '@renderer/ipc/client';
import { asIpcError, useCall } from '@renderer/ipc/use-call';
import { navigate, routeHref } from '@renderer/app/router';
import { ErrorBanner } from '@renderer/components/ErrorBanner';
import type { IpcError } from '@shared/ipc/errors';
import { useUiLanguage } from '@renderer/app/ui-language';
import { INITIAL_LIST_QUERY, type EngagementSort } from './engagement-list-model';
import { EngagementTable } from './EngagementTable';

export function EngagementList() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const [search, setSearch] = useState(INITIAL_LIST_QUERY.search);
  const [status, setStatus] = useState<EngagementStatus | 'all'>(INITIAL_LIST_QUERY.status);
  const [sort, setSort] = useState<EngagementSort>(INITIAL_LIST_QUERY.sort);
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
          <select value={sort} onChange={(event) => setSort(event.target.value as EngagementSort)}>
            <option value="updated">{t('engagements.sortUpdated')}</option>
            <option value="client">{t('engagements.sortClient')}</option>
            <option value="start">{t('engagements.sortStart')}</option>
          </select>
        </label>
      </div>
      {/* Always in the page, so a screen reader hears the count change as the search narrows. */}
      <p className="engagement-list__count muted" role="status" data-testid="engagement-count">
        {list.data &&
          engagements.length > 0 &&
          t(filtered ? 'engagements.matchCount' : 'engagements.listCount', {
            count: engagements.length,
          })}
      </p>
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
      {engagements.length > 0 && <EngagementTable engagements={engagements} />}
    </div>
  );
}
