import { describe, expect, it } from 'vitest';
import { LOCALE_FILES, translations } from '@shared/i18n/resources';
import { menuLabels } from '@shared/i18n/menu';
import { formatNumber } from '@shared/i18n/format';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    keys(child, prefix ? `${prefix}.${key}` : key),
  );
}

describe('translations', () => {
  it('no domain file redefines a key of another', () => {
    for (const files of Object.values(LOCALE_FILES)) {
      const all = Object.values(files).flatMap((tree) => keys(tree));
      expect(all.length).toBe(new Set(all).size);
    }
  });

  it('Dutch and English have the same keys, none empty', () => {
    const { nl, en } = translations;
    expect(keys(nl).sort()).toEqual(keys(en).sort());
    for (const locale of [nl, en]) {
      for (const key of keys(locale)) {
        const text = key
          .split('.')
          .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], locale);
        expect(text, key).not.toBe('');
      }
    }
    expect(Object.keys(menuLabels.nl).sort()).toEqual(Object.keys(menuLabels.en).sort());
  });

  it('Dutch speaks to the consultant with "je/jouw", never "u/uw"', () => {
    const formal = /(^|[^\p{L}])(u|uw|uzelf)(?=$|[^\p{L}])/iu;
    const offenders = keys(translations.nl).filter((key) => {
      const text = key
        .split('.')
        .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], translations.nl);
      return typeof text === 'string' && formal.test(text);
    });
    expect(offenders).toEqual([]);
  });

  it('formats numbers the Dutch and the English way', () => {
    expect(formatNumber(1234.5, 'nl')).toBe('1.234,5');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
  });
});
