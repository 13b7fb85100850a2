import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DayPicker } from 'react-day-picker';
import { enGB, nl } from 'react-day-picker/locale';
import { format, parse } from 'date-fns';
import { useUiLanguage } from '@renderer/app/ui-language';
import { dateTextToIso, isoToDateText } from './date-text';
import 'react-day-picker/style.css';
import './date-input.css';

interface DateInputProps {
  id: string;
  /** ISO yyyy-mm-dd, or '' for no date. */
  value: string;
  /** Called with an ISO date, or '' when the field is emptied; never with half-typed text. */
  onChange: (iso: string) => void;
  onBlur?: () => void;
  name?: string;
  describedBy?: string | undefined;
  invalid?: boolean;
}

/**
 * A date field the app renders itself, in the UI's language: typed as "25-03-2026" (Dutch) or
 * "25/03/2026" (English), or picked from a calendar with the month and day names of the UI.
 */
export function DateInput({
  id,
  value,
  onChange,
  onBlur,
  name,
  describedBy,
  invalid,
}: DateInputProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const [text, setText] = useState(() => isoToDateText(value, language));
  const [wrong, setWrong] = useState(false);
  const [open, setOpen] = useState(false);
  const wrapper = useRef<HTMLSpanElement>(null);
  const calendarId = useId();
  const errorId = `${id}-date-error`;

  // Follow the stored value (and the UI language) when they change from outside.
  const [shown, setShown] = useState({ value, language });
  if (shown.value !== value || shown.language !== language) {
    setShown({ value, language });
    setText(isoToDateText(value, language));
    setWrong(false);
  }

  // The calendar closes on a click elsewhere and on Escape.
  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  function commit() {
    const iso = dateTextToIso(text);
    if (iso === null) {
      setWrong(true);
      return;
    }
    setWrong(false);
    setText(isoToDateText(iso, language));
    if (iso !== value) onChange(iso);
  }

  const selected = value ? parse(value, 'yyyy-MM-dd', new Date()) : undefined;
  const describe = [describedBy, wrong ? errorId : null].filter(Boolean).join(' ') || undefined;

  return (
    <span className="date-input" ref={wrapper}>
      <span className="date-input__row">
        <input
          id={id}
          name={name}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          placeholder={t('app.datePlaceholder')}
          value={text}
          aria-describedby={describe}
          aria-invalid={invalid || wrong}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit();
          }}
          onBlur={() => {
            commit();
            onBlur?.();
          }}
        />
        <button
          type="button"
          className="button button--icon date-input__toggle"
          aria-label={t('app.pickDate')}
          aria-expanded={open}
          aria-controls={open ? calendarId : undefined}
          onClick={() => setOpen(!open)}
        >
          <span aria-hidden="true">▦</span>
        </button>
      </span>
      {wrong && (
        <span className="field__error" id={errorId} role="alert">
          {t('app.dateInvalid', { example: t('app.datePlaceholder') })}
        </span>
      )}
      {open && (
        <div
          className="date-input__calendar"
          id={calendarId}
          role="dialog"
          aria-label={t('app.pickDate')}
        >
          <DayPicker
            mode="single"
            locale={language === 'nl' ? nl : enGB}
            selected={selected}
            defaultMonth={selected}
            captionLayout="dropdown"
            startMonth={new Date(2000, 0)}
            endMonth={new Date(new Date().getFullYear() + 5, 11)}
            autoFocus
            onSelect={(date) => {
              const iso = date ? format(date, 'yyyy-MM-dd') : '';
              setOpen(false);
              setWrong(false);
              setText(isoToDateText(iso, language));
              if (iso !== value) onChange(iso);
            }}
          />
        </div>
      )}
    </span>
  );
}
