/**
 * A table of two-group comparisons (one row per statement, dimension or the overall index) stored
 * as one typed array per column, so that comparing 8 groups on 60 statements creates a handful of
 * arrays instead of thousands of objects. `gapRows` turns a table into plain rows for JSON and
 * the UI.
 */
import { shownDifference } from '../i18n/format';
import type { GroupMoments } from '../scoring/group-moments';
import { emptyHedgesResult, hedgesGInto } from '../stats/hedges';
import { holmAdjust } from '../stats/holm';
import { TEST_STATUSES, type TestStatus } from '../stats/status';
import { emptyWelchResult, welchTTestInto } from '../stats/welch';
import { isLargeGap, SIGNIFICANCE_LEVEL } from './thresholds';

export const GAP_COLUMNS = [
  'nA',
  'nB',
  'meanA',
  'meanB',
  'sdA',
  'sdB',
  'diff',
  'shownDiff',
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
  /** Statement ids (comparison identity), dimension codes, or ['overall']. */
  ids: string[];
  /** What is shown: statement codes, dimension codes, or ['overall']. */
  codes: string[];
  /** 1 when the difference is practically large (see thresholds.ts). */
  large: Uint8Array;
  /** 1 when large and statistically supported after the multiplicity correction. */
  notable: Uint8Array;
  /** Index into TEST_STATUSES: why t/p/CI/g are NaN, if they are. */
  status: Uint8Array;
};

/** One comparison row with NaN written as null ("not computable"), for JSON and the UI. */
export type GapRow = { [K in GapColumn]: number | null } & {
  id: string;
  code: string;
  groupA: string;
  groupB: string;
  /** |diff| ≥ a third of the scale or |g| ≥ 0.5. */
  large: boolean;
  /** Holm-adjusted p (across every comparison of the analysis) below 0.05. */
  supported: boolean;
  /** Large and supported: the only differences called notable anywhere. */
  notable: boolean;
  status: TestStatus;
};

export function createGapTable(ids: string[], codes: string[] = ids): GapTable {
  const length = ids.length;
  const table = {
    ids,
    codes,
    large: new Uint8Array(length),
    notable: new Uint8Array(length),
    status: new Uint8Array(length),
  } as Partial<GapTable>;
  for (const column of GAP_COLUMNS) table[column] = new Float64Array(length).fill(Number.NaN);
  return table as GapTable;
}

/** Reused by every row of every table: a row's tests are written here, then into the table. */
const welch = emptyWelchResult();
const hedges = emptyHedgesResult();
const TOO_FEW_ANSWERS = TEST_STATUSES.indexOf('tooFewAnswers');

/**
 * Fills rows `start` … from two groups' moments (`slotA`, `slotB` of `moments`) on the given
 * variables, one row per variable: Welch test, Hedges' g and whether the gap is large. When either
 * side of a row has fewer answers than the anonymity threshold nothing but the counts is filled
 * in (status `tooFewAnswers`). pHolm and `notable` follow for all tables at once in
 * `adjustTables`. Reads the moments straight from their arrays and writes straight into the
 * table's: thousands of rows make no object each.
 */
