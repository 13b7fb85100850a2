import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  cachedDateFormat,
  cachedNumberFormat,
  formatDate,
  formatDateTime,
  formatNumber,
  formatTime,
} from '@shared/i18n/format';
import { seededRandom } from '@shared/util/seeded-random';

afterEach(() => vi.restoreAllMocks());

describe('number and date formatting', () => {
  it('writes numbers as each language does, with the decimals asked for', () => {
    expect(formatNumber(1234.56, 'nl')).toBe('1.234,6');
    expect(formatNumber(1234.56, 'en')).toBe('1,234.6');
    expect(formatNumber(3.14159, 'nl', 2)).toBe('3,14');
    expect(formatNumber(3.14159, 'en', 3)).toBe('3.142');
    expect(formatNumber(42, 'nl', 0)).toBe('42');
    // After other languages and decimals were used, each still gets its own format.
    expect(formatNumber(0.5, 'nl', 2)).toBe('0,50');
    expect(formatNumber(0.5, 'en', 1)).toBe('0.5');
  });

  it('writes exactly what Intl writes, in Dutch and English, without building a formatter', () => {
    const intl = {
      nl: (digits: number) =>
        new Intl.NumberFormat('nl-NL', {
          minimumFractionDigits: digits,
          maximumFractionDigits: digits,
        }),
      en: (digits: number) =>
        new Intl.NumberFormat('en-GB', {
          minimumFractionDigits: digits,
          maximumFractionDigits: digits,
        }),
    };
    const random = seededRandom(14);
    const values = [
      0,
      -0,
      0.5,
      1.5,
      2.5,
      -2.5,
      1.005,
      2.675,
      -1.005,
      0.125,
      0.995,
      9.995,
      99.995,
      999.995,
      999.9951,
      1000,
      -1000,
      1234.5,
      12345.675,
      1234567.891,
      -0.001,
      -0.004,
      -0.005,
      0.0049999,
      4.35,
      4.345,
      1 / 3,
      2 / 3,
      -2 / 3,
      123456789012.345,
      2 ** 53,
      2 ** 53 + 2,
      1e20,
      9.5e-7,
      0.000001,
      0.0000015,
      5e-7,
      1e21,
      -1e21,
      1.5e-7,
      Number.MIN_VALUE,
      Number.MAX_VALUE,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
    ];
    // Means, differences and shares as an analysis makes them: every tie of two decimals, and
    // random doubles over many magnitudes, both signs.
    for (let i = -3000; i <= 3000; i++) values.push(i / 1000, i / 200 + 0.005, i / 7);
    for (let i = 0; i < 6000; i++) {
      const magnitude = 10 ** Math.floor(random() * 16 - 6);
      values.push((random() - 0.3) * magnitude, Math.round(random() * 1e6) / 1e4);
    }
    const numberFormats = vi.spyOn(Intl, 'NumberFormat');
    const ours = (value: number, language: 'nl' | 'en', digits: number) =>
      formatNumber(value, language, digits);
    const written = (['nl', 'en'] as const).flatMap((language) =>
      [0, 1, 2, 3, 6].map((digits) => values.map((value) => ours(value, language, digits))),
    );
    // Only what Intl is left to write (not finite, exponent forms) built a formatter.
    expect(numberFormats.mock.calls.length).toBeLessThanOrEqual(10);
    vi.restoreAllMocks();
    const expected = (['nl', 'en'] as const).flatMap((language) =>
      [0, 1, 2, 3, 6].map((digits) => {
        const format = intl[language](digits);
        return values.map((value) => format.format(value));
      }),
    );
    expect(written).toEqual(expected);
  });

  it('writes dates and times per language', () => {
    expect(formatDate('2026-11-12', 'nl')).toBe('12 nov 2026');
    expect(formatDate('2026-11-12', 'en')).toBe('12 Nov 2026');
    expect(formatDate('2026-09-01', 'en')).toBe('1 Sept 2026');
    expect(formatDate(null, 'en')).toBe('');
    expect(formatDateTime('2026-11-12T09:30:00', 'nl')).toBe('12 nov 2026, 09:30');
    expect(formatDateTime('2026-03-05T21:07:00', 'en')).toBe('5 Mar 2026, 21:07');
    expect(formatTime('2026-03-05T21:07:00', 'nl')).toBe('21:07');
  });

  it('writes dates and times without Intl, the very text Intl writes', () => {
    const dateFormats = vi.spyOn(Intl, 'DateTimeFormat');
    const random = seededRandom(7);
    // Every day of 2024–2027 at a random time of day, and random moments from 1000 to 9999,
    // in the process's time zone and in one with summer time.
    const moments = [
      ...Array.from({ length: 4 * 366 }, (_, day) =>
        new Date(
          2024,
          0,
          1 + day,
          Math.floor(random() * 24),
          Math.floor(random() * 60),
        ).toISOString(),
      ),
      ...Array.from({ length: 2000 }, () =>
        new Date(
          Date.UTC(1000, 0, 1) + random() * (Date.UTC(9999, 11, 31) - Date.UTC(1000, 0, 1)),
        ).toISOString(),
      ),
    ];
    const originalZone = process.env.TZ;
    try {
      for (const zone of [originalZone, 'Europe/Amsterdam']) {
        if (zone === undefined) delete process.env.TZ;
        else process.env.TZ = zone;
        for (const language of ['nl', 'en'] as const) {
          const written = moments.map((moment) => [
            formatDate(moment, language),
            formatDateTime(moment, language),
            formatTime(moment, language),
          ]);
          expect(dateFormats).not.toHaveBeenCalled();
          const locale = language === 'nl' ? 'nl-NL' : 'en-GB';
          const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
          const moment = new Intl.DateTimeFormat(locale, {
            dateStyle: 'medium',
            timeStyle: 'short',
          });
          const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short' });
          dateFormats.mockClear();
          expect(written).toEqual(
            moments.map((value) => [
              day.format(new Date(value)),
              moment.format(new Date(value)),
              time.format(new Date(value)),
            ]),
          );
          dateFormats.mockClear();
        }
      }
    } finally {
      if (originalZone === undefined) delete process.env.TZ;
      else process.env.TZ = originalZone;
    }
    // Where Intl writes it otherwise (a year before 1000), Intl writes it.
    expect(formatDate('0999-06-01', 'en')).toBe(
      new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' }).format(
        new Date('0999-06-01T12:00:00'),
      ),
    );
  });

  it('builds each formatter once and reuses it for every later value', () => {
    const numberFormats = vi.spyOn(Intl, 'NumberFormat');
    const dateFormats = vi.spyOn(Intl, 'DateTimeFormat');
    // A big gap table: thousands of values in a few formats.
    for (let i = 0; i < 2000; i++) {
      formatNumber(i / 7, 'nl', 2);
      formatNumber(i / 7, 'en', 2);
      formatNumber(i, 'nl', 0);
      formatDate('2026-01-01', 'nl');
    }
    expect(numberFormats.mock.calls.length).toBeLessThanOrEqual(3);
    expect(dateFormats.mock.calls.length).toBeLessThanOrEqual(1);
  });

  it('keeps formatters with different options apart', () => {
    const percent = cachedNumberFormat('nl', { style: 'percent' });
    expect(cachedNumberFormat('nl', { style: 'percent' })).toBe(percent);
    expect(cachedNumberFormat('en', { style: 'percent' })).not.toBe(percent);
    expect(percent.format(0.25)).toBe('25%');
    expect(
      cachedNumberFormat('nl', { style: 'percent', maximumFractionDigits: 1 }).format(0.255),
    ).toBe('25,5%');
    const long = cachedDateFormat('en', { month: 'long', timeZone: 'UTC' });
    expect(cachedDateFormat('en', { month: 'long', timeZone: 'UTC' })).toBe(long);
    expect(long.format(new Date('2026-03-15T12:00:00Z'))).toBe('March');
  });
});
