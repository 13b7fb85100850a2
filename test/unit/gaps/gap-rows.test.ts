/**
 * A comparison row is built by one class (a compact object shape for thousands of rows); what
 * JSON, a structured clone (the read worker's answer) and a spread see must be exactly the plain
 * row: the same fields in the same order, NaN as null, nothing else.
 */
import { describe, expect, it } from 'vitest';
import { GAP_COLUMNS, createGapTable, gapRow, gapRows } from '@shared/gaps/gap-table';

const FIELD_ORDER = [
  'id',
  'code',
  'groupA',
  'groupB',
  'large',
  'supported',
  'notable',
  'status',
  ...GAP_COLUMNS,
];

function table() {
  const t = createGapTable(['s1', 's2'], ['Q1', 'Q2']);
  GAP_COLUMNS.forEach((column, c) => {
    t[column][0] = c + 0.25;
  });
  t.pHolm[0] = 0.01;
  t.large[0] = 1;
  t.notable[0] = 1;
  t.nA[1] = 3;
  t.nB[1] = 40;
  t.status[1] = 1;
  return t;
}

describe('gap rows', () => {
  it('carry every field, in order, with NaN as null, as plain data', () => {
    const rows = gapRows(table(), 'Productie', 'Verkoop');
    expect(Object.keys(rows[0]!)).toEqual(FIELD_ORDER);
    const plain = JSON.parse(JSON.stringify(rows)) as Record<string, unknown>[];
    expect(plain[0]).toEqual({
      id: 's1',
      code: 'Q1',
      groupA: 'Productie',
      groupB: 'Verkoop',
      large: true,
      supported: true,
      notable: true,
      status: 'ok',
      ...Object.fromEntries(
        GAP_COLUMNS.map((column, c) => [column, column === 'pHolm' ? 0.01 : c + 0.25]),
      ),
    });
    expect(plain[1]).toMatchObject({ nA: 3, nB: 40, meanA: null, p: null, supported: false });
    expect(plain[1]!.status).not.toBe('ok');
  });

  it('clone and spread to the same plain objects as JSON gives', () => {
    const row = gapRow(table(), 0, 'A', 'B');
    const json = JSON.parse(JSON.stringify(row)) as unknown;
    const clone = structuredClone(row);
    expect(Object.getPrototypeOf(clone)).toBe(Object.prototype);
    expect(clone).toStrictEqual(json);
    expect({ ...row }).toStrictEqual(json);
  });
});
