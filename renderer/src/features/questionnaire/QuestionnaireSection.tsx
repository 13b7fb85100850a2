import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localized } from '@shared/questionnaire/instrument';
import type { InstrumentSummary } from '@shared/questionnaire/instrument-summary';
import type { IpcError } from '@shared/ipc/errors';
import { invoke } from '@renderer/ipc/client';
import { asIpcError, useCall } from '@renderer/ipc/use-call';
import { routeHref } from '@renderer/app/router';
import { useUiLanguage } from '@renderer/app/ui-language';
import { ErrorBanner } from '@renderer/components/ErrorBanner';
import type { HubSectionProps } from '../hub/section-props';
import { QuestionnaireSettings } from './QuestionnaireSettings';
import { QUESTIONNAIRE_VIEWS } from './views';

/**
 * The Questionnaire tab: which instruments the engagement uses, its scoring settings, and the
 * views that capture and analyse responses (grid, import, kiosk, results).
 */
export function QuestionnaireSection({ engagement, onChange, view }: HubSectionProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const attached = useCall('questionnaire.instruments', { engagementId: engagement.id });
  const all = useCall('instruments.list', {});
  const [chosenId, setChosenId] = useState<number>();
  const [error, setError] = useState<IpcError>();

  const instruments = attached.data ?? [];
  const instrument = instruments.find((candidate) => candidate.id === chosenId) ?? instruments[0];
  const activeView =
    QUESTIONNAIRE_VIEWS.find((candidate) => candidate.id === view) ?? QUESTIONNAIRE_VIEWS[0];
  const addable = (all.data ?? []).filter(
    (candidate) => !instruments.some((used) => used.id === candidate.id),
  );
  const name = (summary: InstrumentSummary) =>
    `${localized(summary.name, language)} (v${summary.version})`;

  async function attach(instrumentId: number) {
    try {
      const next = await invoke('questionnaire.attach', {
        engagementId: engagement.id,
        instrumentId,
      });
      attached.setData(next);
      setChosenId(instrumentId);
    } catch (reason) {
      setError(asIpcError(reason));
    }
  }

  return (
    <div className="section-stack">
      {error && <ErrorBanner error={error} onDismiss={() => setError(undefined)} />}
      <section className="card" aria-labelledby="instruments-heading">
        <h2 id="instruments-heading">{t('questionnaire.instrumentsTitle')}</h2>
        {instruments.length === 0 && !attached.loading && (
          <p className="muted">{t('questionnaire.noInstrument')}</p>
        )}
        <div className="toolbar">
          {instruments.length > 0 && (
            <label>
              {t('questionnaire.instrument')}{' '}
              <select
                value={instrument?.id}
                onChange={(event) => setChosenId(Number(event.target.value))}
              >
                {instruments.map((summary) => (
                  <option key={summary.id} value={summary.id}>
                    {name(summary)} —{' '}
                    {t('questionnaire.respondentCount', { count: summary.engagementRespondents })}
                  </option>
                ))}
              </select>
            </label>
          )}
          {addable.length > 0 && (
            <label>
              {t('questionnaire.addInstrument')}{' '}
              <select
                value=""
                onChange={(event) => {
                  if (event.target.value) void attach(Number(event.target.value));
                }}
              >
                <option value="">{t('questionnaire.chooseInstrument')}</option>
                {addable.map((summary) => (
                  <option key={summary.id} value={summary.id}>
                    {name(summary)}
                  </option>
                ))}
              </select>
            </label>
          )}
        </div>
      </section>
      <QuestionnaireSettings engagement={engagement} onChange={onChange} />
      {instrument && QUESTIONNAIRE_VIEWS.length > 0 && (
        <>
          <nav className="tabs tabs--secondary" aria-label={t('questionnaire.views')}>
            {QUESTIONNAIRE_VIEWS.map((candidate) => (
              <a
                key={candidate.id}
                href={routeHref({
                  screen: 'engagement',
                  id: engagement.id,
                  section: 'questionnaire',
                  view: candidate.id,
                })}
                aria-current={candidate.id === activeView?.id ? 'page' : undefined}
              >
                {t(candidate.labelKey)}
              </a>
            ))}
          </nav>
          {activeView?.render({
            engagement,
            instrument,
            onResponsesChanged: attached.reload,
            onEngagementChange: onChange,
          })}
        </>
      )}
    </div>
  );
}
