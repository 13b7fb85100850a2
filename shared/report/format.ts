/** Numbers and dates as the report prints them, in the engagement's language. */
import { cachedDateFormat, formatList, formatNumber, intervalSeparator } from '../i18n/format';
import type { Language } from '../questionnaire/instrument';

const DASH = '–';

/** A number with `digits` decimals (a real minus sign), or an en dash for "not computable". */
export function num(value: number | null | undefined, language: Language, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return DASH;
  const text = formatNumber(Math.abs(value), language, digits);
  return value < 0 && Number(value.toFixed(digits)) !== 0 ? `−${text}` : text;
}

/** With a sign: +0,4 / −0,4 (a real minus sign). */
export function signed(value: number | null | undefined, language: Language, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return DASH;
  const rounded = Number(value.toFixed(digits));
  const text = formatNumber(Math.abs(value), language, digits);
  if (rounded === 0) return text;
  return value > 0 ? `+${text}` : `−${text}`;
}

export function whole(value: number | null | undefined, language: Language): string {
  return num(value, language, 0);
}

/** p-values as reported: < 0,001 below a thousandth, otherwise three decimals. */
export function pValue(value: number | null | undefined, language: Language): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return DASH;
  if (value < 0.001) return `< ${formatNumber(0.001, language, 3)}`;
  return formatNumber(value, language, 3);
}

/** A confidence interval: [0,4; 1,2] in Dutch (the comma is the decimal mark), [0.4, 1.2] in English. */
export function interval(
  low: number | null | undefined,
  high: number | null | undefined,
  language: Language,
  digits = 1,
): string {
  if (low === null || low === undefined || high === null || high === undefined) return DASH;
  return `[${num(low, language, digits)}${intervalSeparator(language)}${num(high, language, digits)}]`;
}

/** 15 december 2026 / 15 December 2026. */
export function longDate(isoDate: string | null, language: Language): string {
  if (!isoDate) return '';
  const date = new Date(isoDate.length === 10 ? `${isoDate}T12:00:00Z` : isoDate);
  return cachedDateFormat(language, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** "1 september – 15 december 2026", or one date, or '' when neither is known. */
export function period(start: string | null, end: string | null, language: Language): string {
  if (start && end) return `${longDate(start, language)} ${DASH} ${longDate(end, language)}`;
  return longDate(start ?? end, language);
}

/** "A, B en C" / "A, B and C". */
export function listJoin(parts: readonly string[], language: Language): string {
  return formatList(parts, language);
}

/** Today's date as yyyy-mm-dd in local time, the default date on the cover. */
export function todayIso(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
