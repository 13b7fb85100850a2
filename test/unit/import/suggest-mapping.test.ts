import { describe, expect, it } from 'vitest';
import { createGroupMatcher } from '@shared/import/group-match';
import { suggestLabelValue, parseNumericAnswer } from '@shared/import/labels';
import type { ImportMapping } from '@shared/import/mapping';
import { importMappingSchema } from '@shared/import/mapping-schema';
import { refreshValueMappings, suggestMapping } from '@shared/import/suggest-mapping';
import type { Table } from '@shared/import/table';
import type { Scale } from '@shared/questionnaire/instrument';
import { DUTCH_GROUPS, miniScan } from './fixtures';

function table(headers: string[], rows: string[][] = []): Table {
  return { headers, rows, encoding: 'utf-8', delimiter: ',' };
}

function targets(mapping: ImportMapping): string[] {
  return mapping.columns.map((c) => (c.target.kind === 'item' ? c.target.itemCode : c.target.kind));
}

const fivePoint: Scale = { min: 1, max: 5, points: [], dontKnow: null };

describe('suggestMapping: items', () => {
  it('maps headers that are codes, contain [CODE] or start with a code', () => {
    const mapping = suggestMapping(
      table(['kk1', 'Question [KK2]', 'Q1[KK3]', 'KK4 - Iedereen kan…', 'SW1.']),
      miniScan(),
      [],
    );
    expect(targets(mapping)).toEqual(['KK1', 'KK2', 'KK3', 'KK4', 'SW1']);
    expect(mapping.columns.every((c) => c.reason === 'code')).toBe(true);
  });

  it('maps question texts in Dutch or English despite case, accents, punctuation and typos', () => {
    const mapping = suggestMapping(
      table([
        'WE WETEN WAAROM KLANTEN VOOR ONS KIEZEN',
        'We vragen klánten regelmatig, wat ze van ons vinden?',
        'Wat klanten echt willen is bij ons voral giswerk',
        '3. Everyone can name the three most important customer needs.',
        'Productie en verkoop zijn het eens over wat de',
        'Hoe eens bent u het met: [Klantwensen uit verkoop worden serieus genomen door productie.]',
        'Wat is uw leeftijd?',
      ]),
      miniScan(),
      [],
    );
    expect(targets(mapping)).toEqual(['KK1', 'KK2', 'KK3', 'KK4', 'SW1', 'SW2', 'ignore']);
    expect(mapping.columns[2]!.reason).toBe('fuzzyText');
  });

  it('never maps two columns to one item, and prefers the exact match', () => {
    const mapping = suggestMapping(
      table(['We weten waarom klanten voor ons kiezen', 'KK1']),
      miniScan(),
      [],
    );
    expect(targets(mapping)).toEqual(['ignore', 'KK1']);
  });

  it('matches by question text a second header that is the same code, as for any header', () => {
    // A header wholly an item's code gets that item without its text being compared, unless
    // another header is the same code: then the one that loses the code is matched by text
    // like any other header (here its text is another statement's, word for word).
    const instrument = miniScan();
    const kk2 = instrument.items.find((item) => item.code === 'KK2')!;
    kk2.text = { nl: 'KK1', en: 'KK1' };
    const mapping = suggestMapping(table(['KK1', 'KK1', 'KK3']), instrument, []);
    expect(targets(mapping)).toEqual(['KK1', 'KK2', 'KK3']);
    expect(mapping.columns.map((c) => c.reason)).toEqual(['code', 'text', 'code']);
  });
});

