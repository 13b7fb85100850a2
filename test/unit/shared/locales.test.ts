import { describe, expect, it } from 'vitest';
import { LOCALE_FILES, localeText, translations } from '@shared/i18n/resources';
import { paperWords } from '@shared/paper/words';
import { wordsFor } from '@shared/report/words';
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

  it('Dutch and English fill the same placeholders in every text', () => {
    const { nl, en } = translations;
    const textAt = (tree: unknown, key: string) =>
      key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], tree);
    const placeholders = (text: unknown) =>
      [...String(text).matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();
    const differing = keys(nl).filter(
      (key) => placeholders(textAt(nl, key)).join() !== placeholders(textAt(en, key)).join(),
    );
    expect(differing).toEqual([]);
  });

  it('the report, deck and paper read their words from the same locale resources', () => {
    const nl = wordsFor('nl');
    expect(nl.tipsHeading).toBe(localeText('nl', 'reportDocument.tipsHeading'));
    expect(nl.captions.groupTable('Klantkennis')).toBe('Scores per groep: Klantkennis');
    expect(wordsFor('en').hiddenGroupsNote(2, 5, true)).toBe(
      '2 groups had fewer than 5 respondents and are therefore not shown separately; together the small groups have at least 5 respondents, so their answers count together in the overall scores.',
    );
    expect(paperWords('nl').guide.duration(45)).toBe(
      localeText('nl', 'paper.guide.duration').replace('{{minutes}}', '45'),
    );
    expect(localeText('en', 'deck.questionsTitle')).toBe('Questions for the session');
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
