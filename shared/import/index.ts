export { columnLetter, fileRowNumber } from './table';
export type { Table, TableDelimiter, TableEncoding } from './table';
export { createGroupMatcher, groupValueKey } from './group-match';
export type { GroupRef } from './group-match';
export { labelKey, labelScaleOf, parseNumericAnswer, scaleFor, suggestLabelValue } from './labels';
export type { LabelScale, LabelValue } from './labels';
export type {
  ColumnMapping,
  ColumnMatchReason,
  ColumnTarget,
  GroupValueMapping,
  ImportMapping,
  LabelMapping,
} from './mapping';
export { importMappingSchema } from './mapping-schema';
export { refreshValueMappings, suggestLabels, suggestMapping } from './suggest-mapping';
export { buildPreview, importRespondents, previewImport } from './preview';
export type {
  CompactImportPreview,
  ImportPreview,
  ImportRespondent,
  ImportRows,
  ImportSummary,
  PreviewOptions,
} from './preview';
export { describeProblem } from './problems';
export type {
  ImportProblem,
  ImportProblemEffect,
  ImportProblemKind,
  ImportProblemSeverity,
} from './problems';
export { needsNeutralising, neutraliseCell } from './neutralise';
