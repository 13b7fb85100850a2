export {
  isLargeGap,
  isNotableGap,
  MULTIPLICITY_METHOD,
  NOTABLE_ABS_G,
  NOTABLE_DIFF_FRACTION_OF_RANGE,
  notableDifference,
  SIGNIFICANCE_LEVEL,
} from './thresholds';
export {
  adjustTables,
  createGapTable,
  fillGapRows,
  GAP_COLUMNS,
  gapRow,
  gapRows,
  gapStatus,
} from './gap-table';
export type { GapColumn, GapRow, GapTable } from './gap-table';
export { basisOf, buildFamily, sharedStatements } from './family';
export type { Basis, Family, FamilyStatement, FamilyVersion } from './family';
export { analyseFamily, largestGaps, OVERALL_CODE } from './analysis';
export type { AnalysisGroup, FamilyAnalysisInput } from './analysis';
export { flipRow, gapDirection } from './blind-spots';
export type { GapDirection } from './blind-spots';
export { needsPicture } from './needs';
export type { NeedDisagreement, NeedsCorrelation, NeedsPicture } from './needs';
export {
  IPA_AXES,
  IPA_AXIS_NAMES,
  IPA_QUADRANT_LAYOUT,
  IPA_QUADRANT_NAMES,
  ipaCutOffText,
  ipaGrid,
  ipaQuadrant,
} from './ipa';
export type { IpaPoint, IpaQuadrant } from './ipa';
