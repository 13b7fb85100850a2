import { useTranslation } from 'react-i18next';
import { MIN_PASSPHRASE_LENGTH } from '@shared/ipc/data-safety';
import { Field } from '@renderer/components/Field';

export interface PassphraseDraft {
  protect: boolean;
  passphrase: string;
  repeat: string;
}

export const EMPTY_PASSPHRASE: PassphraseDraft = { protect: true, passphrase: '', repeat: '' };

/** What is wrong with the draft, per field; empty when it can be used. */
export function passphraseProblems(
  draft: PassphraseDraft,
): Partial<Record<'passphrase' | 'repeat', string>> {
  if (!draft.protect) return {};
  if (draft.passphrase.length < MIN_PASSPHRASE_LENGTH) {
    return { passphrase: 'dataSafety.passphrase.tooShort' };
  }
  if (draft.repeat !== draft.passphrase) return { repeat: 'dataSafety.passphrase.mismatch' };
  return {};
}

interface PassphraseFieldsProps {
  draft: PassphraseDraft;
  onChange: (draft: PassphraseDraft) => void;
  /** Show problems only once the consultant tried to go on. */
  showProblems: boolean;
}

/** "Protect with a passphrase", the passphrase and its repetition. */
export function PassphraseFields({ draft, onChange, showProblems }: PassphraseFieldsProps) {
  const { t } = useTranslation();
  const problems = showProblems ? passphraseProblems(draft) : {};
  return (
    <div className="data-passphrase">
      <label className="data-checkbox">
        <input
          type="checkbox"
          checked={draft.protect}
          onChange={(event) => onChange({ ...draft, protect: event.target.checked })}
        />
        {t('dataSafety.passphrase.protect')}
      </label>
      {draft.protect ? (
        <>
          <Field
            label={t('dataSafety.passphrase.field')}
            hint={t('dataSafety.passphrase.hint')}
            error={problems.passphrase && t(problems.passphrase)}
          >
            {({ id, describedBy, invalid }) => (
              <input
                id={id}
                type="password"
                autoComplete="new-password"
                value={draft.passphrase}
                aria-describedby={describedBy}
                aria-invalid={invalid}
                onChange={(event) => onChange({ ...draft, passphrase: event.target.value })}
              />
            )}
          </Field>
          <Field
            label={t('dataSafety.passphrase.repeat')}
            error={problems.repeat && t(problems.repeat)}
          >
            {({ id, describedBy, invalid }) => (
              <input
                id={id}
                type="password"
                autoComplete="new-password"
                value={draft.repeat}
                aria-describedby={describedBy}
                aria-invalid={invalid}
                onChange={(event) => onChange({ ...draft, repeat: event.target.value })}
              />
            )}
          </Field>
        </>
      ) : (
        <p className="data-warning">{t('dataSafety.passphrase.plainWarning')}</p>
      )}
    </div>
  );
}
