import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readTable, TableReadError } from '@main/files/read-table';
import { fixtureBytes, sampleBytes } from './fixtures';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

async function readError(
  bytes: Uint8Array,
  fileName: string,
  options = {},
): Promise<TableReadError> {
  try {
    await readTable(bytes, fileName, options);
  } catch (error) {
    if (error instanceof TableReadError) return error;
    throw error;
  }
  throw new Error('expected a TableReadError');
}

describe('readTable on CSV', () => {
  it('reads the Dutch Excel export: Windows-1252, semicolons, CRLF, quoted cells', async () => {
    const table = await readTable(sampleBytes('dutch-excel-forms-export.csv'), 'export.csv');
    expect(table.encoding).toBe('windows-1252');
    expect(table.delimiter).toBe(';');
    expect(table.headers).toHaveLength(18);
    expect(table.headers[5]).toBe('We weten waarom klanten voor ons kiezen.');
    expect(table.headers[7]).toBe('Wat klanten echt willen, is bij ons vooral giswerk.');
    expect(table.rows).toHaveLength(24);
    expect(table.rows.every((row) => row.length === 18)).toBe(true);
    expect(table.rows[0]![3]).toBe('René de Vries');
    expect(table.rows[3]![3]).toBe('Søren Visser');
    const comments = table.rows.map((row) => row[17]);
    expect(comments[0]).toBe('Goede sessie; graag vaker');
    expect(comments[1]).toBe('Meer contact met klanten,\nvooral bij levering');
    expect(comments[5]).toBe('Productie "luistert" niet altijd');
    expect(comments[10]).toBe('');
  });

  it('reads the Google Forms export: UTF-8, commas', async () => {
    const table = await readTable(sampleBytes('google-forms-export.csv'), 'responses.csv');
    expect(table.encoding).toBe('utf-8');
    expect(table.delimiter).toBe(',');
    expect(table.headers[2]).toBe('We know why customers choose us. [KK1]');
    expect(table.rows).toHaveLength(18);
    expect(table.rows[0]).toEqual([
      '2026/11/12 10:00:00 AM GMT+1',
      'Production',
      '3',
      '4',
      '1',
      '4',
      '5',
      '5',
      '3',
      '4',
      '4',
      '3',
      '3',
      '2',
    ]);
  });

  it('strips a UTF-8 byte order mark and reports it', async () => {
    const table = await readTable(fixtureBytes('limesurvey-export.csv'), 'results.csv');
    expect(table.encoding).toBe('utf-8-bom');
    expect(table.headers[0]).toBe('id');
    expect(table.rows[1]![18]).toBe('Prima, "echt" goed');
  });

  it('decodes Windows-1252 é where UTF-8 decoding fails', async () => {
    const bytes = new Uint8Array([
      ...encode('Naam;Afdeling\r\nJos'),
      0xe9,
      ...encode(';Verkoop\r\n'),
    ]);
    const table = await readTable(bytes, 'a.csv');
    expect(table.encoding).toBe('windows-1252');
    expect(table.rows[0]).toEqual(['José', 'Verkoop']);
  });

  it('keeps UTF-8 é as UTF-8', async () => {
    const table = await readTable(encode('Naam,Afdeling\nJosé,Verkoop\n'), 'a.csv');
    expect(table.encoding).toBe('utf-8');
    expect(table.rows[0]![0]).toBe('José');
  });

  it('reads UTF-16 "Unicode text" as Excel saves it', async () => {
    const text = 'KK1\tAfdeling\r\n4\tVerkoop\r\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) bytes[2 + i * 2] = text.charCodeAt(i);
    const table = await readTable(bytes, 'export.txt');
    expect(table.encoding).toBe('utf-16le');
    expect(table.delimiter).toBe('\t');
    expect(table.rows).toEqual([['4', 'Verkoop']]);
  });

  it('detects a tab delimiter and keeps empty rows so row numbers match the file', async () => {
    const table = await readTable(fixtureBytes('generic-sheet.tsv'), 'sheet.tsv');
    expect(table.delimiter).toBe('\t');
    expect(table.headers.slice(0, 3)).toEqual(['Respondent', 'Groep', 'KK1']);
    expect(table.rows).toHaveLength(11);
    expect(table.rows[3]).toEqual(['']);
  });

  it('prefers the delimiter that splits rows consistently over commas inside texts', async () => {
    const csv = 'Id;Wat, vindt u;Hoe, echt, waar\n1;4;5\n2;3;"a; b"\n';
    const table = await readTable(encode(csv), 'a.csv');
    expect(table.delimiter).toBe(';');
    expect(table.rows[1]).toEqual(['2', '3', 'a; b']);
  });

  it('reads a single-column file', async () => {
    const table = await readTable(encode('KK1\n4\n5\n'), 'a.csv');
    expect(table.headers).toEqual(['KK1']);
    expect(table.rows).toEqual([['4'], ['5']]);
  });

  it('skips blank lines above the header and numbers rows from the file', async () => {
    const table = await readTable(encode('\n\nKK1,KK2\n4,5\n'), 'a.csv');
    expect(table.headerRow).toBe(3);
    expect(table.headers).toEqual(['KK1', 'KK2']);
  });

  it('returns ragged rows as they are, for the preview to report', async () => {
    const table = await readTable(encode('a,b,c\n1,2\n1,2,3,4\n'), 'a.csv');
    expect(table.rows).toEqual([
      ['1', '2'],
      ['1', '2', '3', '4'],
    ]);
  });
});