describe('suggestMapping: group, respondent code, personal data', () => {
  it('finds the group by header and the code column, and ignores names', () => {
    const mapping = suggestMapping(
      table(
        ['Id', 'Naam', 'E-mail', 'Afdeling', 'KK1'],
        [['1', 'Anouk Jansen', 'a@b.nl', 'Verkoop', '4']],
      ),
      miniScan(),
      DUTCH_GROUPS,
    );
    expect(targets(mapping)).toEqual(['respondentCode', 'ignore', 'ignore', 'group', 'KK1']);
    expect(mapping.columns.map((c) => c.personalData)).toEqual([false, true, true, false, false]);
    expect(mapping.groupValues).toEqual([{ text: 'Verkoop', count: 1, groupId: 'g-sales' }]);
  });

  it.each(['Department', 'Groep', 'Team', 'Wat is uw afdeling?', 'Naam afdeling'])(
    '%s is a group header',
    (header) => {
      const mapping = suggestMapping(
        table([header, 'KK1'], [['Productie', '4']]),
        miniScan(),
        DUTCH_GROUPS,
      );
      expect(targets(mapping)[0]).toBe('group');
    },
  );

  it('finds the group column by its values when the header does not say so', () => {
    const rows = [
      ['x', 'Productie', '4'],
      ['y', 'verkoop', '3'],
      ['z', 'MANAGEMENT', '2'],
    ];
    const mapping = suggestMapping(
      table(['Vraag 0', 'Vraag 1', 'KK1'], rows),
      miniScan(),
      DUTCH_GROUPS,
    );
    expect(targets(mapping)).toEqual(['ignore', 'group', 'KK1']);
    expect(mapping.columns[1]!.reason).toBe('values');
  });

  it('never takes a name column as the respondent code', () => {
    const mapping = suggestMapping(table(['Naam', 'KK1'], [['Anouk', '4']]), miniScan(), []);
    expect(targets(mapping)).toEqual(['ignore', 'KK1']);
  });
});

describe('answer labels', () => {
  it.each([
    ['Helemaal mee oneens', 1],
    ['Mee oneens', 2],
    ['Niet mee eens', 2],
    ['Neutraal', 3],
    ['Mee eens', 4],
    ['Helemaal mee eens', 5],
    ['helemaal  MEE eens.', 5],
    ['Strongly disagree', 1],
    ['Disagree', 2],
    ['Neither agree nor disagree', 3],
    ['Neutral', 3],
    ['Agree', 4],
    ['Strongly agree', 5],
    ['Weet niet', 'missing'],
    ["Don't know", 'missing'],
    ['N.v.t.', 'missing'],
    ['nvt', 'missing'],
    ['5 - Helemaal mee eens', 5],
    ['Helemaal mee oneens (1)', 1],
  ] as const)('%s → %s on a 5-point scale', (label, value) => {
    expect(suggestLabelValue(label, fivePoint)).toBe(value);
  });

  it('follows the scale: "Mee eens" is 6 on a 7-point scale', () => {
    expect(suggestLabelValue('Mee eens', { ...fivePoint, max: 7 })).toBe(6);
    expect(suggestLabelValue('Enigszins mee oneens', { ...fivePoint, max: 7 })).toBe(3);
  });

  it("uses the instrument's own point labels first", () => {
    const scale: Scale = {
      min: 0,
      max: 2,
      points: [
        { value: 0, label: { nl: 'Nooit', en: 'Never' } },
        { value: 1, label: { nl: 'Soms', en: 'Sometimes' } },
        { value: 2, label: { nl: 'Altijd', en: 'Always' } },
      ],
      dontKnow: { nl: 'Geen idee', en: 'No idea' },
    };
    expect(suggestLabelValue('soms', scale)).toBe(1);
    expect(suggestLabelValue('Always', scale)).toBe(2);
    expect(suggestLabelValue('Geen idee', scale)).toBe('missing');
    expect(suggestLabelValue('Vaak', scale)).toBeUndefined();
  });

  it('reads numbers with a decimal comma', () => {
    expect(parseNumericAnswer('4,0')).toBe(4);
    expect(parseNumericAnswer(' 4 ')).toBe(4);
    expect(parseNumericAnswer('3,5')).toBe(3.5);
    expect(parseNumericAnswer('4 sterren')).toBeNull();
  });

  it('lists each label found in item columns once, with its count and suggested value', () => {
    const rows = [['Mee eens'], ['mee eens'], ['Soms'], ['4'], ['N.v.t.'], ['']];
    const mapping = suggestMapping(table(['KK1'], rows), miniScan(), []);
    expect(mapping.labels).toEqual([
      { scale: 'likert', text: 'Mee eens', count: 2, value: 4 },
      { scale: 'likert', text: 'N.v.t.', count: 1, value: 'missing' },
      { scale: 'likert', text: 'Soms', count: 1, value: null },
    ]);
  });
});

