/** Locale-aware formatting shared by the UI and the reports (Intl only: runs everywhere). */
import type { Language } from '../questionnaire/instrument';

const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

/**
 * Building an Intl formatter resolves the locale and its data, which costs far more than
 * formatting one value (a report or a gap table formats thousands); formatters are immutable, so
 * one per language and options is kept and reused.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function cached<Formatter>(
  cache: Map<string, Formatter>,
  key: string,
  create: () => Formatter,
): Formatter {
  let formatter = cache.get(key);
  if (formatter === undefined) {
    formatter = create();
    cache.set(key, formatter);
  }
  return formatter;
}

/** The shared `Intl.NumberFormat` for a language and options (built once, then reused). */
export function numberFormat(
  language: Language,
  options: Intl.NumberFormatOptions = {},
): Intl.NumberFormat {
  return cached(numberFormats, `${language}${JSON.stringify(options)}`, () => {
    return new Intl.NumberFormat(LOCALES[language], options);
  });
}

/** The shared `Intl.DateTimeFormat` for a language and options (built once, then reused). */
export function dateTimeFormat(
  language: Language,
  options: Intl.DateTimeFormatOptions = {},
): Intl.DateTimeFormat {
  return cached(dateFormats, `${language}${JSON.stringify(options)}`, () => {
    return new Intl.DateTimeFormat(LOCALES[language], options);
  });
}

/** Dates as consultants write them: 12 november 2026 / 12 November 2026. */
export function formatDate(isoDate: string | null, language: Language): string {
  if (!isoDate) return '';
  const date = new Date(isoDate.length === 10 ? `${isoDate}T12:00:00` : isoDate);
  return dateTimeFormat(language, { dateStyle: 'medium' }).format(date);
}

export function formatDateTime(isoTimestamp: string, language: Language): string {
  return dateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(isoTimestamp),
  );
}

/** The fixed-decimals formatters behind formatNumber, by language and number of decimals. */
const fixedFormats: Record<Language, Intl.NumberFormat[]> = { nl: [], en: [] };

/** Numbers per locale: nl 1.234,5 and en 1,234.5. */
export function formatNumber(value: number, language: Language, fractionDigits = 1): string {
  // The hot path of every table and report: an array lookup, no key string per call.
  const formats = fixedFormats[language];
  let format = formats[fractionDigits];
  if (format === undefined) {
    format = numberFormat(language, {
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    });
    formats[fractionDigits] = format;
  }
  return format.format(value);
}
