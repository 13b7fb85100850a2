import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Engagement } from '@shared/engagements/model';
import type { IpcError } from '@shared/ipc/errors';
import {
  INTERVIEW_KINDS,
  INTERVIEW_MODES,
  type Interview,
  type InterviewFields,
} from '@shared/interviews/model';
import { invoke } from '@renderer/ipc/client';
import { asIpcError } from '@renderer/ipc/use-call';
import { ErrorBanner } from '@renderer/components/ErrorBanner';
import { Field } from '@renderer/components/Field';
import { SaveIndicator, type SaveState } from '@renderer/components/SaveIndicator';

const SAVE_DELAY_MS = 400;
type TextField = 'intervieweeRole' | 'organisation' | 'intervieweeName' | 'interviewer';

/** The interview's attributes, saved as they change (text after a pause or on leaving a field). */
export function InterviewDetails({
  engagement,
  interview,
  onSaved,
}: {
  engagement: Engagement;
  interview: Interview;
  onSaved: (interview: Interview) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<InterviewFields>(() => fieldsOf(interview));
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const [error, setError] = useState<IpcError>();
  const pending = useRef<Partial<InterviewFields>>({});
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const onSavedRef = useRef(onSaved);
  useEffect(() => {
    onSavedRef.current = onSaved;
  });

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    const changes = pending.current;
    if (Object.keys(changes).length === 0) return;
    pending.current = {};
    setSaveState('saving');
    try {
      onSavedRef.current(await invoke('interviews.update', { id: interview.id, ...changes }));
      setSaveState('saved');
      setError(undefined);
    } catch (reason) {
      setSaveState('error');
      setError(asIpcError(reason));
    }
  }, [interview.id]);

  useEffect(() => () => void flush(), [flush]);

  function change<K extends keyof InterviewFields>(
    field: K,
    value: InterviewFields[K],
    now = false,
  ) {
    setDraft((current) => ({ ...current, [field]: value }));
    pending.current = { ...pending.current, [field]: value };
    clearTimeout(timer.current);
    if (now) void flush();
    else timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
  }

  const text = (field: TextField, label: string, hint?: string) => (
    <Field label={label} hint={hint}>
      {({ id, describedBy }) => (
        <input
          id={id}
          aria-describedby={describedBy}
          value={draft[field]}
          maxLength={160}
          onChange={(event) => change(field, event.target.value)}
          onBlur={() => void flush()}
        />
      )}
    </Field>
  );

  return (
    <section className="card" aria-labelledby="interview-details-heading">
      <h2 id="interview-details-heading">
        {t('interviews.details.title')} <SaveIndicator state={saveState} />
      </h2>
      {error && <ErrorBanner error={error} onDismiss={() => setError(undefined)} />}
      <div className="form-grid">
        <Field label={t('interviews.fields.kind')}>
          {({ id }) => (
            <select
              id={id}
              value={draft.kind}
              onChange={(event) =>
                change('kind', event.target.value as InterviewFields['kind'], true)
              }
            >
              {INTERVIEW_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`interviews.kinds.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('interviews.fields.group')}>
          {({ id }) => (
            <select
              id={id}
              value={draft.groupId ?? ''}
              onChange={(event) =>
                change('groupId', event.target.value ? Number(event.target.value) : null, true)
              }
            >
              <option value="">{t('interviews.fields.noGroup')}</option>
              {engagement.groups.map((group) => (
                <option key={group.id} value={group.id}>
                  {group.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        {text('intervieweeRole', t('interviews.fields.role'), t('interviews.fields.roleHint'))}
        {text(
          'organisation',
          t('interviews.fields.organisation'),
          t('interviews.fields.organisationHint'),
        )}
        {text('intervieweeName', t('interviews.fields.name'), t('interviews.fields.nameHint'))}
        <div className="field field--checkbox">
          <label>
            <input
              type="checkbox"
              checked={draft.nameMayBeShown}
              onChange={(event) => change('nameMayBeShown', event.target.checked, true)}
            />{' '}
            {t('interviews.fields.nameMayBeShown')}
          </label>
        </div>
        {text('interviewer', t('interviews.fields.interviewer'))}
        <Field label={t('interviews.fields.date')}>
          {({ id }) => (
            <input
              id={id}
              type="date"
              value={draft.date ?? ''}
              onChange={(event) => change('date', event.target.value || null, true)}
            />
          )}
        </Field>
        <Field label={t('interviews.fields.mode')}>
          {({ id }) => (
            <select
              id={id}
              value={draft.mode ?? ''}
              onChange={(event) =>
                change('mode', (event.target.value || null) as InterviewFields['mode'], true)
              }
            >
              <option value="">{t('interviews.fields.modeUnknown')}</option>
              {INTERVIEW_MODES.map((mode) => (
                <option key={mode} value={mode}>
                  {t(`interviews.modes.${mode}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="field field--checkbox">
          <label>
            <input
              type="checkbox"
              checked={draft.consentGiven}
              onChange={(event) => change('consentGiven', event.target.checked, true)}
            />{' '}
            {t('interviews.fields.consent')}
          </label>
        </div>
        <Field label={t('interviews.fields.consentDate')}>
          {({ id }) => (
            <input
              id={id}
              type="date"
              value={draft.consentDate ?? ''}
              onChange={(event) => change('consentDate', event.target.value || null, true)}
            />
          )}
        </Field>
      </div>
    </section>
  );
}

function fieldsOf(interview: Interview): InterviewFields {
  return {
    kind: interview.kind,
    groupId: interview.groupId,
    intervieweeRole: interview.intervieweeRole,
    organisation: interview.organisation,
    intervieweeName: interview.intervieweeName,
    nameMayBeShown: interview.nameMayBeShown,
    interviewer: interview.interviewer,
    date: interview.date,
    mode: interview.mode,
    consentGiven: interview.consentGiven,
    consentDate: interview.consentDate,
  };
}
