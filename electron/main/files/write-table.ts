/**
 * Writing responses and scores as CSV or XLSX. Every text cell goes through `neutraliseCell`
 * (shared/import/neutralise.ts), so a survey answer such as `=cmd|' /C calc'!A0` is shown as text
 * and never run as a formula, whichever separator the spreadsheet reading the CSV assumes.
 * Numbers stay numbers.
 */
// exceljs costs ~35 MB once loaded: load it only when a spreadsheet is actually read/written.
import type ExcelJS from 'exceljs';
import { csvPlainField, csvTextField, neutraliseCell } from '@shared/import/neutralise';

/** The media type of the .xlsx files toXlsx writes. */
export const XLSX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type OutputCell = string | number | boolean | Date | null | undefined;

export interface CsvOptions {
  /** Default ','. Dutch Excel opens ';' files directly. */
  delimiter?: ',' | ';' | '\t';
  /** Write a UTF-8 byte order mark so Excel reads accents correctly (default true). */
  bom?: boolean;
  /** Write 3,5 instead of 3.5 (default: when the delimiter is ';', as Dutch Excel expects). */
  decimalComma?: boolean;
  /** Default CRLF, what Excel writes and expects. */
  lineEnding?: '\r\n' | '\n';
}

export interface SheetData {
  name: string;
  headers: string[];
  rows: OutputCell[][];
}

function csvField(cell: OutputCell, delimiter: string, decimalComma: boolean): string {
  if (typeof cell === 'string') return csvTextField(cell);
  if (cell === null || cell === undefined) return '';
  let text: string;
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return '';
    text = decimalComma ? String(cell).replace('.', ',') : String(cell);
  } else if (typeof cell === 'boolean') text = cell ? 'TRUE' : 'FALSE';
  else text = Number.isNaN(cell.getTime()) ? '' : cell.toISOString();
  return csvPlainField(text, delimiter);
}

/** The CSV as a string, to be written to disk as UTF-8 (its BOM, if any, is the first char). */
export function toCsv(headers: string[], rows: OutputCell[][], options: CsvOptions = {}): string {
  const delimiter = options.delimiter ?? ',';
  const decimalComma = options.decimalComma ?? delimiter === ';';
  const lineEnding = options.lineEnding ?? '\r\n';
  const line = (cells: OutputCell[]): string =>
    cells.map((cell) => csvField(cell, delimiter, decimalComma)).join(delimiter);
  const lines = [line(headers), ...rows.map(line)];
  return `${options.bom === false ? '' : '\uFEFF'}${lines.join(lineEnding)}${lineEnding}`;
}

const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/g;
const SHEET_NAME_MAX = 31;

/** Excel refuses sheet names over 31 characters, with []:*?/\ or used twice. */
function sheetNames(names: string[]): string[] {
  const used = new Set<string>();
  return names.map((name, index) => {
    const cleaned = name
      .replace(SHEET_NAME_FORBIDDEN, ' ')
      .replace(/^'+|'+$/g, '')
      .trim();
    const base = cleaned.slice(0, SHEET_NAME_MAX) || `Sheet${index + 1}`;
    let candidate = base;
    for (let n = 2; used.has(candidate.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      candidate = base.slice(0, SHEET_NAME_MAX - suffix.length) + suffix;
    }
    used.add(candidate.toLowerCase());
    return candidate;
  });
}

function xlsxValue(cell: OutputCell): ExcelJS.CellValue {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  if (typeof cell === 'boolean' || cell instanceof Date) return cell;
  return neutraliseCell(cell, 'xlsx');
}

export async function toXlsx(sheets: SheetData[]): Promise<Uint8Array> {
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  const names = sheetNames(sheets.map((sheet) => sheet.name));
  sheets.forEach((sheet, index) => {
    const worksheet = workbook.addWorksheet(names[index], {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    worksheet.addRow(sheet.headers.map((header) => neutraliseCell(header, 'xlsx'))).font = {
      bold: true,
    };
    for (const row of sheet.rows) worksheet.addRow(row.map(xlsxValue));
    (worksheet.columns ?? []).forEach((column, columnIndex) => {
      const header = sheet.headers[columnIndex] ?? '';
      column.width = Math.min(60, Math.max(10, header.length + 2));
    });
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