describe('readTable on XLSX', () => {
  async function workbookBytes(
    fill: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void,
  ): Promise<Uint8Array> {
    const workbook = new ExcelJS.Workbook();
    fill(workbook.addWorksheet('Antwoorden'), workbook);
    return new Uint8Array(await workbook.xlsx.writeBuffer());
  }

  it('reads numbers as their value, dates as ISO, formulas as their result', async () => {
    const bytes = await workbookBytes((sheet) => {
      sheet.addRow([
        'Timestamp',
        'Department',
        'We know why customers choose us. [KK1]',
        'Score',
        'Note',
      ]);
      sheet.addRow([
        new Date(Date.UTC(2026, 10, 12, 10, 0, 0)),
        'Sales',
        4,
        3.5,
        { richText: [{ text: 'Goed ' }, { text: 'zo' }] },
      ]);
      sheet.addRow([
        new Date(Date.UTC(2026, 10, 13)),
        'Production',
        5,
        { formula: 'C3*2', result: 10 },
        null,
      ]);
    });
    const table = await readTable(bytes, 'responses.xlsx');
    expect(table.encoding).toBe('xlsx');
    expect(table.delimiter).toBeUndefined();
    expect(table.sheetName).toBe('Antwoorden');
    expect(table.headers[2]).toBe('We know why customers choose us. [KK1]');
    expect(table.rows).toEqual([
      ['2026-11-12T10:00:00', 'Sales', '4', '3.5', 'Goed zo'],
      ['2026-11-13', 'Production', '5', '10'],
    ]);
  });

  it('keeps empty sheet rows so row numbers match the worksheet', async () => {
    const bytes = await workbookBytes((sheet) => {
      sheet.getCell('A2').value = 'KK1';
      sheet.getCell('A3').value = 4;
      sheet.getCell('A5').value = 5;
    });
    const table = await readTable(bytes, 'a.xlsx');
    expect(table.headerRow).toBe(2);
    expect(table.rows).toEqual([['4'], [], ['5']]);
  });

  it('reads the first visible worksheet, or the one asked for', async () => {
    const bytes = await workbookBytes((sheet, workbook) => {
      sheet.state = 'hidden';
      sheet.addRow(['hidden']);
      workbook.addWorksheet('Data').addRow(['KK1']);
      workbook.addWorksheet('Other').addRow(['KK2']);
    });
    expect((await readTable(bytes, 'a.xlsx')).headers).toEqual(['KK1']);
    expect((await readTable(bytes, 'a.xlsx', { sheetName: 'Other' })).headers).toEqual(['KK2']);
    expect((await readError(bytes, 'a.xlsx', { sheetName: 'Nope' })).key).toBe(
      'import.noWorksheet',
    );
  });

  it('treats a workbook renamed to .csv as a workbook', async () => {
    const bytes = await workbookBytes((sheet) => sheet.addRow(['KK1', 'KK2']));
    expect((await readTable(bytes, 'export.csv')).encoding).toBe('xlsx');
  });
});

describe('readTable refuses broken input with a message key', () => {
  it('an empty file', async () => {
    expect((await readError(new Uint8Array(), 'a.csv')).key).toBe('import.emptyFile');
    expect((await readError(encode(' \r\n\r\n;;;\r\n'), 'a.csv')).key).toBe('import.emptyFile');
  });

  it('a file over the size limit, before reading it', async () => {
    const error = await readError(new Uint8Array(50 * 1024 * 1024 + 1), 'big.csv');
    expect(error.key).toBe('import.tooLarge');
    expect(error.params).toMatchObject({ fileName: 'big.csv', limit: 50 * 1024 * 1024 });
    expect(error.message).toContain('50 MB');
  });

  it('a cell longer than Excel allows, naming row and column', async () => {
    const csv = `KK1,Opmerking\n4,kort\n5,${'x'.repeat(40_000)}\n`;
    const error = await readError(encode(csv), 'a.csv');
    expect(error.key).toBe('import.cellTooLarge');
    expect(error.params).toMatchObject({ row: 3, column: 'B' });
  });

  it('a quoted cell that is never closed', async () => {
    const error = await readError(encode('KK1,Opmerking\n4,"open\n5,ok\n'), 'a.csv');
    expect(error.key).toBe('import.unclosedQuote');
    expect(error.params.row).toBe(2);
  });

  it('too many rows or columns', async () => {
    const rows = `KK1\n${'4\n'.repeat(20)}`;
    expect((await readError(encode(rows), 'a.csv', { maxRows: 10 })).key).toBe(
      'import.tooManyRows',
    );
    const wide = `${Array.from({ length: 30 }, (_, i) => `c${i}`).join(',')}\n`;
    expect((await readError(encode(wide), 'a.csv', { maxColumns: 20 })).key).toBe(
      'import.tooManyColumns',
    );
  });

  it('an old .xls or password-protected workbook', async () => {
    const cfb = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const error = await readError(cfb, 'old.xls');
    expect(error.key).toBe('import.xlsOrEncrypted');
    expect(error.message).toContain('.xlsx');
  });

  it('a text file named .xlsx', async () => {
    expect((await readError(encode('KK1\n4\n'), 'a.xlsx')).key).toBe('import.xlsxUnreadable');
  });
});
