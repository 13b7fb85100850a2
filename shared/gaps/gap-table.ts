/**
 * A table of two-group comparisons (one row per item, dimension or the overall index) stored as
 * one typed array per column, so that comparing 8 groups on 60 items creates a handful of arrays
 * instead of thousands of objects. `gapRows` turns a table into plain rows for JSON and the UI.
 */
import type { Moments } from '../stats/descriptives';
import { hedgesG } from '../stats/hedges';
import { holmAdjust } from '../stats/holm';
import { TEST_STATUSES, type TestStatus } from '../stats/status';
import { welchTTest } from '../stats/welch';
import { isNotableGap } from './thresholds';

export const GAP_COLUMNS = [
  'nA',
  'nB',
  'meanA',
  'meanB',
  'sdA',
  'sdB',
  'diff',
  'ciLow',
  'ciHigh',
  't',
  'df',
  'p',
  'pHolm',
  'g',
  'gCiLow',
  'gCiHigh',
] as const;
export type GapColumn = (typeof GAP_COLUMNS)[number];

export type GapTable = { [K in GapColumn]: Float64Array } & {
  /** Item or dimension codes, or ['overall']. */
  codes: string[];
  /** 1 when the gap is notable (see thresholds.ts). */
  notable: Uint8Array;
  /** Index into TEST_STATUSES: why t/p/CI/g are NaN, if they are. */
  status: Uint8Array;
};

/** One comparison row with NaN written as null ("not computable"), for JSON and the UI. */
export type GapRow = { [K in GapColumn]: number | null } & {
  code: string;
  groupA: string;
  groupB: string;
  notable: boolean;
  status: TestStatus;
};

export function createGapTable(codes: string[]): GapTable {
  const length = codes.length;
  const table = {
    codes,
    notable: new Uint8Array(length),
    status: new Uint8Array(length),
  } as Partial<GapTable>;
  for (const column of GAP_COLUMNS) table[column] = new Float64Array(length);
  return table as GapTable;
}

/**
 * Fills row `row` from the two groups' moments: Welch test, Hedges' g and the notable flag.
 * pHolm is filled afterwards for the whole table by `adjustTable`.
 */
export function fillGapRow(
  table: GapTable,
  row: number,
  a: Moments,
  b: Moments,
  notableDiff: number,
): void {
  const welch = welchTTest(a, b);
  const hedges = hedgesG(a, b);
  table.nA[row] = a.n;
  table.nB[row] = b.n;
  table.meanA[row] = a.mean;
  table.meanB[row] = b.mean;
  table.sdA[row] = Math.sqrt(a.variance);
  table.sdB[row] = Math.sqrt(b.variance);
  table.diff[row] = welch.diff;
  table.ciLow[row] = welch.ciLow;
  table.ciHigh[row] = welch.ciHigh;
  table.t[row] = welch.t;
  table.df[row] = welch.df;
  table.p[row] = welch.p;
  table.g[row] = hedges.g;
  table.gCiLow[row] = hedges.ciLow;
  table.gCiHigh[row] = hedges.ciHigh;
  table.notable[row] = isNotableGap(welch.diff, hedges.g, notableDiff) ? 1 : 0;
  table.status[row] = TEST_STATUSES.indexOf(welch.status);
}

/** Holm across all rows of the table (rows without a p stay without). */
export function adjustTable(table: GapTable): void {
  table.pHolm.set(holmAdjust(table.p));
}

export function gapStatus(table: GapTable, row: number): TestStatus {
  return TEST_STATUSES[table.status[row]!] ?? 'ok';
}

export function gapRow(table: GapTable, row: number, groupA: string, groupB: string): GapRow {
  const out = {
    code: table.codes[row] ?? '',
    groupA,
    groupB,
    notable: table.notable[row] === 1,
    status: gapStatus(table, row),
  } as Partial<GapRow>;
  for (const column of GAP_COLUMNS) {
    const value = table[column][row]!;
    out[column] = Number.isNaN(value) ? null : value;
  }
  return out as GapRow;
}

export function gapRows(table: GapTable, groupA: string, groupB: string): GapRow[] {
  return table.codes.map((_, row) => gapRow(table, row, groupA, groupB));
}
