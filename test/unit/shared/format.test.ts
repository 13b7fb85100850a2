import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  cachedDateFormat,
  cachedNumberFormat,
  formatDate,
  formatDateTime,
  formatNumber,
} from '@shared/i18n/format';

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

  it('writes dates and times per language', () => {
    expect(formatDate('2026-11-12', 'nl')).toBe('12 nov 2026');
    expect(formatDate('2026-11-12', 'en')).toBe('12 Nov 2026');
    expect(formatDate(null, 'en')).toBe('');
    expect(formatDateTime('2026-11-12T09:30:00', 'nl')).toMatch(/^12 nov 2026.* 09:30$/);
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
