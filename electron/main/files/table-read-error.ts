/**
 * The one error `readTable` throws: a message key for the UI (Dutch/English), its parameters,
 * and an English message for logs and the command line. It is an AppError, so the IPC
 * dispatcher hands key and params to the renderer as it does for any expected failure.
 */
import { AppError } from '@shared/ipc/errors';

export type TableReadErrorKey =
  | 'import.tooLarge'
  | 'import.emptyFile'
  | 'import.notText'
  | 'import.zipBomb'
  | 'import.xlsxUnreadable'
  | 'import.xlsOrEncrypted'
  | 'import.noWorksheet'
  | 'import.unclosedQuote'
  | 'import.cellTooLarge'
  | 'import.tooManyRows'
  | 'import.tooManyColumns';

export type TableReadErrorParams = Record<string, string | number>;

const MESSAGES: Record<TableReadErrorKey, (p: TableReadErrorParams) => string> = {
  'import.tooLarge': (p) =>
    `${p.fileName} is ${mb(p.size)} MB; files larger than ${mb(p.limit)} MB cannot be imported.`,
  'import.emptyFile': (p) => `${p.fileName} is empty.`,
  'import.notText': (p) =>
    `${p.fileName} is not a CSV text file or an Excel workbook (it contains binary data).`,
  'import.zipBomb': (p) =>
    `${p.fileName} is refused as unsafe: it looks like a zip bomb (${p.reason}).`,
  'import.xlsxUnreadable': (p) =>
    `${p.fileName} cannot be read as an Excel workbook (.xlsx)${p.reason ? `: ${p.reason}` : ''}.`,
  'import.xlsOrEncrypted': (p) =>
    `${p.fileName} is an old Excel file (.xls) or a password-protected workbook. ` +
    'Save it in Excel as .xlsx without a password, or as CSV, and import that.',
  'import.noWorksheet': (p) => `${p.fileName} has no worksheet${p.sheet ? ` "${p.sheet}"` : ''}.`,
  'import.unclosedQuote': (p) =>
    `${p.fileName}: the quoted cell that starts in row ${p.row} is never closed.`,
  'import.cellTooLarge': (p) =>
    `${p.fileName}: the cell in row ${p.row}, column ${p.column} has more than ${p.limit} characters.`,
  'import.tooManyRows': (p) => `${p.fileName} has more than ${p.limit} rows.`,
  'import.tooManyColumns': (p) => `${p.fileName} has more than ${p.limit} columns.`,
};

function mb(bytes: string | number | undefined): string {
  return (Number(bytes) / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');
}

export class TableReadError extends AppError {
  declare readonly key: TableReadErrorKey;

  constructor(key: TableReadErrorKey, params: TableReadErrorParams, options?: { cause?: unknown }) {
    super(key, params);
    this.name = 'TableReadError';
    this.message = MESSAGES[key](params);
    if (options?.cause !== undefined) this.cause = options.cause;
  }
}
