import { describe, expect, it } from 'vitest';
import { formatNumber, roundTo, shownDifference } from '@shared/i18n/format';
import { seededRandom } from '@shared/util/seeded-random';

describe('rounding as shown', () => {
  it('gives the number the formatter prints, also on ties in the shortest decimal form', () => {
    // 1.005 is stored just below 1.005, yet prints as 1,01: the shown number is what counts.
    expect(roundTo(1.005)).toBe(1.01);
    expect(formatNumber(1.005, 'nl', 2)).toBe('1,01');
    expect(roundTo(2.675)).toBe(2.68);
    expect(roundTo(-2.675)).toBe(-2.68);
    expect(roundTo(4.1749999)).toBe(4.17);
    expect(roundTo(Number.NaN)).toBeNaN();
  });

  it('agrees with the formatter on every value, tie or not', () => {
    const next = seededRandom(7);
    const values = [
      ...Array.from({ length: 20_000 }, () => 1 + next() * 4),
      ...Array.from({ length: 2_000 }, () => Math.round(next() * 100_000) / 1000 - 50),
      ...Array.from({ length: 2_000 }, () => (Math.round(next() * 10_000) + 0.5) / 100),
    ];
    const printed = new Intl.NumberFormat('en-US', {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
      useGrouping: false,
    });
    for (const value of values) expect(roundTo(value)).toBe(Number(printed.format(value)));
  });

  it('agrees with the formatter on ties at any number of decimals, both signs', () => {
    const next = seededRandom(11);
    for (let digits = 0; digits <= 4; digits++) {
      const printed = new Intl.NumberFormat('en-US', {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
        useGrouping: false,
      });
      // Values with a 5 just past the last shown decimal, both signs, small and large.
      for (let i = 0; i < 3_000; i++) {
        const whole = Math.round(next() * 10 ** (1 + (i % 9))) * (i % 2 === 0 ? 1 : -1);
        const value = (whole * 10 + 5) / 10 ** (digits + 1);
        expect(roundTo(value, digits), String(value)).toBe(Number(printed.format(value)));
      }
    }
  });

  it('makes a shown difference the difference of the shown means', () => {
    expect(shownDifference(4.174, 2.736)).toBe(1.43);
    expect(shownDifference(4.205, 2.854)).toBe(1.36);
  });
});
