import { useTranslation } from 'react-i18next';
import type { Language } from '@shared/questionnaire/instrument';
import { DateInput } from '@renderer/components/DateInput';
import { Field } from '@renderer/components/Field';

/** The editable fields of an engagement, as strings the way the inputs hold them. */
export interface EngagementDraft {
  clientName: string;
  sector: string;
  consultants: string;
  startDate: string;
  endDate: string;
  language: Language;
  notes: string;
}

export type DraftField = keyof EngagementDraft;

interface EngagementFieldsProps {
  draft: EngagementDraft;
  errors: Partial<Record<DraftField, string>>;
  /** `settled`: a choice (a list, a picked date) that is saved at once. */
  onChange: (field: DraftField, value: string, settled?: boolean) => void;
  onBlur?: (field: DraftField) => void;
}

export function EngagementFields({ draft, errors, onChange, onBlur }: EngagementFieldsProps) {
  const { t } = useTranslation();
  const text = (field: DraftField, label: string, hint?: string) => (
    <Field label={label} error={errors[field]} hint={hint}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          type="text"
          name={field}
          value={draft[field]}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          onChange={(event) => onChange(field, event.target.value)}
          onBlur={() => onBlur?.(field)}
        />
      )}
    </Field>
  );
  const date = (field: 'startDate' | 'endDate', label: string) => (
    <Field label={label} error={errors[field]}>
      {({ id, describedBy, invalid }) => (
        <DateInput
          id={id}
          name={field}
          value={draft[field]}
          describedBy={describedBy}
          invalid={invalid}
          onChange={(iso) => onChange(field, iso, true)}
        />
      )}
    </Field>
  );
  return (
    <div className="form-grid">
      {text('clientName', t('engagement.clientName'))}
      {text('sector', t('engagement.sector'))}
      {text('consultants', t('engagement.consultants'), t('engagement.consultantsHint'))}
      <Field label={t('engagement.language')}>
        {({ id }) => (
          <select
            id={id}
            name="language"
            value={draft.language}
            onChange={(event) => onChange('language', event.target.value)}
          >
            <option value="nl">{t('languages.nl')}</option>
            <option value="en">{t('languages.en')}</option>
          </select>
        )}
      </Field>
      {date('startDate', t('engagement.startDate'))}
      {date('endDate', t('engagement.endDate'))}
      <div className="form-grid__wide">
        <Field label={t('engagement.notes')} error={errors.notes}>
          {({ id, describedBy }) => (
            <textarea
              id={id}
              name="notes"
              rows={5}
              value={draft.notes}
              aria-describedby={describedBy}
              onChange={(event) => onChange('notes', event.target.value)}
              onBlur={() => onBlur?.('notes')}
            />
          )}
        </Field>
      </div>
    </div>
  );
}

/** Turns the input strings into the shape the IPC contract expects. */
export function draftToInput(draft: EngagementDraft) {
  return {
    clientName: draft.clientName,
    sector: draft.sector,
    consultants: draft.consultants
      .split(',')
      .map((name) => name.trim())
      .filter(Boolean),
    startDate: draft.startDate || null,
    endDate: draft.endDate || null,
    language: draft.language,
    notes: draft.notes,
  };
}

/** Maps zod issues (from the shared schema) onto the draft's fields. */
export function issuesToFieldErrors(
  issues: { path: PropertyKey[] | string; message: string }[],
  translate: (message: string) => string,
): Partial<Record<DraftField, string>> {
  const errors: Partial<Record<DraftField, string>> = {};
  for (const issue of issues) {
    const path = Array.isArray(issue.path) ? issue.path.map(String) : issue.path.split('.');
    const field = path[0] as DraftField | undefined;
    if (field && !(field in errors)) errors[field] = translate(issue.message);
  }
  return errors;
}
