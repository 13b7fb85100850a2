/** How the Gaps screen writes its numbers, per UI language (nl 3,42 / en 3.42). */
import { formatNumber, intervalSeparator } from '@shared/i18n/format';
import type { Language } from '@shared/questionnaire/instrument';

/** Shown where a number cannot be computed (no answers, no spread, too few answers). */
export const NO_VALUE = '–';

export interface GapFormat {
  /** Means on the answer scale: two decimals. */
  mean: (value: number | null | undefined) => string;
  /** A difference with its sign: +0,25 / −0,31. */
  diff: (value: number | null | undefined) => string;
  /** A 95 % interval: [0,12; 0,98]. */
  interval: (low: number | null | undefined, high: number | null | undefined) => string;
  /** Effect sizes and correlations: two decimals, signed. */
  coefficient: (value: number | null | undefined) => string;
  /** p-values: three decimals, "< 0,001" below that. */
  p: (value: number | null | undefined) => string;
  /** A p-value after "p": "= 0,012" or "< 0,001". */
  pRelation: (value: number | null | undefined) => string;
  /** Ranks: whole numbers, one decimal for a tie (2,5). */
  rank: (value: number | null | undefined) => string;
  count: (value: number | null | undefined) => string;
}

const isNumber = (value: number | null | undefined): value is number =>
  typeof value === 'number' && Number.isFinite(value);

export function gapFormat(language: Language): GapFormat {
  const fixed = (value: number | null | undefined, digits: number) =>
    isNumber(value) ? formatNumber(value, language, digits) : NO_VALUE;
  const signed = (value: number | null | undefined, digits: number) => {
    if (!isNumber(value)) return NO_VALUE;
    const text = formatNumber(Math.abs(value), language, digits);
    if (Number(Math.abs(value).toFixed(digits)) === 0) return text;
    return `${value < 0 ? '−' : '+'}${text}`;
  };
  const separator = intervalSeparator(language);
  return {
    mean: (value) => fixed(value, 2),
    diff: (value) => signed(value, 2),
    interval: (low, high) =>
      isNumber(low) && isNumber(high) ? `[${signed(low, 2)}${separator}${signed(high, 2)}]` : '',
    coefficient: (value) => signed(value, 2),
    p: (value) => {
      if (!isNumber(value)) return NO_VALUE;
      return value < 0.001
        ? `< ${formatNumber(0.001, language, 3)}`
        : formatNumber(value, language, 3);
    },
    pRelation: (value) => {
      if (!isNumber(value)) return `= ${NO_VALUE}`;
      return value < 0.001
        ? `< ${formatNumber(0.001, language, 3)}`
        : `= ${formatNumber(value, language, 3)}`;
    },
    rank: (value) =>
      isNumber(value) ? formatNumber(value, language, Number.isInteger(value) ? 0 : 1) : NO_VALUE,
    count: (value) => fixed(value, 0),
  };
}
