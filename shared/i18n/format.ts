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

/** Numbers per locale: nl 1.234,5 and en 1,234.5. */
/** Formatters are costly to create: one per language and number of decimals, made once. */
const NUMBER_FORMATS = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number, language: Language, fractionDigits = 1): string {
  const key = `${language}:${fractionDigits}`;
  let format = NUMBER_FORMATS.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[language], {
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    });
    NUMBER_FORMATS.set(key, format);
  }
  return format.format(value);
}
