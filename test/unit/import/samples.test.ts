/**
 * The two sample exports from end to end: bytes → table → suggested mapping → preview, with
 * no help from the consultant.
 */
import { describe, expect, it } from 'vitest';
import { readTable } from '@main/files/read-table';
import type { GroupRef } from '@shared/import/group-match';
import type { ImportMapping } from '@shared/import/mapping';
import { buildPreview } from '@shared/import/preview';
import { suggestMapping } from '@shared/import/suggest-mapping';
import {
  builtinStaffScan,
  DUTCH_GROUPS,
  fixtureBytes,
  ITEM_CODES,
  miniScan,
  miniScanWithComments,
  sampleBytes,
} from './fixtures';

function itemTargets(mapping: ImportMapping): string[] {
  return mapping.columns.flatMap((c) => (c.target.kind === 'item' ? [c.target.itemCode] : []));
}

describe('Microsoft Forms export saved by Dutch Excel', async () => {
  const table = await readTable(sampleBytes('dutch-excel-forms-export.csv'), 'Klantscan.csv');
  const instrument = miniScanWithComments();
  const mapping = suggestMapping(table, instrument, DUTCH_GROUPS);
  const preview = buildPreview(table, mapping, instrument, DUTCH_GROUPS);
  const names = table.rows.map((row) => row[3]!);

  it('maps all 12 items by their Dutch question text, and the comments column', () => {
    expect(itemTargets(mapping)).toEqual([...ITEM_CODES, 'OPM']);
    const byHeader = Object.fromEntries(mapping.columns.map((c) => [c.header, c.target]));
    expect(byHeader['Id']).toEqual({ kind: 'respondentCode' });
    expect(byHeader['Afdeling']).toEqual({ kind: 'group' });
    expect(byHeader['Naam']).toEqual({ kind: 'ignore' });
    expect(byHeader['Begintijd']).toEqual({ kind: 'ignore' });
    expect(mapping.columns.find((c) => c.header === 'Naam')!.personalData).toBe(true);
  });

  it('maps the Dutch answer labels and the departments', () => {
    expect(mapping.labels.map((l) => [l.text, l.value])).toEqual([
      ['Helemaal mee oneens', 1],
      ['Mee oneens', 2],
      ['Neutraal', 3],
      ['Mee eens', 4],
      ['Helemaal mee eens', 5],
    ]);
    expect(Object.fromEntries(mapping.groupValues.map((g) => [g.text, g.groupId]))).toEqual({
      Productie: 'g-prod',
      Verkoop: 'g-sales',
      Management: 'g-mgmt',
    });
  });

  it('imports all 24 respondents without problems, blanks as missing', () => {
    expect(preview.problems).toEqual([]);
    expect(preview.canImport).toBe(true);
    expect(preview.summary).toMatchObject({
      respondents: 24,
      answers: 24 * 12 - 11,
      missingAnswers: 11,
    });
    const [first, , third] = preview.respondents;
    expect(first).toMatchObject({ row: 2, code: '1', codeGenerated: false, groupId: 'g-prod' });
    expect(ITEM_CODES.map((code) => first!.answers[code])).toEqual([
      4, 4, 1, 4, 5, 4, 1, 5, 2, 2, 4, 2,
    ]);
    expect(third!.answers.KK4).toBeNull();
    const groups = preview.respondents.map((r) => r.groupId);
    expect(new Set(groups)).toEqual(new Set(['g-prod', 'g-sales', 'g-mgmt']));
  });

  it('keeps quoted semicolons, quotes and line breaks in the comments', () => {
    const comments = preview.respondents.map((r) => r.openAnswers.OPM);
    expect(comments[0]).toBe('Goede sessie; graag vaker');
    expect(comments[1]).toBe('Meer contact met klanten,\nvooral bij levering');
    expect(comments[5]).toBe('Productie "luistert" niet altijd');
    expect(comments[10]).toBeUndefined();
  });

  it('never lets a name into the mapping or the preview', () => {
    expect(names).toContain('René de Vries');
    const output = JSON.stringify({ mapping, preview });
    for (const name of names) {
      expect(output).not.toContain(name);
      expect(output).not.toContain(name.split(' ')[0]!);
    }
  });

  it('maps the same items with the plain mini scan, leaving the comments out', () => {
    const plain = suggestMapping(table, miniScan(), DUTCH_GROUPS);
    expect(itemTargets(plain)).toEqual(ITEM_CODES);
    const result = buildPreview(table, plain, miniScan(), DUTCH_GROUPS);
    expect(result.respondents.every((r) => Object.keys(r.openAnswers).length === 0)).toBe(true);
  });
});

