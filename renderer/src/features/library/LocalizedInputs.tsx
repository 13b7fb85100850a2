import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, LocalizedText } from '@shared/questionnaire/instrument';

interface LocalizedInputsProps {
  /** What the text is, e.g. "Naam" or "Tekst van item KK1"; the language is added per input. */
  label: string;
  value: LocalizedText;
  onChange: (next: LocalizedText) => void;
  multiline?: boolean;
  /** Visible lines of a multiline text (default 2). */
  rows?: number;
  /** Hide the labels visually (inside compact rows); they stay available to screen readers. */
  compact?: boolean;
  error?: string | undefined;
  autoFocus?: boolean;
  testId?: string;
}

const LANGUAGE_ORDER: Language[] = ['nl', 'en'];

/** One text in Dutch and English, side by side. */
export function LocalizedInputs({
  label,
  value,
  onChange,
  multiline,
  rows = 2,
  compact,
  error,
  autoFocus,
  testId,
}: LocalizedInputsProps) {
  const { t } = useTranslation();
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div
      className={`localized-inputs${compact ? ' localized-inputs--compact' : ''}`}
      data-testid={testId}
    >
      {LANGUAGE_ORDER.map((language, index) => {
        const inputId = `${id}-${language}`;
        const common = {
          id: inputId,
          lang: language,
          value: value[language],
          'aria-invalid': error ? true : undefined,
          'aria-describedby': error ? errorId : undefined,
          autoFocus: autoFocus && index === 0,
          onChange: (event: { target: { value: string } }) =>
            onChange({ ...value, [language]: event.target.value }),
        };
        return (
          <div key={language} className="localized-inputs__field">
            <label htmlFor={inputId} className={compact ? 'visually-hidden' : undefined}>
              {t('library.inLanguage', { label, language: t(`library.languageNames.${language}`) })}
            </label>
            {multiline ? <textarea rows={rows} {...common} /> : <input type="text" {...common} />}
          </div>
        );
      })}
      {error && (
        <p className="field__error localized-inputs__error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}
