/**
 * Everything the import preview can find wrong, with where it is (row and column as the
 * consultant sees them in the file) and what happens to the data because of it.
 */

export type ImportProblemKind =
  // The file or the mapping as a whole
  | 'noDataRows'
  | 'noItemColumns'
  | 'noGroup'
  | 'unknownItemCode'
  | 'columnMappedTwice'
  | 'personalDataColumn'
  // A row
  | 'emptyRow'
  | 'noAnswers'
  | 'raggedRow'
  | 'missingGroup'
  | 'unknownGroup'
  | 'duplicateCode'
  | 'missingCode'
  // A cell
  | 'unknownLabel'
  | 'outOfRange'
  | 'notWholeNumber';

/**
 * - `importBlocked`: nothing can be imported until the mapping is fixed.
 * - `rowSkipped`: this row is not imported.
 * - `valueMissing`: the respondent is imported with this answer missing.
 * - `columnIgnored`: the column's mapping is not used.
 * - `none`: imported as shown; for information.
 */
export type ImportProblemEffect =
  'importBlocked' | 'rowSkipped' | 'valueMissing' | 'columnIgnored' | 'none';

export type ImportProblemSeverity = 'error' | 'warning';

export interface ImportProblem {
  kind: ImportProblemKind;
  severity: ImportProblemSeverity;
  effect: ImportProblemEffect;
  /** 1-based row in the file, header = row 1; null for problems of the whole file. */
  row: number | null;
  /** The column's header; null when the problem is not about one column. */
  column: string | null;
  /** 0-based column index and its spreadsheet letter (A, B, …, AA). */
  columnIndex: number | null;
  columnLetter: string | null;
  /** The offending cell text (shortened), when there is one. */
  value: string | null;
  /** i18n key `import.problem.<kind>`; the UI fills in row, column, value and params. */
  messageKey: string;
  params: Record<string, string | number>;
}

const RULES: Record<ImportProblemKind, [ImportProblemSeverity, ImportProblemEffect]> = {
  noDataRows: ['error', 'importBlocked'],
  noItemColumns: ['error', 'importBlocked'],
  noGroup: ['error', 'importBlocked'],
  unknownItemCode: ['error', 'columnIgnored'],
  columnMappedTwice: ['error', 'columnIgnored'],
  personalDataColumn: ['warning', 'columnIgnored'],
  emptyRow: ['warning', 'rowSkipped'],
  noAnswers: ['warning', 'rowSkipped'],
  raggedRow: ['warning', 'none'],
  missingGroup: ['error', 'rowSkipped'],
  unknownGroup: ['error', 'rowSkipped'],
  duplicateCode: ['error', 'rowSkipped'],
  missingCode: ['warning', 'none'],
  unknownLabel: ['error', 'valueMissing'],
  outOfRange: ['error', 'valueMissing'],
  notWholeNumber: ['error', 'valueMissing'],
};

export function problemSeverity(kind: ImportProblemKind): ImportProblemSeverity {
  return RULES[kind][0];
}

export function problemEffect(kind: ImportProblemKind): ImportProblemEffect {
  return RULES[kind][1];
}

const ENGLISH: Record<ImportProblemKind, (p: ImportProblem) => string> = {
  noDataRows: () => 'The file has no rows below the header.',
  noItemColumns: () => 'No column is mapped to a question of the instrument.',
  noGroup: () => 'Map a column to the group, or choose one group for all rows.',
  unknownItemCode: (p) => `The instrument has no item "${p.params.itemCode}".`,
  columnMappedTwice: (p) =>
    `Column ${p.params.firstColumn} is already mapped to ${p.params.target}; this column is ignored.`,
  personalDataColumn: () => 'This column holds personal data and is never imported.',
  emptyRow: () => 'Empty row, skipped.',
  noAnswers: () => 'No answers in this row, skipped.',
  raggedRow: (p) =>
    `The row has ${p.params.cells} cells where the header has ${p.params.expected}.`,
  missingGroup: () => 'No group given; the row is not imported.',
  unknownGroup: (p) => `Unknown group "${p.value}"; the row is not imported.`,
  duplicateCode: (p) =>
    p.params.firstRow === 'existing'
      ? `Respondent code "${p.value}" already exists in this engagement; the row is not imported.`
      : `Respondent code "${p.value}" already used in row ${p.params.firstRow}; the row is not imported.`,
  missingCode: (p) => `No respondent code; "${p.params.code}" is used.`,
  unknownLabel: (p) => `Unknown answer "${p.value}"; treated as missing.`,
  outOfRange: (p) =>
    `Answer ${p.value} is outside the scale ${p.params.min}–${p.params.max}; treated as missing.`,
  notWholeNumber: (p) => `Answer ${p.value} is not a whole number; treated as missing.`,
};

/** An English sentence naming row and column, for the command line and logs. */
export function describeProblem(problem: ImportProblem): string {
  const where: string[] = [];
  if (problem.row !== null) where.push(`row ${problem.row}`);
  if (problem.column !== null) {
    where.push(`column ${problem.columnLetter} "${problem.column}"`);
  }
  const prefix = where.length > 0 ? `${where.join(', ')}: ` : '';
  return prefix + ENGLISH[problem.kind](problem);
}
