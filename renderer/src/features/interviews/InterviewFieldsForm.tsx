import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Engagement } from '@shared/engagements/model';
import { INTERVIEW_KINDS, INTERVIEW_MODES, type InterviewFields } from '@shared/interviews/model';
import { DateInput } from '@renderer/components/DateInput';
import { Field } from '@renderer/components/Field';

type TextField = 'intervieweeRole' | 'organisation' | 'intervieweeName' | 'interviewer';

interface InterviewFieldsFormProps {
  engagement: Engagement;
  values: InterviewFields;
  /** A field changed; `settled` is true for choices (lists, boxes, dates), false while typing. */
  onChange: <K extends keyof InterviewFields>(
    field: K,
    value: InterviewFields[K],
    settled: boolean,
  ) => void;
  /** A text field was left. */
  onBlur?: () => void;
  /** Extra fields placed after the kind of conversation (the guide, for a new interview). */
  children?: ReactNode;
}

/**
 * The interview's attributes: one form for starting an interview and for editing its details,
 * so both always ask the same things in the same words.
 */
export function InterviewFieldsForm({
  engagement,
  values,
  onChange,
  onBlur,
  children,
}: InterviewFieldsFormProps) {
  const { t } = useTranslation();

  const text = (field: TextField, label: string, hint?: string) => (
    <Field label={label} hint={hint}>
      {({ id, describedBy }) => (
        <input
          id={id}
          aria-describedby={describedBy}
          value={values[field]}
          maxLength={field === 'organisation' ? 200 : 160}
          onChange={(event) => onChange(field, event.target.value, false)}
          onBlur={onBlur}
        />
      )}
    </Field>
  );
  const checkbox = (field: 'nameMayBeShown' | 'consentGiven', label: string) => (
    <div className="field field--checkbox">
      <label>
        <input
          type="checkbox"
          checked={values[field]}
          onChange={(event) => onChange(field, event.target.checked, true)}
        />{' '}
        {label}
      </label>
    </div>
  );
  const date = (field: 'date' | 'consentDate', label: string) => (
    <Field label={label}>
      {({ id }) => (
        <DateInput
          id={id}
          value={values[field] ?? ''}
          onChange={(iso) => onChange(field, iso || null, true)}
        />
      )}
    </Field>
  );

  return (
    <div className="form-grid">
      <Field label={t('interviews.fields.kind')}>
        {({ id }) => (
          <select
            id={id}
            value={values.kind}
            onChange={(event) =>
              onChange('kind', event.target.value as InterviewFields['kind'], true)
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
      {children}
      <Field label={t('interviews.fields.group')}>
        {({ id }) => (
          <select
            id={id}
            value={values.groupId ?? ''}
            onChange={(event) =>
              onChange('groupId', event.target.value ? Number(event.target.value) : null, true)
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
      {checkbox('nameMayBeShown', t('interviews.fields.nameMayBeShown'))}
      {text('interviewer', t('interviews.fields.interviewer'))}
      {date('date', t('interviews.fields.date'))}
      <Field label={t('interviews.fields.mode')}>
        {({ id }) => (
          <select
            id={id}
            value={values.mode ?? ''}
            onChange={(event) =>
              onChange('mode', (event.target.value || null) as InterviewFields['mode'], true)
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
      {checkbox('consentGiven', t('interviews.fields.consent'))}
      {date('consentDate', t('interviews.fields.consentDate'))}
    </div>
  );
}

/** The editable attributes of a stored interview. */
export function interviewFieldsOf(interview: InterviewFields): InterviewFields {
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
