import { describe, expect, it } from 'vitest';
import { readTable } from '@main/files/read-table';
import type { ImportMapping } from '@shared/import/mapping';
import { buildPreview } from '@shared/import/preview';
import { describeProblem } from '@shared/import/problems';
import { suggestMapping } from '@shared/import/suggest-mapping';
import type { Table } from '@shared/import/table';
import type { Instrument } from '@shared/questionnaire/instrument';
import { DUTCH_GROUPS, fixtureBytes, miniScan } from './fixtures';

function table(headers: string[], rows: string[][]): Table {
  return { headers, rows, encoding: 'utf-8', delimiter: ',' };
}

function preview(t: Table, options = {}, edit?: (m: ImportMapping) => ImportMapping) {
  const instrument = miniScan();
  const suggested = suggestMapping(t, instrument, DUTCH_GROUPS);
  return buildPreview(t, edit ? edit(suggested) : suggested, instrument, DUTCH_GROUPS, options);
}

describe('buildPreview on a sheet with one of each problem', async () => {
  const sheet = await readTable(fixtureBytes('generic-sheet.tsv'), 'sheet.tsv');
  const result = preview(sheet);

  it('reports every problem with the row and column the consultant sees', () => {
    const found = result.problems.map((p) => [p.row, p.columnLetter, p.kind, p.value]);
    expect(found).toEqual([
      [4, 'C', 'outOfRange', '7'],
      [5, null, 'emptyRow', null],
      [6, 'B', 'unknownGroup', 'Inkoop'],
      [7, 'A', 'duplicateCode', 'A02'],
      [8, 'C', 'notWholeNumber', '3,5'],
      [8, 'D', 'unknownLabel', 'Soms'],
      [9, null, 'raggedRow', null],
      [10, null, 'raggedRow', null],
      [11, 'B', 'missingGroup', null],
      [12, null, 'noAnswers', null],
    ]);
    const duplicate = result.problems.find((p) => p.kind === 'duplicateCode')!;
    expect(duplicate.params).toEqual({ firstRow: 3 });
    expect(duplicate.column).toBe('Respondent');
    expect(describeProblem(duplicate)).toBe(
      'row 7, column A "Respondent": Respondent code "A02" already used in row 3; the row is not imported.',
    );
    const outOfRange = result.problems[0]!;
    expect(outOfRange).toMatchObject({ column: 'KK1', severity: 'error', effect: 'valueMissing' });
    expect(outOfRange.params).toEqual({ min: 1, max: 5 });
  });

  it('imports the rows that can be imported, with values and missing answers', () => {
    expect(result.respondents.map((r) => [r.row, r.code])).toEqual([
      [2, 'A01'],
      [3, 'A02'],
      [4, 'A03'],
      [8, 'A05'],
      [9, 'A06'],
      [10, 'A07'],
    ]);
    const [a01, a02, a03, a05, a06, a07] = result.respondents;
    expect(a01!.answers).toMatchObject({ KK1: 4, KK2: 4, KK3: 2, RF4: 2 }); // "4,0" is 4
    expect(a02!.groupId).toBe('g-sales'); // "verkoop" → "Verkoop / Commercie"
    expect(a02!.answers.KK2).toBeNull(); // "Weet niet"
    expect(a03!.answers.KK1).toBeNull(); // 7 out of range
    expect(a05!.answers).toMatchObject({ KK1: null, KK2: null, KK3: 1 });
    expect(a06!.answers).toMatchObject({ KK1: 4, KK2: 4, KK3: null, RF4: null });
    expect(a07!.groupId).toBe('g-prod');
    expect(result.canImport).toBe(true);
  });

  it('summarises', () => {
    expect(result.summary).toMatchObject({
      dataRows: 11,
      respondents: 6,
      skippedRows: 5,
      emptyRows: 1,
      errors: 6,
      warnings: 4,
      generatedCodes: 0,
      unmappedItemCodes: [],
    });
    expect(result.summary.problemCounts).toMatchObject({ raggedRow: 2, unknownLabel: 1 });
  });

  it('uses a label once the consultant maps it', () => {
    const fixed = preview(sheet, {}, (m) => ({
      ...m,
      labels: m.labels.map((l) => (l.text === 'Soms' ? { ...l, value: 3 } : l)),
    }));
    expect(fixed.problems.some((p) => p.kind === 'unknownLabel')).toBe(false);
    expect(fixed.respondents.find((r) => r.code === 'A05')!.answers.KK2).toBe(3);
  });
});

