/**
 * What the Kloof tab is sent (`gaps.analyse`): the gap analysis of report.ts with only the
 * figures the tab shows, and each comparison's rows as columns.
 *
 * The full analysis stays what the export, the report and `analyze --json` read. This is the same
 * analysis (`analyseFamilyView` is `analyseFamily`, analysis.ts), with the same values at full
 * precision, only less of it, and less computed for it: no row object per comparison row (the
 * columns are filled straight from the analysis' tables), no n, SD or interval per profile. The rows of
 * all pairs were most of the answer (8 groups, 60 statements: 1,876 rows, ~1.1 MB of JSON, most
 * of it field names and figures the tab never shows), and writing that JSON was a fifth of the
 * tab's first call. Left out of the rows: the group names (the comparison names them once), the
 * SDs, the unrounded difference (the tab shows the difference as shown, `shownDiff`), t, df, the
 * unadjusted p and `supported` (the tab shows the Holm-adjusted p and `notable`). Of the group
 * profiles the tab draws the means on the common basis only (dumbbells, heatmap, radar): not the
 * n, SD and interval of each, nor the profile on the group's own basis, nor the needs (the tab
 * shows those from `needsPicture`).
 */
import type { TestStatus } from '../stats/status';
import type { GapDirection } from './blind-spots';
import { gapStatus, type GapRow, type GapTable } from './gap-table';
import type { BlindSpotDto, ComparisonDto, GapAnalysis, GapReport, GroupProfile } from './report';

/** The figures of a comparison row the tab shows. */
export const SHOWN_GAP_FIGURES = [
  'nA',
  'nB',
  'meanA',
  'meanB',
  'shownDiff',
  'ciLow',
  'ciHigh',
  'g',
  'gCiLow',
  'gCiHigh',
  'pHolm',
] as const;
export type ShownGapFigure = (typeof SHOWN_GAP_FIGURES)[number];

/** A comparison row as the tab reads it: a `GapRow` without what the tab does not show. */
export type ShownGapRow = Pick<
  GapRow,
  'id' | 'code' | 'large' | 'notable' | 'status' | ShownGapFigure
>;

/** Rows as columns: `ids[i]`, `meanA[i]`, … are row i (every field named once, not per row). */
export type GapColumns = { [K in ShownGapFigure]: (number | null)[] } & {
  ids: string[];
  codes: string[];
  large: boolean[];
  notable: boolean[];
  status: TestStatus[];
};

export interface ComparisonView extends Omit<ComparisonDto, 'items' | 'dimensions' | 'overall'> {
  items: GapColumns;
  dimensions: GapColumns;
  overall: ShownGapRow;
}

export type ShownBlindSpotRow = ShownGapRow & { direction: GapDirection };

export interface BlindSpotView extends Omit<BlindSpotDto, 'overall' | 'dimensions' | 'items'> {
  overall: ShownBlindSpotRow;
  dimensions: ShownBlindSpotRow[];
  items: ShownBlindSpotRow[];
}

/** A group's means on a basis, in the order of the analysis' dimensions and items (null: none). */
export interface BasisMeans {
  basisId: string;
  overall: number | null;
  dimensions: (number | null)[];
  items: (number | null)[];
}

export interface GroupProfileView extends Omit<
  GroupProfile,
  'own' | 'common' | 'importance' | 'performance'
> {
  /** On the basis every compared group shares: what the side-by-side pictures show. */
  common: BasisMeans;
}

/** The analysis as the tab is sent it: `analyseFamilyView` (analysis.ts). */
export interface GapReportView extends Omit<GapReport, 'profiles' | 'comparisons' | 'blindSpots'> {
  profiles: GroupProfileView[];
  comparisons: ComparisonView[];
  blindSpots: BlindSpotView[];
}

/** What `gaps.analyse` returns. */
export type GapAnalysisView = GapReportView & Pick<GapAnalysis, 'engagementId' | 'familyChoices'>;

/** The fields of a row the tab shows. */
export function shownGapRow(row: GapRow): ShownGapRow {
  return {
    id: row.id,
    code: row.code,
    large: row.large,
    notable: row.notable,
    status: row.status,
    nA: row.nA,
    nB: row.nB,
    meanA: row.meanA,
    meanB: row.meanB,
    shownDiff: row.shownDiff,
    ciLow: row.ciLow,
    ciHigh: row.ciHigh,
    g: row.g,
    gCiLow: row.gCiLow,
    gCiHigh: row.gCiHigh,
    pHolm: row.pHolm,
  };
}

export function shownBlindSpotRow(row: GapRow & { direction: GapDirection }): ShownBlindSpotRow {
  return { ...shownGapRow(row), direction: row.direction };
}

/** Rows `start` … `end` − 1 of a table as columns, NaN written as null (as in `gapRow`). */
export function gapColumnsOf(table: GapTable, start: number, end: number): GapColumns {
  const figures = (column: Float64Array) => {
    const values: (number | null)[] = [];
    for (let row = start; row < end; row++) {
      const x = column[row]!;
      values.push(x === x ? x : null);
    }
    return values;
  };
  const flags = (column: Uint8Array) => Array.from(column.subarray(start, end), (x) => x === 1);
  const status: TestStatus[] = [];
  for (let row = start; row < end; row++) status.push(gapStatus(table, row));
  return {
    ids: table.ids.slice(start, end),
    codes: table.codes.slice(start, end),
    large: flags(table.large),
    notable: flags(table.notable),
    status,
    nA: figures(table.nA),
    nB: figures(table.nB),
    meanA: figures(table.meanA),
    meanB: figures(table.meanB),
    shownDiff: figures(table.shownDiff),
    ciLow: figures(table.ciLow),
    ciHigh: figures(table.ciHigh),
    g: figures(table.g),
    gCiLow: figures(table.gCiLow),
    gCiHigh: figures(table.gCiHigh),
    pHolm: figures(table.pHolm),
  };
}

/** The rows of `columns` as objects, in their order (what the tab's tables and charts walk). */
export function shownGapRows(columns: GapColumns): ShownGapRow[] {
  return columns.ids.map((id, i) => {
    const row = {
      id,
      code: columns.codes[i]!,
      large: columns.large[i]!,
      notable: columns.notable[i]!,
      status: columns.status[i]!,
    } as ShownGapRow;
    for (const figure of SHOWN_GAP_FIGURES) row[figure] = columns[figure][i] ?? null;
    return row;
  });
}

/** A comparison with its rows as objects again, as the tab's table and the tests walk them. */
export interface ShownComparison extends Omit<ComparisonView, 'items' | 'dimensions'> {
  items: ShownGapRow[];
  dimensions: ShownGapRow[];
}

export function shownComparison({ items, dimensions, ...pair }: ComparisonView): ShownComparison {
  return { ...pair, items: shownGapRows(items), dimensions: shownGapRows(dimensions) };
}
