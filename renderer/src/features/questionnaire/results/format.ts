import { cachedNumberFormat, intervalSeparator, SCALE_DIGITS } from '@shared/i18n/format';
import type { Language } from '@shared/questionnaire/instrument';

/** How the results screen writes its numbers, per UI language (nl 3,42 / en 3.42). */
export interface ResultFormat {
  /** Means and SDs on the answer scale: two decimals, as on every surface. */
  mean: (value: number | null | undefined) => string;
  /** A 95 % interval: [3,12; 3,98]. */
  interval: (low: number | null | undefined, high: number | null | undefined) => string;
  /** The 0–100 index: one decimal. */
  index: (value: number | null | undefined) => string;
  /** A difference with its sign: +0,25 / −0,31. */
  diff: (value: number | null | undefined) => string;
  /** Cronbach's α and correlations: two decimals. */
  coefficient: (value: number | null | undefined) => string;
  /** Percentile ranks: whole numbers. */
  percentile: (value: number | null | undefined) => string;
  /** Counts. */
  count: (value: number | null | undefined) => string;
  /** A share of 1 as a percentage without decimals: 0.25 → 25%. */
  share: (value: number) => string;
  /** A share that may be missing. */
  percent: (value: number | null | undefined) => string;
}

/** Shown where a number cannot be computed (no answers, too few for an SD). */
export const NO_VALUE = '–';

const isNumber = (value: number | null | undefined): value is number =>
  value !== null && value !== undefined && Number.isFinite(value);

/** Negative numbers get a real minus sign, which reads better than a hyphen in a column. */
function formatter(language: Language, options: Intl.NumberFormatOptions) {
  const format = cachedNumberFormat(language, options);
  return (value: number | null | undefined) =>
    isNumber(value) ? format.format(value).replace('-', '−') : NO_VALUE;
}

export function resultFormat(language: Language): ResultFormat {
  const fixed = (digits: number) =>
    formatter(language, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const signed = formatter(language, {
    minimumFractionDigits: SCALE_DIGITS,
    maximumFractionDigits: SCALE_DIGITS,
    signDisplay: 'exceptZero',
  });
  const percent = cachedNumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
  const mean = fixed(SCALE_DIGITS);
  const separator = intervalSeparator(language);
  return {
    mean,
    interval: (low, high) =>
      isNumber(low) && isNumber(high) ? `[${mean(low)}${separator}${mean(high)}]` : NO_VALUE,
    index: fixed(1),
    diff: signed,
    coefficient: fixed(2),
    percentile: fixed(0),
    count: fixed(0),
    share: (value) => percent.format(value),
    percent: (value) => (isNumber(value) ? percent.format(value) : NO_VALUE),
  };
}
