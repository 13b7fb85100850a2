import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Engagement } from '@shared/engagements/model';
import { localized } from '@shared/questionnaire/instrument';
import type { IpcError } from '@shared/ipc/errors';
import { invoke } from '@renderer/ipc/client';
import { asIpcError, useCall } from '@renderer/ipc/use-call';
import { useUiLanguage } from '@renderer/app/ui-language';
import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { Field } from '@renderer/components/Field';

/** Scoring settings of the engagement: anonymity threshold, answered fraction, norm set. */
export function QuestionnaireSettings({
  engagement,
  onChange,
}: {
  engagement: Engagement;
  onChange: (next: Engagement) => void;
}) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const norms = useCall('norms.list', {});
  const [error, setError] = useState<IpcError>();

  async function update(changes: {
    anonymityThreshold?: number;
    minAnsweredFraction?: number;
    normSetId?: number | null;
  }) {
    try {
      onChange(await invoke('engagements.update', { id: engagement.id, ...changes }));
      setError(undefined);
    } catch (reason) {
      setError(asIpcError(reason));
    }
  }

  return (
    // Set once per engagement, so folded away: the capture and results views get the room.
    <details className="card questionnaire-settings">
      <summary>
        <h2>{t('questionnaire.settingsTitle')}</h2>
        <span className="muted">
          {t('questionnaire.settingsSummary', {
            threshold: engagement.anonymityThreshold,
            fraction: Math.round(engagement.minAnsweredFraction * 100),
            norm:
              norms.data?.find((stored) => stored.id === engagement.normSetId)?.normSet.name[
                language
              ] ?? t('questionnaire.noNormSet'),
          })}
        </span>
      </summary>
      {error && <ErrorBanner error={error} onDismiss={() => setError(undefined)} />}
      <div className="form-grid">
        <Field
          label={t('questionnaire.anonymityThreshold')}
          hint={t('questionnaire.anonymityHint')}
        >
          {({ id, describedBy }) => (
            <input
              id={id}
              type="number"
              min={3}
              max={50}
              aria-describedby={describedBy}
              defaultValue={engagement.anonymityThreshold}
              onBlur={(event) => {
                const value = Number(event.target.value);
                if (
                  Number.isInteger(value) &&
                  value >= 3 &&
                  value !== engagement.anonymityThreshold
                )
                  void update({ anonymityThreshold: value });
                else event.target.value = String(engagement.anonymityThreshold);
              }}
            />
          )}
        </Field>
        <Field label={t('questionnaire.minAnswered')} hint={t('questionnaire.minAnsweredHint')}>
          {({ id, describedBy }) => (
            <select
              id={id}
              aria-describedby={describedBy}
              value={engagement.minAnsweredFraction}
              onChange={(event) => void update({ minAnsweredFraction: Number(event.target.value) })}
            >
              {[0.5, 0.6, 0.75, 1].map((fraction) => (
                <option key={fraction} value={fraction}>
                  {Math.round(fraction * 100)}%
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('questionnaire.normSet')}>
          {({ id }) => (
            <select
              id={id}
              value={engagement.normSetId ?? ''}
              onChange={(event) =>
                void update({ normSetId: event.target.value ? Number(event.target.value) : null })
              }
            >
              <option value="">{t('questionnaire.noNormSet')}</option>
              {(norms.data ?? []).map((stored) => (
                <option key={stored.id} value={stored.id}>
                  {localized(stored.normSet.name, language)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
    </details>
  );
}
