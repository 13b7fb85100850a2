import type { TFunction } from 'i18next';
import type { ImportProblem } from '@shared/import';

/** "Rij 14, kolom F" — where a problem is, as the consultant finds it in the spreadsheet. */
export function problemLocation(t: TFunction, problem: ImportProblem): string {
  if (problem.row !== null && problem.columnLetter !== null) {
    return t('capture.import.where.cell', { row: problem.row, column: problem.columnLetter });
  }
  if (problem.row !== null) return t('capture.import.where.row', { row: problem.row });
  if (problem.columnLetter !== null) {
    return t('capture.import.where.column', { column: problem.columnLetter });
  }
  return t('capture.import.where.file');
}

/** The translated sentence of a problem (`import.problem.<kind>`), with its cell value. */
export function problemMessage(t: TFunction, problem: ImportProblem): string {
  const key =
    problem.kind === 'duplicateCode' && problem.params.firstRow === 'existing'
      ? 'import.problem.duplicateCodeExisting'
      : problem.messageKey;
  return t(key, {
    ...problem.params,
    value: problem.value ?? '',
    header: problem.column ?? '',
    defaultValue: problem.kind,
  });
}

/** "Rij 14, kolom F: Onbekend antwoord …" */
export function describeProblemIn(t: TFunction, problem: ImportProblem): string {
  return `${problemLocation(t, problem)}: ${problemMessage(t, problem)}`;
}
