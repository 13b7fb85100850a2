import { describe, expect, it } from 'vitest';
import {
  clampCell,
  columnWidth,
  FIRST_ITEM_COLUMN,
  gridColumns,
  isMissingKey,
  nextCell,
  nextRowCode,
  previousCell,
  rowFromRespondent,
  stickyOffsets,
  typeIntoScale,
} from '@renderer/features/questionnaire/capture/grid-model';
import type { Instrument, Scale } from '@shared/questionnaire/instrument';

const five: Scale = { min: 1, max: 5, points: [], dontKnow: null } as unknown as Scale;
const ten: Scale = { ...five, max: 10 };
const text = (nl: string) => ({ nl, en: nl });

const instrument = {
  scale: five,
  needsScale: null,
  items: [
    {
      code: 'KK1',
      kind: 'likert',
      text: text('Stelling'),
      dimension: 'KK',
      need: null,
      reverse: false,
    },
    {
      code: 'N_COMMUNICATION_IMP',
      kind: 'likert',
      text: text('Lang'),
      dimension: 'KK',
      need: null,
      reverse: false,
    },
    {
      code: 'OPEN1',
      kind: 'open',
      text: text('Open'),
      dimension: null,
      need: null,
      reverse: false,
    },
  ],
} as unknown as Instrument;

describe('grid model', () => {
  it('puts code, group and role first, then every item, and sizes headers to fit their code', () => {
    const columns = gridColumns(instrument);
    expect(columns.map((column) => column.kind)).toEqual([
      'code',
      'group',
      'role',
      'scale',
      'scale',
      'open',
    ]);
    expect(FIRST_ITEM_COLUMN).toBe(3);
    const [, , , short, long, open] = columns;
    expect(columnWidth(long!)).toBeGreaterThan(columnWidth(short!));
    expect(columnWidth(long!)).toBeLessThanOrEqual(7.5);
    expect(columnWidth(open!)).toBeGreaterThanOrEqual(16);
    const sticky = stickyOffsets(columns);
    expect(sticky.lefts).toHaveLength(3);
    expect(sticky.lefts[1]).toBe(sticky.lefts[0]! + columnWidth(columns[0]!));
    expect(sticky.end).toBe(sticky.lefts[2]! + columnWidth(columns[2]!));
  });

  it('types digits into a scale: refuses what is off the scale, waits for a second digit of 10', () => {
    expect(typeIntoScale(null, '4', five)).toEqual({
      kind: 'value',
      text: '4',
      value: 4,
      complete: true,
    });
    expect(typeIntoScale(null, '7', five)).toMatchObject({ kind: 'refused' });
    expect(typeIntoScale(null, '1', ten)).toEqual({
      kind: 'value',
      text: '1',
      value: 1,
      complete: false,
    });
    expect(typeIntoScale('1', '0', ten)).toEqual({
      kind: 'value',
      text: '10',
      value: 10,
      complete: true,
    });
    expect(typeIntoScale('1', '3', ten)).toEqual({
      kind: 'value',
      text: '3',
      value: 3,
      complete: true,
    });
    expect(isMissingKey('-', five)).toBe(true);
    expect(isMissingKey('-', { ...five, min: -2 })).toBe(false);
    expect(isMissingKey('.', five)).toBe(true);
  });

  it('moves row by row and stops at the edges', () => {
    expect(nextCell({ row: 0, col: 5 }, 2, 6)).toEqual({ row: 1, col: FIRST_ITEM_COLUMN });
    expect(nextCell({ row: 1, col: 5 }, 2, 6)).toBeNull();
    expect(previousCell({ row: 1, col: 0 }, 6)).toEqual({ row: 0, col: 5 });
    expect(previousCell({ row: 0, col: 0 }, 6)).toBeNull();
    expect(clampCell({ row: 99, col: -3 }, 10, 6)).toEqual({ row: 9, col: 0 });
  });

  it('numbers new rows after the highest code, and reads saved respondents without empty answers', () => {
    expect(nextRowCode(['R001', 'R009', 'X12'])).toBe('R010');
    expect(nextRowCode([])).toBe('R001');
    const row = rowFromRespondent({
      id: 4,
      code: 'R004',
      groupId: 2,
      role: 'planner',
      answers: { KK1: 3, OPEN1: '', N_COMMUNICATION_IMP: null },
    } as never);
    expect(row).toMatchObject({ key: 'r4', id: 4, status: 'saved', answers: { KK1: 3 } });
  });
});
