import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Engagement } from '@shared/engagements/model';
import { formatDateTime, formatNumber } from '@shared/i18n/format';
import { routeHref } from '@renderer/app/router';
import { useUiLanguage } from '@renderer/app/ui-language';
import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { useCall } from '@renderer/ipc/use-call';
import './fieldwork.css';

/**
 * Progress at a glance on the engagement overview: per group invited, responses, response rate
 * and margin of error; interviews planned and held; where the report stands.
 */
export function ProgressCard({ engagement }: { engagement: Engagement }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  // Groups and invited counts are edited on the same screen: reload when they change.
  const groupsKey = engagement.groups.map((group) => `${group.id}:${group.invited}`).join(',');
  const progress = useCall('engagements.progress', { engagementId: engagement.id });
  const { reload } = progress;
  const seenGroups = useRef(groupsKey);
  useEffect(() => {
    if (seenGroups.current === groupsKey) return;
    seenGroups.current = groupsKey;
    reload();
  }, [groupsKey, reload]);
  const percent = (fraction: number | null) =>
    fraction === null ? '—' : `${formatNumber(fraction * 100, language, 0)}%`;
  const margin = (fraction: number | null) =>
    fraction === null ? '—' : `± ${formatNumber(fraction * 100, language, 0)}%`;

  if (progress.error) return <ErrorBanner error={progress.error} />;
  const data = progress.data;
  return (
    <section className="card progress-card" aria-labelledby="progress-heading">
      <div className="fieldwork-bar">
        <h2 id="progress-heading">{t('fieldwork.progress.title')}</h2>
        <button type="button" className="button button--small" onClick={reload}>
          {t('fieldwork.progress.refresh')}
        </button>
      </div>
      {!data ? (
        <p className="muted">{t('app.loading')}</p>
      ) : (
        <>
          <table className="data-table" aria-label={t('fieldwork.progress.responsesTitle')}>
            <thead>
              <tr>
                <th scope="col">{t('fieldwork.progress.columns.group')}</th>
                <th scope="col" className="numeric">
                  {t('fieldwork.progress.columns.invited')}
                </th>
                <th scope="col" className="numeric">
                  {t('fieldwork.progress.columns.responses')}
                </th>
                <th scope="col" className="numeric">
                  {t('fieldwork.progress.columns.rate')}
                </th>
                <th scope="col" className="numeric">
                  {t('fieldwork.progress.columns.margin')}
                </th>
              </tr>
            </thead>
            <tbody>
              {data.groups.map((group) => (
                <tr key={group.groupId} data-testid="progress-group">
                  <th scope="row">{group.name}</th>
                  <td className="numeric">{group.invited ?? '—'}</td>
                  <td className="numeric">{group.respondents}</td>
                  <td className="numeric">{percent(group.rate)}</td>
                  <td className="numeric">{margin(group.marginOfError)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('fieldwork.progress.total')}</th>
                <td className="numeric">{data.total.invited ?? '—'}</td>
                <td className="numeric">{data.total.respondents}</td>
                <td className="numeric">{percent(data.total.rate)}</td>
                <td className="numeric">{margin(data.total.marginOfError)}</td>
              </tr>
            </tfoot>
          </table>
          <p className="field__hint">{t('fieldwork.progress.marginHint')}</p>
          <dl className="progress-card__facts">
            <div>
              <dt>{t('fieldwork.progress.interviews')}</dt>
              <dd data-testid="progress-interviews">
                {t('fieldwork.progress.interviewCounts', {
                  held: data.interviews.held,
                  planned: data.interviews.planned,
                })}{' '}
                <a
                  href={routeHref({
                    screen: 'engagement',
                    id: engagement.id,
                    section: 'interviews',
                  })}
                >
                  {t('fieldwork.progress.toInterviews')}
                </a>
              </dd>
            </div>
            <div>
              <dt>{t('fieldwork.progress.report')}</dt>
              <dd data-testid="progress-report">
                {data.report.status === 'generated' && data.report.generatedAt
                  ? t('fieldwork.progress.reportGenerated', {
                      date: formatDateTime(data.report.generatedAt, language),
                    })
                  : t(`fieldwork.progress.reportStatus.${data.report.status}`)}
                {data.report.status === 'generated' &&
                  data.report.editedAt &&
                  data.report.generatedAt &&
                  data.report.editedAt > data.report.generatedAt &&
                  ` ${t('fieldwork.progress.reportChangedSince')}`}{' '}
                <a href={routeHref({ screen: 'engagement', id: engagement.id, section: 'report' })}>
                  {t('fieldwork.progress.toReport')}
                </a>
              </dd>
            </div>
            <div>
              <dt>{t('fieldwork.progress.lastActivity')}</dt>
              <dd>{formatDateTime(data.lastActivityAt, language)}</dd>
            </div>
          </dl>
        </>
      )}
    </section>
  );
}
