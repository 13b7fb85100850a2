/** Checks a parsed table against the read limits, naming the first cell that breaks one. */
import { columnLetter } from '@shared/import/table';
import type { ReadLimits } from './read-limits';
import { TableReadError } from './table-read-error';

/** `rows[0]` is the header, at file row `headerRow`. */
export function assertWithinLimits(
  rows: string[][],
  headerRow: number,
  limits: ReadLimits,
  fileName: string,
): void {
  if (rows.length - 1 > limits.maxRows) {
    throw new TableReadError('import.tooManyRows', { fileName, limit: limits.maxRows });
  }
  // Plain loops: this looks at every cell of the file (600,000 in a 10,000 × 60 export).
  for (let index = 0; index < rows.length; index++) {
    const cells = rows[index]!;
    if (cells.length > limits.maxColumns) {
      throw new TableReadError('import.tooManyColumns', { fileName, limit: limits.maxColumns });
    }
    for (let column = 0; column < cells.length; column++) {
      if (cells[column]!.length > limits.maxCellChars) {
        throw new TableReadError('import.cellTooLarge', {
          fileName,
          row: headerRow + index,
          column: columnLetter(column),
          limit: limits.maxCellChars,
        });
      }
    }
  }
}
