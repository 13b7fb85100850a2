/**
 * A survey export as rows of text, whatever file it came from (CSV or XLSX).
 *
 * Produced by the Node-side reader (electron/main/files/read-table.ts); everything in
 * shared/import works only with this shape, so it runs in the main process, a worker, the CLI
 * and tests alike.
 */
export type TableEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'windows-1252' | 'xlsx';
export type TableDelimiter = ',' | ';' | '\t';

export interface Table {
  /** Header cells, trimmed. Columns are identified by index: headers may repeat or be empty. */
  headers: string[];
  /**
   * Data rows in file order, cells as text (untrimmed). Rows may be shorter or longer than
   * `headers` (ragged) and may be empty: they are kept so that row numbers match the file.
   */
  rows: string[][];
  encoding: TableEncoding;
  delimiter?: TableDelimiter;
  /**
   * 1-based row of the header as the consultant sees it in a spreadsheet (default 1). Data row
   * `i` is row `headerRow + 1 + i`. A CSV record with a line break inside a quoted cell is one
   * row, as Excel shows it.
   */
  headerRow?: number;
  /** XLSX only: the worksheet that was read. */
  sheetName?: string;
}

/** The 1-based row number the consultant sees for data row `index` (0-based). */
export function fileRowNumber(table: Pick<Table, 'headerRow'>, index: number): number {
  return (table.headerRow ?? 1) + 1 + index;
}

/** Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  let n = index + 1;
  while (n > 0) {
    const remainder = (n - 1) % 26;
    letters = String.fromCharCode(65 + remainder) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
