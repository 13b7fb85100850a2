/**
 * What the Kloof tab is sent (`gaps.analyse`): the gap analysis of report.ts with only the row
 * figures the tab shows, and each comparison's rows as columns.
 *
 * The full analysis stays what the export, the report and `analyze --json` read: this is the same
 * analysis (`analyseFamily`), with the same values at full precision, only less of it. The rows of
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
import type { GapRow } from './gap-table';
import type {
  BasisScores,
  BlindSpotDto,
  ComparisonDto,
  GapAnalysis,
  GroupProfile,
  SummaryDto,
} from './report';

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

/** What `gaps.analyse` returns. */
export interface GapAnalysisView extends Omit<
  GapAnalysis,
  'profiles' | 'comparisons' | 'blindSpots'
> {
  profiles: GroupProfileView[];
  comparisons: ComparisonView[];
  blindSpots: BlindSpotView[];
}

export function gapAnalysisView(analysis: GapAnalysis): GapAnalysisView {
  return {
    ...analysis,
    profiles: analysis.profiles.map(
      ({ own: _own, common, importance: _i, performance: _p, ...group }) => ({
        ...group,
        common: basisMeans(common),
      }),
    ),
    comparisons: analysis.comparisons.map(({ items, dimensions, overall, ...pair }) => ({
      ...pair,
      items: gapColumns(items),
      dimensions: gapColumns(dimensions),
      overall: shownGapRow(overall),
    })),
    blindSpots: analysis.blindSpots.map(({ overall, dimensions, items, ...pair }) => ({
      ...pair,
      overall: shownBlindSpotRow(overall),
      dimensions: dimensions.map(shownBlindSpotRow),
      items: items.map(shownBlindSpotRow),
    })),
  };
}

const meanOf = (summary: SummaryDto | null): number | null => summary?.mean ?? null;

function basisMeans(scores: BasisScores): BasisMeans {
  return {
    basisId: scores.basisId,
    overall: scores.overall.mean,
    dimensions: scores.dimensions.map(meanOf),
    items: scores.items.map(meanOf),
  };
}

function shownGapRow(row: GapRow): ShownGapRow {
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

function shownBlindSpotRow(row: GapRow & { direction: GapDirection }): ShownBlindSpotRow {
  return { ...shownGapRow(row), direction: row.direction };
}

function gapColumns(rows: readonly GapRow[]): GapColumns {
  const columns: GapColumns = {
    ids: [],
    codes: [],
    large: [],
    notable: [],
    status: [],
    nA: [],
    nB: [],
    meanA: [],
    meanB: [],
    shownDiff: [],
    ciLow: [],
    ciHigh: [],
    g: [],
    gCiLow: [],
    gCiHigh: [],
    pHolm: [],
  };
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    columns.ids.push(row.id);
    columns.codes.push(row.code);
    columns.large.push(row.large);
    columns.notable.push(row.notable);
    columns.status.push(row.status);
    // Written out: a loop over the figures' names is a keyed lookup per cell, and this runs
    // interpreted in a fresh process.
    columns.nA.push(row.nA);
    columns.nB.push(row.nB);
    columns.meanA.push(row.meanA);
    columns.meanB.push(row.meanB);
    columns.shownDiff.push(row.shownDiff);
    columns.ciLow.push(row.ciLow);
    columns.ciHigh.push(row.ciHigh);
    columns.g.push(row.g);
    columns.gCiLow.push(row.gCiLow);
    columns.gCiHigh.push(row.gCiHigh);
    columns.pHolm.push(row.pHolm);
  }
  return columns;
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