describe('group values', () => {
  const match = createGroupMatcher(DUTCH_GROUPS);

  it.each([
    ['Productie', 'g-prod'],
    ['  productie ', 'g-prod'],
    ['PRODUCTIE', 'g-prod'],
    ['Managément', 'g-mgmt'],
    ['Verkoop', 'g-sales'],
    ['commercie', 'g-sales'],
    ['Verkoop / Commercie', 'g-sales'],
    ['Inkoop', null],
    ['', null],
  ])('%s → %s', (value, id) => {
    expect(match(value)).toBe(id);
  });

  it('matches by leading words, but not when two groups fit', () => {
    const groups = [
      { id: 'a', name: 'Klantenservice binnendienst' },
      { id: 'b', name: 'Klantenservice buitendienst' },
      { id: 'c', name: 'Inkoop en logistiek' },
    ];
    const matcher = createGroupMatcher(groups);
    expect(matcher('Klantenservice')).toBeNull();
    expect(matcher('Inkoop')).toBe('c');
    expect(matcher('logistiek')).toBe('c');
  });
});

describe('editing the mapping', () => {
  it('recollects labels and group values after a column change, keeping earlier choices', () => {
    const t = table(
      ['Afdeling', 'Team', 'KK1'],
      [
        ['Verkoop', 'Blauw', 'Soms'],
        ['Productie', 'Rood', 'Vaak'],
      ],
    );
    const suggested = suggestMapping(t, miniScan(), DUTCH_GROUPS);
    const edited: ImportMapping = {
      ...suggested,
      labels: suggested.labels.map((l) => (l.text === 'Soms' ? { ...l, value: 2 } : l)),
    };
    edited.columns = edited.columns.map((c) =>
      c.header === 'Afdeling'
        ? { ...c, target: { kind: 'ignore' }, reason: 'manual' }
        : c.header === 'Team'
          ? { ...c, target: { kind: 'group' }, reason: 'manual' }
          : c,
    );
    const refreshed = refreshValueMappings(t, edited, miniScan(), DUTCH_GROUPS);
    expect(refreshed.groupValues.map((g) => g.text).sort()).toEqual(['Blauw', 'Rood']);
    expect(refreshed.labels.find((l) => l.text === 'Soms')?.value).toBe(2);
  });

  it('is a plain object that survives JSON and the IPC schema', () => {
    const mapping = suggestMapping(
      table(['Afdeling', 'KK1'], [['Verkoop', 'Mee eens']]),
      miniScan(),
      DUTCH_GROUPS,
    );
    const copy = JSON.parse(JSON.stringify(mapping)) as unknown;
    expect(importMappingSchema.parse(copy)).toEqual(mapping);
    expect(importMappingSchema.safeParse({ columns: [{ index: -1 }] }).success).toBe(false);
  });
});

describe('the consultant’s choices survive a new analysis', () => {
  it('keeps a label set to "not mapped" and a group value set to "do not import"', async () => {
    const { refreshValueMappings, suggestMapping } = await import('@shared/import');
    const { parseInstrumentFile } = await import('@shared/questionnaire/instrument-file');
    const { readFileSync } = await import('node:fs');
    const parsed = parseInstrumentFile(
      JSON.parse(readFileSync('test/fixtures/samples/mini-scan.instrument.json', 'utf8')),
    );
    if (!parsed.ok) throw new Error('sample instrument does not parse');
    const table = {
      headers: ['KK1', 'Afdeling'],
      rows: [
        ['Mee eens', 'Productie'],
        ['Helemaal mee eens', 'Verkoop'],
      ],
      encoding: 'utf-8' as const,
    };
    const groups = [
      { id: '1', name: 'Productie' },
      { id: '2', name: 'Verkoop' },
    ];
    const suggested = suggestMapping(table, parsed.instrument, groups);
    expect(suggested.labels.find((label) => label.text === 'Mee eens')?.value).toBe(4);
    const edited = {
      ...suggested,
      labels: suggested.labels.map((label) =>
        label.text === 'Mee eens' ? { ...label, value: null } : label,
      ),
      groupValues: suggested.groupValues.map((value) =>
        value.text === 'Verkoop' ? { ...value, groupId: null } : value,
      ),
    };
    const refreshed = refreshValueMappings(table, edited, parsed.instrument, groups);
    expect(refreshed.labels.find((label) => label.text === 'Mee eens')?.value).toBeNull();
    expect(refreshed.groupValues.find((value) => value.text === 'Verkoop')?.groupId).toBeNull();
    expect(refreshed.groupValues.find((value) => value.text === 'Productie')?.groupId).toBe('1');
  });
});
