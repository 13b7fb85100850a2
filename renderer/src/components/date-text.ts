/**
 * Dates as the consultant reads and types them, in the UI's language (never the browser's own
 * mm/dd/yyyy): Dutch "25-03-2026", English "25/03/2026". Stored dates stay ISO yyyy-mm-dd.
 */
import { format, isValid, parse } from 'date-fns';
import type { Language } from '@shared/questionnaire/instrument';

const PATTERN: Record<Language, string> = { nl: 'dd-MM-yyyy', en: 'dd/MM/yyyy' };

/** The placeholder that tells what to type ("dd-mm-jjjj"), from the locale files. */
export function datePattern(language: Language): string {
  return PATTERN[language];
}

/** An ISO date as the UI shows it; '' for none, the text itself when it is no ISO date. */
export function isoToDateText(iso: string | null | undefined, language: Language): string {
  if (!iso) return '';
  const date = parse(iso, 'yyyy-MM-dd', new Date(2000, 0, 1));
  return isValid(date) ? format(date, PATTERN[language]) : iso;
}

/**
 * What was typed, as an ISO date: day first with '-', '/', '.' or spaces between (a two-digit
 * year means 20xx), or ISO itself. '' for an empty field; null when it is no date at all.
 */
export function dateTextToIso(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  const dayFirst = /^(\d{1,2})[-/. ]+(\d{1,2})[-/. ]+(\d{2}|\d{4})$/.exec(trimmed);
  let year: number, month: number, day: number;
  if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (dayFirst) {
    day = Number(dayFirst[1]);
    month = Number(dayFirst[2]);
    year = Number(dayFirst[3]);
    if (dayFirst[3]!.length === 2) year += 2000;
  } else return null;
  const date = new Date(year, month - 1, day);
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) {
    return null;
  }
  return format(date, 'yyyy-MM-dd');
}
