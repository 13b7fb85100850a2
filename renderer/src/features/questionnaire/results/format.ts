import type { Language } from '@shared/questionnaire/instrument';

const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

/** How the results screen writes its numbers, per UI language (nl 3,42 / en 3.42). */
export interface ResultFormat {
  /** Means and SDs on the answer scale: two decimals. */
  mean: (value: number | null | undefined) => string;
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
}

/** Shown where a number cannot be computed (no answers, too few for an SD). */
export const NO_VALUE = '–';

/** Negative numbers get a real minus sign, which reads better than a hyphen in a column. */
function formatter(language: Language, options: Intl.NumberFormatOptions) {
  const format = new Intl.NumberFormat(LOCALES[language], options);
  return (value: number | null | undefined) =>
    value === null || value === undefined || !Number.isFinite(value)
      ? NO_VALUE
      : format.format(value).replace('-', '−');
}

export function resultFormat(language: Language): ResultFormat {
  const fixed = (digits: number) =>
    formatter(language, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const signed = formatter(language, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    signDisplay: 'exceptZero',
  });
  const percent = new Intl.NumberFormat(LOCALES[language], {
    style: 'percent',
    maximumFractionDigits: 0,
  });
  return {
    mean: fixed(2),
    index: fixed(1),
    diff: signed,
    coefficient: fixed(2),
    percentile: fixed(0),
    count: fixed(0),
    share: (value) => percent.format(value),
  };
}
