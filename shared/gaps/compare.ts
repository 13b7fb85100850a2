/**
 * Two-group comparisons on every likert item, every dimension (respondent dimension scores) and
 * the overall index, with Holm adjustment across the items of one comparison and, separately,
 * across its dimensions (the overall index is a single test: pHolm = p).
 */
import {
  adjustTable,
  createGapTable,
  fillGapRow,
  gapRows,
  type GapRow,
  type GapTable,
} from './gap-table';
import { groupName, isComparable, momentsOf, type GapData } from './gap-data';

export interface GroupComparison {
  groupA: number;
  groupB: number;
  nameA: string;
  nameB: string;
  /** Differences are A − B. */
  items: GapTable;
  dimensions: GapTable;
  /** One row, code 'overall'. */
  overall: GapTable;
}

export const OVERALL_CODE = 'overall';

/** A against B; null when either group is suppressed (anonymity), unknown, or they are the same. */
export function compareGroups(
  data: GapData,
  groupA: number,
  groupB: number,
): GroupComparison | null {
  if (groupA === groupB || !isComparable(data, groupA) || !isComparable(data, groupB)) return null;
  const { model, layout, notableDiff } = data;
  const items = createGapTable(model.items.map((item) => item.code));
  model.items.forEach((_, i) => {
    const column = layout.items + i;
    fillGapRow(
      items,
      i,
      momentsOf(data, groupA, column),
      momentsOf(data, groupB, column),
      notableDiff,
    );
  });
  const dimensions = createGapTable(model.dimensions.map((d) => d.code));
  model.dimensions.forEach((_, d) => {
    const column = layout.dimensions + d;
    fillGapRow(
      dimensions,
      d,
      momentsOf(data, groupA, column),
      momentsOf(data, groupB, column),
      notableDiff,
    );
  });
  const overall = createGapTable([OVERALL_CODE]);
  fillGapRow(
    overall,
    0,
    momentsOf(data, groupA, layout.overall),
    momentsOf(data, groupB, layout.overall),
    notableDiff,
  );
  adjustTable(items);
  adjustTable(dimensions);
  adjustTable(overall);
  return {
    groupA,
    groupB,
    nameA: groupName(data, groupA),
    nameB: groupName(data, groupB),
    items,
    dimensions,
    overall,
  };
}

/**
 * Every pair (i < j, in the order given) among `groups` (default: all groups). Suppressed groups
 * are skipped; duplicates are ignored.
 */
export function compareAllPairs(data: GapData, groups?: readonly number[]): GroupComparison[] {
  const chosen = [
    ...new Set(groups ?? Array.from({ length: data.groupCount }, (_, g) => g)),
  ].filter((g) => isComparable(data, g));
  const comparisons: GroupComparison[] = [];
  for (let i = 0; i < chosen.length; i++) {
    for (let j = i + 1; j < chosen.length; j++) {
      const comparison = compareGroups(data, chosen[i]!, chosen[j]!);
      if (comparison) comparisons.push(comparison);
    }
  }
  return comparisons;
}

export interface ComparisonRows {
  groupA: string;
  groupB: string;
  items: GapRow[];
  dimensions: GapRow[];
  overall: GapRow;
}

/** Plain rows (NaN → null) for JSON output, tables and reports. */
export function comparisonRows(comparison: GroupComparison): ComparisonRows {
  const { nameA, nameB } = comparison;
  return {
    groupA: nameA,
    groupB: nameB,
    items: gapRows(comparison.items, nameA, nameB),
    dimensions: gapRows(comparison.dimensions, nameA, nameB),
    overall: gapRows(comparison.overall, nameA, nameB)[0]!,
  };
}
