import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readTable } from '@main/files/read-table';
import { toCsv, toXlsx } from '@main/files/write-table';
import { neutraliseCell } from '@shared/import/neutralise';

const ATTACK = "=cmd|' /C calc'!A0";

describe('neutraliseCell', () => {
  it.each([
    [ATTACK, `'${ATTACK}`],
    ['+31 6 12345678', "'+31 6 12345678"],
    ['-2', "'-2"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    // The tab or line break could start a new cell in a reader that splits there.
    ['\t=1+1', "'\t'=1+1"],
    ['\r=1+1', "'\r'=1+1"],
    ['＝1+1', "'＝1+1"],
    ['Goede sessie', 'Goede sessie'],
    ['3 = prima', '3 = prima'],
    ['', ''],
  ])('%j → %j', (input, output) => {
    expect(neutraliseCell(input)).toBe(output);
  });
});

describe('toCsv', () => {
  it('neutralises formulas in headers and cells but keeps numbers numeric', () => {
    const csv = toCsv(
      ['Code', ATTACK],
      [
        ['R001', ATTACK],
        ['R002', -1.5],
        ['R003', 4],
      ],
      { bom: false },
    );
    expect(csv).toBe(`Code,'${ATTACK}\r\nR001,'${ATTACK}\r\nR002,-1.5\r\nR003,4\r\n`);
  });

  it('writes a BOM, semicolons and decimal commas for Dutch Excel', () => {
    const csv = toCsv(['Dimensie', 'Gemiddelde'], [['Klantkennis; intern', 3.25]], {
      delimiter: ';',
    });
    expect(csv).toBe('\uFEFFDimensie;Gemiddelde\r\n"Klantkennis; intern";3,25\r\n');
  });

  it('quotes delimiters, quotes and line breaks so the file reads back identically', async () => {
    const rows = [['R001', 'Productie "luistert"; niet altijd', 'regel 1\nregel 2', 4, null, true]];
    const csv = toCsv(['Code', 'Opmerking', 'Meer', 'KK1', 'KK2', 'Vink'], rows, {
      delimiter: ';',
      bom: true,
    });
    const table = await readTable(new TextEncoder().encode(csv), 'export.csv');
    expect(table.encoding).toBe('utf-8-bom');
    expect(table.delimiter).toBe(';');
    expect(table.rows).toEqual([
      ['R001', 'Productie "luistert"; niet altijd', 'regel 1\nregel 2', '4', '', 'TRUE'],
    ]);
  });
});

describe('toXlsx', () => {
  it('neutralises formulas, keeps numbers numeric and writes one sheet per table', async () => {
    const bytes = await toXlsx([
      {
        name: 'Antwoorden',
        headers: ['Code', 'KK1', 'Opmerking'],
        rows: [
          ['R001', 4, ATTACK],
          ['R002', -2, '-2'],
        ],
      },
      {
        name: 'Codeboek: items/schaal',
        headers: ['Code', 'Tekst'],
        rows: [['KK1', 'We weten waarom…']],
      },
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Antwoorden',
      'Codeboek  items schaal',
    ]);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getCell('B2').value).toBe(4);
    expect(sheet.getCell('B2').type).toBe(ExcelJS.ValueType.Number);
    expect(sheet.getCell('B3').value).toBe(-2);
    expect(sheet.getCell('C2').value).toBe(`'${ATTACK}`);
    expect(sheet.getCell('C2').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell('C3').value).toBe("'-2");
    const table = await readTable(bytes, 'export.xlsx');
    expect(table.rows).toEqual([
      ['R001', '4', `'${ATTACK}`],
      ['R002', '-2', "'-2"],
    ]);
  });

  it('makes sheet names Excel accepts: short, unique, without forbidden characters', async () => {
    const long = 'Resultaten per afdeling en dimensie';
    const bytes = await toXlsx([
      { name: long, headers: ['a'], rows: [] },
      { name: long, headers: ['a'], rows: [] },
      { name: '', headers: ['a'], rows: [] },
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    const names = workbook.worksheets.map((s) => s.name);
    expect(names).toEqual([
      'Resultaten per afdeling en dime',
      'Resultaten per afdeling en  (2)',
      'Sheet3',
    ]);
    expect(names.every((n) => n.length <= 31)).toBe(true);
  });
});
