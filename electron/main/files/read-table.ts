/**
 * Reads a survey export (CSV in any of the encodings and delimiters survey tools and Excel
 * write, or an XLSX workbook) into a Table for the import preview. Every way a file can be
 * broken or hostile ends in a TableReadError with a message key, never in a crash or a hang.
 */
import type { Table } from '@shared/import/table';
import { decodeText } from './decode-text';
import { parseCsv } from './parse-csv';
import { DEFAULT_READ_LIMITS, type ReadLimits } from './read-limits';
import { assertWithinLimits } from './table-limits';
import { TableReadError } from './table-read-error';

export type { Table } from '@shared/import/table';
export { TableReadError } from './table-read-error';
export type { TableReadErrorKey } from './table-read-error';
export { DEFAULT_READ_LIMITS } from './read-limits';
export type { ReadLimits } from './read-limits';

export interface ReadTableOptions extends Partial<ReadLimits> {
  /** XLSX: the worksheet to read; default the first visible one. */
  sheetName?: string;
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP_SIGNATURE = [0x50, 0x4b, 0x05, 0x06];
// Compound File Binary: .xls, and also any password-protected .xlsx.
const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const WORKBOOK_EXTENSION = /\.(xlsx|xlsm|xls)$/i;

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

function isBlank(record: string[]): boolean {
  return record.every((cell) => cell.trim() === '');
}

/** The first non-blank record is the header; the rest, empty rows included, are data. */
function toTable(
  records: string[][],
  fileName: string,
  limits: ReadLimits,
  format: Pick<Table, 'encoding' | 'delimiter' | 'sheetName'>,
): Table {
  const headerIndex = records.findIndex((record) => !isBlank(record));
  if (headerIndex < 0) throw new TableReadError('import.emptyFile', { fileName });
  const used = headerIndex === 0 ? records : records.slice(headerIndex);
  const headerRow = headerIndex + 1;
  assertWithinLimits(used, headerRow, limits, fileName);
  // Not `[header, ...rows] = used`: a fresh process walks a rest pattern element by element,
  // milliseconds for a file of thousands of rows.
  const header = used[0] ?? [];
  const rows = used.slice(1);
  const table: Table = { headers: header.map((cell) => cell.trim()), rows, ...format };
  if (headerRow !== 1) table.headerRow = headerRow;
  return table;
}

export async function readTable(
  bytes: Uint8Array,
  fileName: string,
  options: ReadTableOptions = {},
): Promise<Table> {
  const { sheetName, ...limitOverrides } = options;
  const limits: ReadLimits = { ...DEFAULT_READ_LIMITS, ...limitOverrides };
  if (bytes.length > limits.maxBytes) {
    throw new TableReadError('import.tooLarge', {
      fileName,
      size: bytes.length,
      limit: limits.maxBytes,
    });
  }
  if (bytes.length === 0) throw new TableReadError('import.emptyFile', { fileName });

  if (startsWith(bytes, ZIP_SIGNATURE) || startsWith(bytes, EMPTY_ZIP_SIGNATURE)) {
    // Loaded only for a workbook: a CSV (every `klantspiegel analyze` of an export) does without
    // the zip guard and its zlib.
    const { readXlsx } = await import('./read-xlsx');
    const sheet = await readXlsx(bytes, fileName, limits, sheetName);
    return toTable(sheet.records, fileName, limits, {
      encoding: 'xlsx',
      sheetName: sheet.sheetName,
    });
  }
  if (startsWith(bytes, CFB_SIGNATURE)) {
    throw new TableReadError('import.xlsOrEncrypted', { fileName });
  }
  if (WORKBOOK_EXTENSION.test(fileName)) {
    throw new TableReadError('import.xlsxUnreadable', { fileName, reason: 'it is not a zip file' });
  }
  const { text, encoding } = decodeText(bytes, fileName);
  // Excel saves blank rows as bare delimiters.
  if (/^[\s,;"]*$/.test(text)) throw new TableReadError('import.emptyFile', { fileName });
  const { records, delimiter } = parseCsv(text, fileName);
  return toTable(records, fileName, limits, { encoding, delimiter });
}