export function fillGapRows(
  table: GapTable,
  start: number,
  moments: GroupMoments,
  slotA: number,
  slotB: number,
  variables: Int32Array,
  notableDiff: number,
  threshold: number,
): void {
  const { n, mean, variance, variableCount } = moments;
  const baseA = slotA * variableCount;
  const baseB = slotB * variableCount;
  for (let index = 0; index < variables.length; index++) {
    const row = start + index;
    const a = baseA + variables[index]!;
    const b = baseB + variables[index]!;
    const nA = n[a]!;
    const nB = n[b]!;
    table.nA[row] = nA;
    table.nB[row] = nB;
    if (nA < threshold || nB < threshold) {
      table.status[row] = TOO_FEW_ANSWERS;
      continue;
    }
    const meanA = mean[a]!;
    const meanB = mean[b]!;
    const varianceA = variance[a]!;
    const varianceB = variance[b]!;
    welchTTestInto(welch, nA, meanA, varianceA, nB, meanB, varianceB);
    hedgesGInto(hedges, nA, meanA, varianceA, nB, meanB, varianceB);
    table.meanA[row] = meanA;
    table.meanB[row] = meanB;
    table.sdA[row] = Math.sqrt(varianceA);
    table.sdB[row] = Math.sqrt(varianceB);
    table.diff[row] = welch.diff;
    table.shownDiff[row] = shownDifference(meanA, meanB);
    table.ciLow[row] = welch.ciLow;
    table.ciHigh[row] = welch.ciHigh;
    table.t[row] = welch.t;
    table.df[row] = welch.df;
    table.p[row] = welch.p;
    table.g[row] = hedges.g;
    table.gCiLow[row] = hedges.ciLow;
    table.gCiHigh[row] = hedges.ciHigh;
    table.large[row] = isLargeGap(welch.diff, hedges.g, notableDiff) ? 1 : 0;
    table.status[row] = TEST_STATUSES.indexOf(welch.status);
  }
}

/**
 * Holm across every row of every given table as one family of tests (rows without a p stay
 * without and do not count), then `notable` = large and adjusted p below 0.05. Returns the number
 * of tests in the family.
 */
export function adjustTables(tables: readonly GapTable[]): number {
  const total = tables.reduce((sum, table) => sum + table.p.length, 0);
  const p = new Float64Array(total);
  let offset = 0;
  for (const table of tables) {
    p.set(table.p, offset);
    offset += table.p.length;
  }
  const adjusted = holmAdjust(p);
  offset = 0;
  for (const table of tables) {
    table.pHolm.set(adjusted.subarray(offset, offset + table.p.length));
    for (let row = 0; row < table.p.length; row++) {
      table.notable[row] = table.large[row] === 1 && table.pHolm[row]! < SIGNIFICANCE_LEVEL ? 1 : 0;
    }
    offset += table.p.length;
  }
  let tests = 0;
  for (const value of p) if (!Number.isNaN(value)) tests++;
  return tests;
}

export function gapStatus(table: GapTable, row: number): TestStatus {
  return TEST_STATUSES[table.status[row]!] ?? 'ok';
}

/** A table cell as JSON has it: NaN is null. */
function cellValue(column: Float64Array, row: number): number | null {
  const x = column[row]!;
  return x === x ? x : null;
}

export function gapRow(table: GapTable, row: number, groupA: string, groupB: string): GapRow {
  const pHolm = table.pHolm[row]!;
  // One literal with every field: thousands of rows share one object shape (fast to build).
  return {
    id: table.ids[row] ?? '',
    code: table.codes[row] ?? '',
    groupA,
    groupB,
    large: table.large[row] === 1,
    supported: pHolm < SIGNIFICANCE_LEVEL,
    notable: table.notable[row] === 1,
    status: gapStatus(table, row),
    nA: cellValue(table.nA, row),
    nB: cellValue(table.nB, row),
    meanA: cellValue(table.meanA, row),
    meanB: cellValue(table.meanB, row),
    sdA: cellValue(table.sdA, row),
    sdB: cellValue(table.sdB, row),
    diff: cellValue(table.diff, row),
    shownDiff: cellValue(table.shownDiff, row),
    ciLow: cellValue(table.ciLow, row),
    ciHigh: cellValue(table.ciHigh, row),
    t: cellValue(table.t, row),
    df: cellValue(table.df, row),
    p: cellValue(table.p, row),
    pHolm: cellValue(table.pHolm, row),
    g: cellValue(table.g, row),
    gCiLow: cellValue(table.gCiLow, row),
    gCiHigh: cellValue(table.gCiHigh, row),
  } satisfies GapRow;
}

/** Rows `start` … `end` − 1 (by default all) as plain rows. */
export function gapRows(
  table: GapTable,
  groupA: string,
  groupB: string,
  start = 0,
  end = table.ids.length,
): GapRow[] {
  const rows: GapRow[] = [];
  for (let row = start; row < end; row++) rows.push(gapRow(table, row, groupA, groupB));
  return rows;
}