describe('respondent codes', () => {
  const rows = [
    ['Anouk Jansen', 'Verkoop', '4'],
    ['René de Vries', 'Productie', '5'],
    ['Daan Bakker', 'Productie', '3'],
  ];

  it('are generated when the file has no code column, never from the name column', () => {
    const result = preview(table(['Naam', 'Afdeling', 'KK1'], rows));
    expect(result.respondents.map((r) => r.code)).toEqual(['R001', 'R002', 'R003']);
    expect(result.respondents.every((r) => r.codeGenerated)).toBe(true);
    expect(JSON.stringify(result)).not.toMatch(/Anouk|René|Daan/);
  });

  it('refuse a name column even when the consultant maps it as the code', () => {
    const result = preview(table(['Naam', 'Afdeling', 'KK1'], rows), {}, (m) => ({
      ...m,
      columns: m.columns.map((c) =>
        c.index === 0 ? { ...c, target: { kind: 'respondentCode' } } : c,
      ),
    }));
    expect(result.problems[0]).toMatchObject({
      kind: 'personalDataColumn',
      row: null,
      columnLetter: 'A',
    });
    expect(result.respondents.map((r) => r.code)).toEqual(['R001', 'R002', 'R003']);
    expect(JSON.stringify(result.respondents)).not.toMatch(/Anouk|René|Daan/);
  });

  it('skip codes already used in the file or the engagement', () => {
    const t = table(
      ['Code', 'Afdeling', 'KK1'],
      [
        ['R001', 'Verkoop', '4'],
        ['', 'Verkoop', '3'],
        ['', 'Verkoop', '2'],
      ],
    );
    const result = preview(t, { existingCodes: ['R002'] });
    expect(result.respondents.map((r) => r.code)).toEqual(['R001', 'R003', 'R004']);
    expect(result.problems.map((p) => [p.row, p.kind])).toEqual([
      [3, 'missingCode'],
      [4, 'missingCode'],
    ]);
  });

  it('refuse a code that already exists in the engagement', () => {
    const t = table(['Respondent', 'Afdeling', 'KK1'], [['r7', 'Verkoop', '4']]);
    const result = preview(t, { existingCodes: ['R7'] });
    expect(result.respondents).toEqual([]);
    expect(result.problems[0]).toMatchObject({
      kind: 'duplicateCode',
      row: 2,
      params: { firstRow: 'existing' },
    });
  });
});

describe('mapping problems', () => {
  it('block the import when no group is known', () => {
    const t = table(['KK1'], [['4']]);
    expect(preview(t).canImport).toBe(false);
    expect(preview(t).problems[0]).toMatchObject({ kind: 'noGroup', effect: 'importBlocked' });
    const withDefault = preview(t, { defaultGroupId: 'g-mgmt' });
    expect(withDefault.canImport).toBe(true);
    expect(withDefault.respondents[0]!.groupId).toBe('g-mgmt');
  });

  it('block the import when no column is an item', () => {
    const result = preview(table(['Afdeling', 'Leeftijd'], [['Verkoop', '40']]));
    expect(result.problems.map((p) => p.kind)).toEqual(['noItemColumns']);
    expect(result.canImport).toBe(false);
  });

  it('ignore a second column for the same item and an unknown item code', () => {
    const t = table(['Afdeling', 'KK1', 'Extra', 'Other'], [['Verkoop', '4', '5', '1']]);
    const result = preview(t, {}, (m) => ({
      ...m,
      columns: m.columns.map((c) =>
        c.index === 2
          ? { ...c, target: { kind: 'item', itemCode: 'KK1' } }
          : c.index === 3
            ? { ...c, target: { kind: 'item', itemCode: 'NOPE' } }
            : c,
      ),
    }));
    expect(result.problems.map((p) => [p.kind, p.columnLetter, p.params])).toEqual([
      ['columnMappedTwice', 'C', { firstColumn: 'B', target: 'KK1' }],
      ['unknownItemCode', 'D', { itemCode: 'NOPE' }],
    ]);
    expect(result.respondents[0]!.answers).toEqual({ KK1: 4 });
  });

  it('lists at most maxProblems problems but counts them all', () => {
    const rows = Array.from({ length: 50 }, () => ['Verkoop', '9']);
    const result = preview(table(['Afdeling', 'KK1'], rows), { maxProblems: 10 });
    expect(result.problems).toHaveLength(10);
    expect(result.problemsTruncated).toBe(true);
    expect(result.summary.problemCounts.outOfRange).toBe(50);
  });
});

describe('speed', () => {
  function bigInstrument(): Instrument {
    const base = miniScan();
    const items = Array.from({ length: 60 }, (_, i) => ({
      ...base.items[0]!,
      code: `Q${String(i + 1).padStart(2, '0')}`,
      text: { nl: `Vraag nummer ${i + 1} over klantgerichtheid`, en: `Question number ${i + 1}` },
    }));
    return { ...base, items };
  }

  // Speed is measured by `npm run bench`; this checks a large file is previewed correctly.
  it('previews 10,000 rows × 60 columns with labels and numbers mixed', () => {
    const instrument = bigInstrument();
    const labels = [
      'Helemaal mee oneens',
      'Mee oneens',
      'Neutraal',
      'Mee eens',
      'Helemaal mee eens',
    ];
    const groupNames = ['Productie', 'Verkoop', 'Management'];
    const rows = Array.from({ length: 10_000 }, (_, r) => [
      `R${r}`,
      groupNames[r % 3]!,
      ...Array.from({ length: 60 }, (_, c) =>
        c % 2 === 0 ? String(((r + c) % 5) + 1) : labels[(r * c) % 5]!,
      ),
    ]);
    const t = table(['Respondent', 'Afdeling', ...instrument.items.map((i) => i.code)], rows);
    const mapping = suggestMapping(t, instrument, DUTCH_GROUPS);
    const result = buildPreview(t, mapping, instrument, DUTCH_GROUPS);
    expect(result.respondents).toHaveLength(10_000);
    expect(result.problems).toEqual([]);
  });
});
