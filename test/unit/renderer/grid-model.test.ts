/**
 * The data-entry grid's rules, as the consultant typing paper forms meets them: which keys make
 * an answer, which are refused, where Tab/Enter go, and which respondent code comes next.
 */
import { describe, expect, it } from 'vitest';
import { builtinInstruments } from '@main/core/content/builtin-content';
import {
  clampCell,
  columnWidth,
  FIRST_ITEM_COLUMN,
  gridColumns,
  isMissingKey,
  newRow,
  nextCell,
  nextRowCode,
  previousCell,
  rowFromRespondent,
  typeIntoScale,
} from '@renderer/features/questionnaire/capture/grid-model';
import type { Scale } from '@shared/questionnaire/instrument';

const scale = (min: number, max: number): Scale => ({ min, max, points: [], dontKnow: null });
const FIVE = scale(1, 5);
const TEN = scale(1, 10);

describe('typing into a scale cell', () => {
  it('takes a digit on the scale as the answer and moves on at once', () => {
    expect(typeIntoScale(null, '4', FIVE)).toEqual({
      kind: 'value',
      text: '4',
      value: 4,
      complete: true,
    });
  });

  it('refuses a digit off the scale: the cell keeps its value', () => {
    expect(typeIntoScale(null, '6', FIVE)).toMatchObject({ kind: 'refused' });
    expect(typeIntoScale(null, '0', FIVE)).toMatchObject({ kind: 'refused' });
    expect(typeIntoScale(null, 'a', FIVE)).toMatchObject({ kind: 'refused' });
  });

  it('waits for a second digit where one could follow (1 → 10 on a 1–10 scale)', () => {
    const first = typeIntoScale(null, '1', TEN);
    // 1 is an answer, but not complete: a 0 may follow.
    expect(first).toEqual({ kind: 'value', text: '1', value: 1, complete: false });
    expect(typeIntoScale('1', '0', TEN)).toEqual({
      kind: 'value',
      text: '10',
      value: 10,
      complete: true,
    });
    // A digit that does not extend the pending one starts anew.
    expect(typeIntoScale('1', '7', TEN)).toMatchObject({ kind: 'value', value: 7 });
  });

  it('treats a digit that only starts a value as partial (5–10 scale: "1" of 10)', () => {
    expect(typeIntoScale(null, '1', scale(5, 10))).toEqual({ kind: 'partial', text: '1' });
    expect(typeIntoScale('1', '0', scale(5, 10))).toMatchObject({ kind: 'value', value: 10 });
  });

  it('takes . and , (and - on a positive scale) as "no answer"', () => {
    expect(isMissingKey('.', FIVE)).toBe(true);
    expect(isMissingKey(',', FIVE)).toBe(true);
    expect(isMissingKey('-', FIVE)).toBe(true);
    // On a scale with negative values the minus sign starts a value.
    expect(isMissingKey('-', scale(-3, 3))).toBe(false);
    expect(typeIntoScale('-', '2', scale(-3, 3))).toMatchObject({ kind: 'value', value: -2 });
  });
});

describe('moving through the grid', () => {
  const rows = 3;
  const cols = FIRST_ITEM_COLUMN + 4;

  it('Tab goes to the next cell and from a row’s end to the first answer of the next row', () => {
    expect(nextCell({ row: 0, col: 4 }, rows, cols)).toEqual({ row: 0, col: 5 });
    expect(nextCell({ row: 0, col: cols - 1 }, rows, cols)).toEqual({
      row: 1,
      col: FIRST_ITEM_COLUMN,
    });
    expect(nextCell({ row: rows - 1, col: cols - 1 }, rows, cols)).toBeNull();
  });

  it('Shift+Tab goes back, to the previous row’s last cell at a row’s start', () => {
    expect(previousCell({ row: 1, col: 4 }, cols)).toEqual({ row: 1, col: 3 });
    expect(previousCell({ row: 1, col: 0 }, cols)).toEqual({ row: 0, col: cols - 1 });
    expect(previousCell({ row: 0, col: 0 }, cols)).toBeNull();
  });

  it('arrows stop at the edges', () => {
    expect(clampCell({ row: -1, col: cols + 3 }, rows, cols)).toEqual({ row: 0, col: cols - 1 });
    expect(clampCell({ row: rows + 5, col: -2 }, rows, cols)).toEqual({ row: rows - 1, col: 0 });
  });
});

describe('columns and rows', () => {
  it('shows code, group and role, then every item in questionnaire order with its scale', () => {
    const staff = builtinInstruments()[0]!;
    const columns = gridColumns(staff);
    expect(columns.slice(0, FIRST_ITEM_COLUMN).map((column) => column.kind)).toEqual([
      'code',
      'group',
      'role',
    ]);
    const items = columns.slice(FIRST_ITEM_COLUMN);
    expect(items.map((column) => ('item' in column ? column.item.code : ''))).toEqual(
      staff.items.map((item) => item.code),
    );
    for (const column of items) {
      if (column.kind === 'scale') {
        // Needs questions use the needs scale, the statements the instrument's scale.
        const expected = column.item.kind === 'likert' ? staff.scale : staff.needsScale;
        expect([column.scale.min, column.scale.max]).toEqual([expected.min, expected.max]);
      }
      expect(columnWidth(column)).toBeGreaterThan(0);
    }
  });

  it('gives each new row the next free code after the highest in use', () => {
    expect(nextRowCode([])).toBe('R001');
    expect(nextRowCode(['R001', 'R007', 'X99', 'R003'])).toBe('R008');
    expect(nextRowCode(['R999'])).toBe('R1000');
    const row = newRow('R004', 2);
    expect(row).toMatchObject({
      id: null,
      code: 'R004',
      codeAuto: true,
      groupId: 2,
      status: 'new',
    });
    expect(newRow('R005', 2).key).not.toBe(row.key);
  });

  it('shows a saved respondent with only the answered items', () => {
    const row = rowFromRespondent({
      id: 12,
      code: 'P-12',
      groupId: 3,
      role: 'Planner',
      answers: { KK1: 4, KK2: null, OPEN: '', KK3: 2 },
      source: 'grid',
      updatedAt: '2026-11-12T09:00:00Z',
    });
    expect(row).toMatchObject({ key: 'r12', id: 12, code: 'P-12', status: 'saved' });
    expect(row.answers).toEqual({ KK1: 4, KK3: 2 });
  });
});
