/**
 * The first visible worksheet of an XLSX workbook as rows of text, read with exceljs after the
 * zip guard has checked the file. Numbers keep their value ("4", "3.5"), dates become ISO
 * dates, formulas give their cached result, rich text its plain text.
 */
// exceljs costs ~35 MB once loaded: load it only when a spreadsheet is actually read/written.
import type ExcelJS from 'exceljs';
import type { ReadLimits } from './read-limits';
import { TableReadError } from './table-read-error';
import { assertSafeZip } from './zip-guard';

export interface ParsedSheet {
  /** Row `i` is worksheet row `i + 1`; rows without values are empty arrays. */
  records: string[][];
  sheetName: string;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Excel has no time zones: exceljs hands out the wall-clock time as UTC. */
function isoDate(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const seconds = date.getUTCHours() * 3600 + date.getUTCMinutes() * 60 + date.getUTCSeconds();
  if (seconds === 0 && date.getUTCMilliseconds() === 0) return day;
  return `${day}T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
}

export function cellText(value: ExcelJS.CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return isoDate(value);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    return cellText((value as { result?: ExcelJS.CellValue }).result);
  }
  if ('error' in value) return value.error;
  if ('text' in value) return cellText(value.text as ExcelJS.CellValue);
  return '';
}

function pickWorksheet(
  workbook: ExcelJS.Workbook,
  sheetName: string | undefined,
): ExcelJS.Worksheet | undefined {
  if (sheetName !== undefined) return workbook.getWorksheet(sheetName);
  return workbook.worksheets.find((sheet) => sheet.state === 'visible') ?? workbook.worksheets[0];
}

export async function readXlsx(
  bytes: Uint8Array,
  fileName: string,
  limits: ReadLimits,
  sheetName?: string,
): Promise<ParsedSheet> {
  const entries = await assertSafeZip(bytes, fileName, limits);
  if (!entries.some((entry) => entry.name === 'xl/workbook.xml')) {
    throw new TableReadError('import.xlsxUnreadable', { fileName, reason: 'it has no workbook' });
  }
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new TableReadError('import.xlsxUnreadable', { fileName, reason: '' }, { cause: error });
  }
  const sheet = pickWorksheet(workbook, sheetName);
  if (!sheet) throw new TableReadError('import.noWorksheet', { fileName, sheet: sheetName ?? '' });

  const records: string[][] = [];
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber - 1 > limits.maxRows + 1) {
      throw new TableReadError('import.tooManyRows', { fileName, limit: limits.maxRows });
    }
    const values = row.values as ExcelJS.CellValue[];
    if (values.length - 1 > limits.maxColumns) {
      throw new TableReadError('import.tooManyColumns', { fileName, limit: limits.maxColumns });
    }
    const cells: string[] = [];
    for (let column = 1; column < values.length; column++) cells.push(cellText(values[column]));
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    while (records.length < rowNumber - 1) records.push([]);
    records.push(cells);
  });
  return { records, sheetName: sheet.name };
}
