export {
  isNotableGap,
  NOTABLE_ABS_G,
  NOTABLE_DIFF_FRACTION_OF_RANGE,
  notableDifference,
} from './thresholds';
export {
  adjustTable,
  createGapTable,
  fillGapRow,
  GAP_COLUMNS,
  gapRow,
  gapRows,
  gapStatus,
} from './gap-table';
export type { GapColumn, GapRow, GapTable } from './gap-table';
export { groupName, isComparable, momentsOf, prepareGapData } from './gap-data';
export type { GapData, GapInput } from './gap-data';
export { compareAllPairs, compareGroups, comparisonRows, OVERALL_CODE } from './compare';
export type { ComparisonRows, GroupComparison } from './compare';
export { blindSpots, gapDirection } from './blind-spots';
export type { BlindSpotReport, GapDirection } from './blind-spots';
export { importancePerformanceGrid, ipaQuadrant, needsPicture } from './needs';
export type {
  IpaGrid,
  IpaPoint,
  IpaQuadrant,
  NeedDisagreement,
  NeedsCorrelation,
  NeedsOptions,
  NeedsPicture,
} from './needs';
