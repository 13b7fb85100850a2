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
  const column = () => new Float64Array(length).fill(Number.NaN);
  // Every column written out in one literal: added one by one under computed names, the table
  // became a dictionary-mode object, and every column read of every row was a hash lookup.
  return {
    ids,
    codes,
    large: new Uint8Array(length),
    notable: new Uint8Array(length),
    status: new Uint8Array(length),
    nA: column(),
    nB: column(),
    meanA: column(),
    meanB: column(),
    sdA: column(),
    sdB: column(),
    diff: column(),
    shownDiff: column(),
    ciLow: column(),
    ciHigh: column(),
    t: column(),
    df: column(),
    p: column(),
    pHolm: column(),
    g: column(),
    gCiLow: column(),
    gCiHigh: column(),
  } satisfies Record<GapColumn, Float64Array> & Omit<GapTable, GapColumn>;
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
  return new GapRowRecord(table, row, groupA, groupB);
}

/**
 * A row as a class: every row of every analysis has the same fields in the same order, written
 * by one constructor, so the engine gives them one compact shape with the fields in the object
 * itself. An object literal of 25 fields cost twice the memory per row here, and the thousands of
 * rows of an analysis were a large part of its garbage. JSON, structured clone and spreads see
 * the same own fields as before.
 */
class GapRowRecord implements GapRow {
  id: string;
  code: string;
  groupA: string;
  groupB: string;
  large: boolean;
  supported: boolean;
  notable: boolean;
  status: TestStatus;
  nA: number | null;
  nB: number | null;
  meanA: number | null;
  meanB: number | null;
  sdA: number | null;
  sdB: number | null;
  diff: number | null;
  shownDiff: number | null;
  ciLow: number | null;
  ciHigh: number | null;
  t: number | null;
  df: number | null;
  p: number | null;
  pHolm: number | null;
  g: number | null;
  gCiLow: number | null;
  gCiHigh: number | null;

  constructor(table: GapTable, row: number, groupA: string, groupB: string) {
    const pHolm = table.pHolm[row]!;
    this.id = table.ids[row] ?? '';
    this.code = table.codes[row] ?? '';
    this.groupA = groupA;
    this.groupB = groupB;
    this.large = table.large[row] === 1;
    this.supported = pHolm < SIGNIFICANCE_LEVEL;
    this.notable = table.notable[row] === 1;
    this.status = gapStatus(table, row);
    this.nA = cellValue(table.nA, row);
    this.nB = cellValue(table.nB, row);
    this.meanA = cellValue(table.meanA, row);
    this.meanB = cellValue(table.meanB, row);
    this.sdA = cellValue(table.sdA, row);
    this.sdB = cellValue(table.sdB, row);
    this.diff = cellValue(table.diff, row);
    this.shownDiff = cellValue(table.shownDiff, row);
    this.ciLow = cellValue(table.ciLow, row);
    this.ciHigh = cellValue(table.ciHigh, row);
    this.t = cellValue(table.t, row);
    this.df = cellValue(table.df, row);
    this.p = cellValue(table.p, row);
    this.pHolm = cellValue(table.pHolm, row);
    this.g = cellValue(table.g, row);
    this.gCiLow = cellValue(table.gCiLow, row);
    this.gCiHigh = cellValue(table.gCiHigh, row);
  }
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
