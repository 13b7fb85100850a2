/** Locale-aware formatting shared by the UI and the reports (Intl only: runs everywhere). */
import type { Language } from '../questionnaire/instrument';

const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

/** Dates as consultants write them: 12 november 2026 / 12 November 2026. */
export function formatDate(isoDate: string | null, language: Language): string {
  if (!isoDate) return '';
  const date = new Date(isoDate.length === 10 ? `${isoDate}T12:00:00` : isoDate);
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium' }).format(date);
}

export function formatDateTime(isoTimestamp: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(isoTimestamp));
}

/** The time of day: 14:05 / 14:05. */
export function formatTime(isoTimestamp: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { timeStyle: 'short' }).format(
    new Date(isoTimestamp),
  );
}

/** Numbers per locale: nl 1.234,5 and en 1,234.5. */
export function formatNumber(value: number, language: Language, fractionDigits = 1): string {
  return new Intl.NumberFormat(LOCALES[language], {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(value);
}
