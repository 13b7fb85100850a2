import { useTranslation } from 'react-i18next';
import type { ResultsContext } from './results-context';

/** The overall index on the instrument's scale and on 0–100, n, and which groups are shown. */
export function OverallSummary({ context, title }: { context: ResultsContext; title: string }) {
  const { t } = useTranslation();
  const { results, format, instrument, total } = context;
  const { overall, overall100, respondents } = total;
  const suppressed = results.groups.filter((group) => group.suppressed);
  const empty = results.groups.filter((group) => group.empty);
  const shown = results.groups.filter((group) => !group.suppressed && !group.empty);

  return (
    <section className="card" aria-labelledby="results-heading">
      <h2 id="results-heading">{t('results.title', { instrument: title })}</h2>
      <dl className="results-kpis">
        <div className="results-kpi">
          <dt>{t('results.overallIndex')}</dt>
          <dd>
            <span className="results-kpi__value" data-testid="overall-mean">
              {format.mean(overall.mean)}
            </span>
            <span className="results-kpi__hint">
              {t('results.onScale', { min: instrument.scale.min, max: instrument.scale.max })}
              {overall.ciLow !== null &&
                ` · ${t('results.ciShort')} ${format.interval(overall.ciLow, overall.ciHigh)}`}
              {overall.sd !== null && ` · ${t('results.sdShort')} ${format.mean(overall.sd)}`}
            </span>
          </dd>
        </div>
        <div className="results-kpi">
          <dt>{t('results.overallIndex100')}</dt>
          <dd>
            <span className="results-kpi__value" data-testid="overall-index">
              {format.index(overall100.mean)}
            </span>
            <span className="results-kpi__hint">{t('results.onIndex')}</span>
          </dd>
        </div>
        <div className="results-kpi">
          <dt>{t('results.respondents')}</dt>
          <dd>
            <span className="results-kpi__value" data-testid="respondent-count">
              {format.count(respondents)}
            </span>
            <span className="results-kpi__hint">
              {t('results.withOverall', { count: overall.n, n: format.count(overall.n) })}
            </span>
          </dd>
        </div>
      </dl>

      <h3 className="results-subheading">{t('results.groupsTitle')}</h3>
      <ul className="results-groups">
        {shown.map((group) => (
          <li key={group.groupId}>
            <strong>{group.name}</strong> —{' '}
            {t('results.groupSize', {
              count: group.respondents ?? 0,
              n: format.count(group.respondents),
            })}
            {group.invited !== null && (
              <span className="muted" data-testid="response-rate">
                {' '}
                ·{' '}
                {t('results.participation', {
                  invited: format.count(group.invited),
                  rate: format.percent(group.responseRate),
                  margin: format.percent(group.marginOfError),
                })}
              </span>
            )}
          </li>
        ))}
        {suppressed.map((group) => (
          <li
            key={group.groupId}
            className="results-groups__suppressed"
            data-testid="suppressed-group"
          >
            <strong>{group.name}</strong> —{' '}
            {t('results.tooSmall', { threshold: results.anonymityThreshold })}
          </li>
        ))}
        {empty.map((group) => (
          <li key={group.groupId} className="results-groups__suppressed" data-testid="empty-group">
            <strong>{group.name}</strong> — {t('results.groupWithoutResponses')}
          </li>
        ))}
      </ul>
      {suppressed.length > 0 && (
        <p className="muted" data-testid="total-composition">
          {results.pooledRespondents > 0
            ? t('results.pooledNote', {
                threshold: results.anonymityThreshold,
                count: results.pooledRespondents,
              })
            : t('results.suppressedNote', { threshold: results.anonymityThreshold })}
        </p>
      )}
      {shown.some((group) => group.invited !== null) && (
        <p className="muted">{t('results.participationNote')}</p>
      )}
      <p className="muted">
        {t('results.minAnsweredNote', { share: format.share(results.minAnsweredFraction) })}
      </p>
    </section>
  );
}
