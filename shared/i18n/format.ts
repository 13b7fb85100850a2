/** Locale-aware formatting shared by the UI and the reports (Intl only: runs everywhere). */
import type { Language } from '../questionnaire/instrument';
import { formatFixed, type FixedSymbols } from './format-fixed';

const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

/**
 * How figures on the answer scale are shown, on every surface (screens, exports, CLI text, the
 * report): means, differences, intervals and SDs with two decimals. A difference that is shown
 * is always the difference of the two means as shown (`shownDifference`), so the numbers in one
 * sentence, table or chart add up: 4,21 − 2,86 = 1,35.
 */
export const SCALE_DIGITS = 2;

/**
 * `value` rounded to `digits` decimals exactly as the formatters show it (Intl rounds the
 * shortest decimal form half away from zero: 1.005 shows as 1.01, which toFixed would not give).
 */
export function roundTo(value: number, digits = SCALE_DIGITS): number {
  if (!Number.isFinite(value)) return value;
  // Fast path: away from a tie (…5 in the first dropped decimal), arithmetic rounding gives the
  // same number as the formatter; n / 10^d is the double nearest the decimal, as parsing it is.
  const factor = POWERS_OF_TEN[digits];
  if (factor !== undefined) {
    const scaled = value * factor;
    if (Math.abs(scaled) < 2 ** 50) {
      const fraction = Math.abs(scaled - Math.trunc(scaled));
      if (Math.abs(fraction - 0.5) > 1e-6) return Math.round(scaled) / factor;
    }
  }
  return roundShortestDecimal(value, digits) ?? Number(roundingFormat(digits).format(value));
}

/**
 * Near a tie: the rounding the formatter does — of the shortest decimal form (`String(value)`),
 * half away from zero — done on that string, which costs nothing, while the first formatter of a
 * process costs tens of milliseconds. Null for exponent forms (left to the formatter).
 */
function roundShortestDecimal(value: number, digits: number): number | null {
  const text = String(Math.abs(value));
  if (text.includes('e')) return null;
  const point = text.indexOf('.');
  if (point < 0 || text.length - point - 1 <= digits) return value;
  const kept = text.slice(0, point) + text.slice(point + 1, point + 1 + digits);
  const roundUp = text.charCodeAt(point + 1 + digits) >= 0x35; // '5'
  const scaled = BigInt(kept) + (roundUp ? 1n : 0n);
  if (scaled > BigInt(Number.MAX_SAFE_INTEGER)) return null;
  const magnitude = Number(scaled) / (POWERS_OF_TEN[digits] ?? 10 ** digits);
  return value < 0 ? -magnitude : magnitude;
}

const POWERS_OF_TEN = [1, 10, 100, 1000, 10_000, 100_000, 1_000_000];
const roundingFormats: Intl.NumberFormat[] = [];
function roundingFormat(digits: number): Intl.NumberFormat {
  return (roundingFormats[digits] ??= new Intl.NumberFormat('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping: false,
  }));
}

/** The difference a reader computes from the two means as shown. */
export function shownDifference(a: number, b: number, digits = SCALE_DIGITS): number {
  return roundTo(roundTo(a, digits) - roundTo(b, digits), digits);
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** Formatters are costly to build; each combination is built once. */
function numberFormatFor(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

function numberFormat(language: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return numberFormatFor(LOCALES[language], options);
}

function dateFormat(language: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[language], options);
    dateFormats.set(key, format);
  }
  return format;
}

/** Dates as consultants write them: 12 nov 2026 / 12 Nov 2026. */
export function formatDate(isoDate: string | null, language: Language): string {
  if (!isoDate) return '';
  const date = new Date(isoDate.length === 10 ? `${isoDate}T12:00:00` : isoDate);
  return mediumDate(date, language) ?? dateFormat(language, { dateStyle: 'medium' }).format(date);
}

/** A moment: 12 nov 2026, 09:30 / 12 Nov 2026, 09:30. */
export function formatDateTime(isoTimestamp: string, language: Language): string {
  const date = new Date(isoTimestamp);
  const day = mediumDate(date, language);
  return day === null
    ? dateFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date)
    : `${day}, ${shortTime(date)}`;
}