describe('Google Forms export', async () => {
  const table = await readTable(sampleBytes('google-forms-export.csv'), 'responses.csv');
  const instrument = miniScan();

  it('maps items by the [CODE] in the headers and reads numeric answers', () => {
    const groups: GroupRef[] = [
      { id: 'p', name: 'Production' },
      { id: 's', name: 'Sales' },
      { id: 'm', name: 'Management' },
    ];
    const mapping = suggestMapping(table, instrument, groups);
    expect(itemTargets(mapping)).toEqual(ITEM_CODES);
    expect(
      mapping.columns.filter((c) => c.target.kind === 'item').every((c) => c.reason === 'code'),
    ).toBe(true);
    expect(mapping.columns[1]!.target).toEqual({ kind: 'group' });
    expect(mapping.labels).toEqual([]);
    const preview = buildPreview(table, mapping, instrument, groups);
    expect(preview.problems).toEqual([]);
    expect(preview.respondents).toHaveLength(18);
    expect(preview.respondents[0]).toMatchObject({
      code: 'R001',
      codeGenerated: true,
      groupId: 'p',
    });
    expect(preview.respondents[17]!.code).toBe('R018');
    expect(ITEM_CODES.map((c) => preview.respondents[0]!.answers[c])).toEqual([
      3, 4, 1, 4, 5, 5, 3, 4, 4, 3, 3, 2,
    ]);
  });

  it('flags English department names for Dutch groups until the consultant maps them', () => {
    const mapping = suggestMapping(table, instrument, DUTCH_GROUPS);
    const before = buildPreview(table, mapping, instrument, DUTCH_GROUPS);
    expect(before.summary.problemCounts.unknownGroup).toBe(12);
    expect(before.problems[0]).toMatchObject({
      row: 2,
      columnLetter: 'B',
      kind: 'unknownGroup',
      value: 'Production',
    });
    const chosen: Record<string, string> = { Production: 'g-prod', Sales: 'g-sales' };
    const fixed = buildPreview(
      table,
      {
        ...mapping,
        groupValues: mapping.groupValues.map((g) => ({
          ...g,
          groupId: chosen[g.text] ?? g.groupId,
        })),
      },
      instrument,
      DUTCH_GROUPS,
    );
    expect(fixed.problems).toEqual([]);
    expect(fixed.respondents).toHaveLength(18);
  });
});

describe('LimeSurvey-like export', async () => {
  const table = await readTable(fixtureBytes('limesurvey-export.csv'), 'results-survey123.csv');
  const mapping = suggestMapping(table, miniScan(), DUTCH_GROUPS);
  const preview = buildPreview(table, mapping, miniScan(), DUTCH_GROUPS);

  it('maps scan[CODE] headers, the id column and English labels', () => {
    expect(itemTargets(mapping)).toEqual(ITEM_CODES);
    expect(mapping.columns[0]!.target).toEqual({ kind: 'respondentCode' });
    expect(mapping.columns[5]!.target).toEqual({ kind: 'group' });
    expect(mapping.labels.every((l) => l.value !== null)).toBe(true);
    expect(mapping.labels.find((l) => l.text === "Don't know")?.value).toBe('missing');
  });

  it('imports the complete responses and skips the one without answers', () => {
    expect(preview.respondents.map((r) => r.code)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
    ]);
    expect(preview.problems.map((p) => [p.row, p.kind])).toEqual([[11, 'noAnswers']]);
    expect(preview.respondents[3]!.answers.KK3).toBeNull();
    expect(new Set(preview.respondents.map((r) => r.groupId))).toEqual(
      new Set(['g-prod', 'g-sales', 'g-mgmt']),
    );
  });
});

describe('a Forms-like export of the built-in Klantgerichtheidsscan', () => {
  const instrument = builtinStaffScan();
  // Columns in a different order than the instrument, some headers cut off at 60 characters.
  const items = [...instrument.items].reverse();
  const headers = [
    'Id',
    'Naam',
    'Afdeling',
    ...items.map((item, i) => (i % 4 === 0 ? item.text.nl.slice(0, 60) : item.text.nl)),
  ];
  const likert = [
    'Helemaal mee oneens',
    'Mee oneens',
    'Neutraal',
    'Mee eens',
    'Helemaal mee eens',
    'Weet niet',
  ];
  const importance = [
    'Onbelangrijk',
    'Weinig belangrijk',
    'Enigszins belangrijk',
    'Belangrijk',
    'Zeer belangrijk',
  ];
  const rows = Array.from({ length: 12 }, (_, r) => [
    String(r + 1),
    `Persoon ${r}`,
    DUTCH_GROUPS[r % 3]!.name,
    ...items.map((item, i) =>
      item.kind === 'open'
        ? `Antwoord ${r}`
        : item.kind === 'likert'
          ? likert[(r + i) % 6]!
          : importance[(r + i) % 5]!,
    ),
  ]);
  const table = { headers, rows, encoding: 'utf-8' as const, delimiter: ';' as const };
  const mapping = suggestMapping(table, instrument, DUTCH_GROUPS);
  const preview = buildPreview(table, mapping, instrument, DUTCH_GROUPS);

  it('maps every item, importance and open question to its own code', () => {
    expect(itemTargets(mapping)).toEqual(items.map((item) => item.code));
  });

  it('maps labels per scale: "Belangrijk" on the importance scale, "Mee eens" on the agreement scale', () => {
    const value = (scale: string, text: string) =>
      mapping.labels.find((l) => l.scale === scale && l.text === text)?.value;
    expect(value('likert', 'Mee eens')).toBe(4);
    expect(value('likert', 'Weet niet')).toBe('missing');
    expect(value('needs', 'Belangrijk')).toBe(4);
    expect(value('needs', 'Onbelangrijk')).toBe(1);
    expect(mapping.labels.every((l) => l.value !== null)).toBe(true);
    expect(preview.problems).toEqual([]);
    const first = preview.respondents[0]!;
    const column = (code: string) => items.findIndex((item) => item.code === code);
    expect(first.answers.N_PRICE_IMP).toBe([1, 2, 3, 4, 5][column('N_PRICE_IMP') % 5]);
    expect(first.openAnswers.OPEN_IMPROVE).toBe('Antwoord 0');
  });
});
