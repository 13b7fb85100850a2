import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { localized } from '@shared/questionnaire/instrument';
import { routeHref } from '@renderer/app/router';
import { useUiLanguage } from '@renderer/app/ui-language';
import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { useCall } from '@renderer/ipc/use-call';
import type { QuestionnaireViewProps } from '../view-props';
import { BenchmarkResults } from './BenchmarkResults';
import { DimensionResults } from './DimensionResults';
import { ItemResults } from './ItemResults';
import { OverallSummary } from './OverallSummary';
import { ReliabilityResults } from './ReliabilityResults';
import { TipResults } from './TipResults';
import { resultFormat } from './format';
import { instrumentTexts, resultSeries } from './result-series';
import type { ResultsContext } from './results-context';

/**
 * The Results view of the Questionnaire tab: overall index, dimensions and items per group,
 * reliability, benchmark and improvement tips for the chosen instrument.
 */
export function ResultsView({ engagement, instrument }: QuestionnaireViewProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const results = useCall('questionnaire.results', {
    engagementId: engagement.id,
    instrumentId: instrument.id,
  });
  const definition = useCall('instruments.get', { id: instrument.id });

  // The scoring settings live on the engagement: when they change, the results must follow.
  const settingsKey = [
    engagement.anonymityThreshold,
    engagement.minAnsweredFraction,
    engagement.normSetId,
    engagement.groups.map((group) => `${group.id}:${group.name}`).join(','),
  ].join('|');
  const seenSettings = useRef(settingsKey);
  const { reload } = results;
  useEffect(() => {
    if (seenSettings.current === settingsKey) return;
    seenSettings.current = settingsKey;
    reload();
  }, [settingsKey, reload]);

  const data = results.data?.instrumentId === instrument.id ? results.data : undefined;
  const loaded = definition.data?.summary.id === instrument.id ? definition.data : undefined;

  const context = useMemo((): ResultsContext | undefined => {
    if (!data?.total || !loaded) return undefined;
    return {
      engagement,
      results: data,
      total: data.total,
      instrument: loaded.instrument,
      language,
      format: resultFormat(language),
      texts: instrumentTexts(loaded.instrument, language),
      series: resultSeries(data, t('results.total')),
    };
  }, [data, loaded, engagement, language, t]);

  const error = results.error ?? definition.error;
  if (error) return <ErrorBanner error={error} />;
  if (!data || !loaded) return <p className="muted">{t('app.loading')}</p>;

  const title = localized(loaded.instrument.name, language);
  if (data.groups.every((group) => group.empty)) {
    return (
      <section className="card results-empty" aria-labelledby="results-heading">
        <h2 id="results-heading">{t('results.title', { instrument: title })}</h2>
        <p>{t('results.noResponses')}</p>
        <p>
          <a
            href={routeHref({
              screen: 'engagement',
              id: engagement.id,
              section: 'questionnaire',
              view: 'entry',
            })}
          >
            {t('results.goToEntry')}
          </a>
        </p>
      </section>
    );
  }

  if (!context) {
    // Every group is below the anonymity threshold: nothing may be shown, not even a total.
    return (
      <section className="card results-empty" aria-labelledby="results-heading">
        <h2 id="results-heading">{t('results.title', { instrument: title })}</h2>
        <p data-testid="results-withheld">
          {t('results.allWithheld', { threshold: data.anonymityThreshold })}
        </p>
      </section>
    );
  }

  return (
    <div className="results section-stack" aria-busy={results.loading}>
      <OverallSummary context={context} title={title} />
      <DimensionResults context={context} />
      <ItemResults context={context} />
      <ReliabilityResults context={context} />
      <BenchmarkResults context={context} />
      <TipResults context={context} />
    </div>
  );
}