/** The time of day: 14:05 / 14:05. */
export function formatTime(isoTimestamp: string, language: Language): string {
  const date = new Date(isoTimestamp);
  return mediumDate(date, language) === null
    ? dateFormat(language, { timeStyle: 'short' }).format(date)
    : shortTime(date);
}

/**
 * The months as LOCALES' medium date style abbreviates them. The medium date and the short time
 * are written without Intl, the very text Intl writes in nl and en (tested on every day of many
 * years): the first date formatter of a process costs a tenth of a second of locale data, and
 * the engagement list, the first screen, shows dates.
 */
const MEDIUM_MONTHS: Record<Language, readonly string[]> = {
  nl: ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'],
};

/** "12 nov 2026" in local time, or null where Intl writes it otherwise (invalid, year < 1000). */
function mediumDate(date: Date, language: Language): string | null {
  const year = date.getFullYear();
  if (!(year >= 1000 && year <= 9999)) return null;
  return `${date.getDate()} ${MEDIUM_MONTHS[language][date.getMonth()]} ${year}`;
}

/** "09:30" in local time: both languages' short time is the 24-hour clock. */
function shortTime(date: Date): string {
  return `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}

/** The fixed-decimals formatters behind formatNumber, by language and number of decimals. */
const fixedFormats: Record<Language, Intl.NumberFormat[]> = { nl: [], en: [] };

/** The marks of LOCALES' standard number format (as Intl writes them: see format-fixed.ts). */
const FIXED_SYMBOLS: Record<Language, FixedSymbols> = {
  nl: { decimal: ',', group: '.' },
  en: { decimal: '.', group: ',' },
};

/**
 * Numbers per locale: nl 1.234,5 and en 1,234.5. Written without Intl (`formatFixed`, the same
 * text), which spares a fresh process the first formatter's locale data; Intl writes only what
 * that leaves to it (not finite, exponent forms).
 */
export function formatNumber(value: number, language: Language, fractionDigits = 1): string {
  return (
    formatFixed(value, fractionDigits, FIXED_SYMBOLS[language]) ??
    // An array lookup, no key string built per call.
    (fixedFormats[language][fractionDigits] ??= numberFormat(language, {
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    })).format(value)
  );
}

/** A share 0–1 as a whole percentage: 0.25 → "25%" (nl "25%"). */
export function formatPercent(share: number, language: Language): string {
  return numberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** A cached Intl.NumberFormat for other needs (signs, units). */
export function cachedNumberFormat(
  language: Language,
  options: Intl.NumberFormatOptions,
): Intl.NumberFormat {
  return numberFormat(language, options);
}

const listFormats: Partial<Record<Language, Intl.ListFormat>> = {};

/** "A, B en C" / "A, B and C". */
export function formatList(parts: readonly string[], language: Language): string {
  return (listFormats[language] ??= new Intl.ListFormat(LOCALES[language], {
    style: 'long',
    type: 'conjunction',
  })).format(parts);
}

/** A cached Intl.DateTimeFormat. */
export function cachedDateFormat(
  language: Language,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  return dateFormat(language, options);
}

/**
 * Between the two ends of an interval: "[3,40; 3,80]" in Dutch, where the comma is the decimal
 * mark, "[3.40, 3.80]" in English.
 */
export function intervalSeparator(language: Language): string {
  return INTERVAL_SEPARATORS[language];
}

const INTERVAL_SEPARATORS: Record<Language, string> = { nl: '; ', en: ', ' };

/**
 * A name (a dimension) inside a sentence: Dutch writes it in lower case ("op klantkennis delen"),
 * English lowers only its first letter, keeping acronyms and proper nouns after it.
 */
export function nameInSentence(name: string, language: Language): string {
  return NAME_CASE[language](name);
}

const NAME_CASE: Record<Language, (name: string) => string> = {
  nl: (name) => name.toLocaleLowerCase('nl'),
  en: (name) => name.charAt(0).toLocaleLowerCase('en') + name.slice(1),
};

/** The CSV delimiter spreadsheets expect: ";" where the comma is the decimal mark (Dutch). */
export function csvDelimiter(language: Language): ';' | ',' {
  return CSV_DELIMITERS[language];
}

const CSV_DELIMITERS: Record<Language, ';' | ','> = { nl: ';', en: ',' };
