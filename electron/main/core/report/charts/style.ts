/**
 * How the report's charts look and write their numbers, from the house style and the report's
 * language: the same for the report view's preview and for Word. Apart from the Word writer, so
 * the read worker, which draws the preview, does not load the `docx` library.
 */
import { formatNumber } from '@shared/i18n/format';
import type { Language } from '@shared/questionnaire/instrument';
import type { HouseStyle } from '@shared/report/settings';
import { OKABE_ITO, type ChartStyle } from './svg';

export function chartStyleFor(style: HouseStyle): ChartStyle {
  return {
    fontFamily: `${style.bodyFont}, Carlito, 'Liberation Sans', Arial, sans-serif`,
    accent: style.accentColour,
    palette: OKABE_ITO,
  };
}

export function chartFormat(language: Language) {
  return (value: number, digits: number) =>
    value < 0
      ? `−${formatNumber(-value, language, digits)}`
      : formatNumber(value, language, digits);
}
