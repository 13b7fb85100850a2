import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readTable, TableReadError } from '@main/files/read-table';
import { buildZip, randomBytes } from './zip-builder';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

async function outcome(bytes: Uint8Array, fileName: string, options = {}): Promise<string> {
  try {
    await readTable(bytes, fileName, options);
    return 'ok';
  } catch (error) {
    if (error instanceof TableReadError) return error.key;
    throw error;
  }
}

async function smallWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Data');
  sheet.addRow(['Respondent', 'Afdeling', 'KK1', 'KK2', 'Opmerking']);
  for (let i = 1; i <= 30; i++)
    sheet.addRow([`R${i}`, 'Verkoop', (i % 5) + 1, ((i * 3) % 5) + 1, `tekst ${i}`]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('zip bombs are refused before exceljs unpacks them', () => {
  it('entries that declare more than the unpacked-size limit', async () => {
    const entries = Array.from({ length: 16 }, (_, i) => ({
      name: `xl/worksheets/sheet${i}.xml`,
      data: encode('<worksheet/>'),
      declaredSize: 20 * 1024 * 1024,
    }));
    const bytes = buildZip([{ name: 'xl/workbook.xml', data: encode('<workbook/>') }, ...entries]);
    expect(bytes.length).toBeLessThan(1024 * 1024);
    await expect(readTable(bytes, 'bomb.xlsx')).rejects.toMatchObject({
      key: 'import.zipBomb',
      params: { reason: 'it would unpack to more than 300 MB' },
    });
  });

  it('an entry packed far more tightly than any spreadsheet', async () => {
    const bytes = buildZip([
      { name: 'xl/workbook.xml', data: encode('<workbook/>') },
      { name: 'xl/worksheets/sheet1.xml', data: new Uint8Array(50 * 1024 * 1024) },
    ]);
    await expect(readTable(bytes, 'bomb.xlsx')).rejects.toMatchObject({
      key: 'import.zipBomb',
      params: { reason: expect.stringMatching(/sheet1\.xml is compressed \d+:1/) },
    });
  });

  it('an entry that unpacks to more than it declares', async () => {
    const bytes = buildZip([
      { name: 'xl/workbook.xml', data: encode('<workbook/>') },
      { name: 'xl/sharedStrings.xml', data: new Uint8Array(4 * 1024 * 1024), declaredSize: 1000 },
    ]);
    expect(await outcome(bytes, 'liar.xlsx')).toBe('import.zipBomb');
  });

  it('directory entries that share their data (overlapping-files bomb)', async () => {
    const bytes = buildZip(
      [
        { name: 'xl/workbook.xml', data: encode('<workbook/>') },
        { name: 'xl/worksheets/sheet1.xml', data: encode('<worksheet/>'.repeat(1000)) },
      ],
      { overlapping: [{ index: 1, name: 'xl/worksheets/sheet2.xml' }] },
    );
    expect(await outcome(bytes, 'overlap.xlsx')).toBe('import.zipBomb');
  });

  it('too many entries', async () => {
    const entries = Array.from({ length: 50 }, (_, i) => ({
      name: `f${i}.xml`,
      data: encode('x'),
    }));
    expect(await outcome(buildZip(entries), 'many.xlsx', { maxZipEntries: 20 })).toBe(
      'import.zipBomb',
    );
  });

  it('names the problem in English for logs and the command line', async () => {
    const bytes = buildZip([
      { name: 'xl/workbook.xml', data: encode('<workbook/>') },
      { name: 'xl/sharedStrings.xml', data: new Uint8Array(4 * 1024 * 1024), declaredSize: 1000 },
    ]);
    await expect(readTable(bytes, 'liar.xlsx')).rejects.toThrow(/liar\.xlsx is refused as unsafe/);
  });
});

describe('broken workbooks', () => {
  it('a zip that is not a workbook (e.g. a .docx)', async () => {
    const bytes = buildZip([{ name: 'word/document.xml', data: encode('<w:document/>') }]);
    expect(await outcome(bytes, 'report.xlsx')).toBe('import.xlsxUnreadable');
  });

  it('a truncated workbook', async () => {
    const workbook = await smallWorkbook();
    expect(await outcome(workbook.subarray(0, workbook.length >> 1), 'cut.xlsx')).toBe(
      'import.xlsxUnreadable',
    );
  });

  it('a workbook with garbled XML', async () => {
    const bytes = buildZip([
      { name: '[Content_Types].xml', data: encode('<Types') },
      { name: 'xl/workbook.xml', data: encode('<<<not xml') },
    ]);
    expect(['import.xlsxUnreadable', 'import.noWorksheet']).toContain(
      await outcome(bytes, 'garbled.xlsx'),
    );
  });
});

describe('binary garbage', () => {
  it('random bytes are not text', async () => {
    expect(await outcome(randomBytes(4096, 1), 'export.csv')).toBe('import.notText');
  });

  it('a NUL byte in otherwise normal text', async () => {
    expect(await outcome(encode('KK1,KK2\n4,\u00005\n'), 'export.csv')).toBe('import.notText');
  });

  it('UTF-16 without its byte order mark', async () => {
    const text = 'KK1,KK2\r\n4,5\r\n';
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) bytes[i * 2] = text.charCodeAt(i);
    expect(await outcome(bytes, 'export.csv')).toBe('import.notText');
  });

  it('an image renamed to .csv', async () => {
    const png = new Uint8Array([
      0x89,
      0x50,
      0x4e,
      0x47,
      0x0d,
      0x0a,
      0x1a,
      0x0a,
      ...randomBytes(2000, 9),
    ]);
    expect(await outcome(png, 'export.csv')).toBe('import.notText');
  });
});

describe('a generated corpus of 240 malformed files', () => {
  // Every file must end in a Table or a TableReadError with a key; never another exception.
  it('answers every file with a table or a clear error', async () => {
    const workbook = await smallWorkbook();
    const files: { name: string; bytes: Uint8Array }[] = [];
    for (let seed = 1; seed <= 60; seed++) {
      files.push({ name: `garbage-${seed}.csv`, bytes: randomBytes(64 + seed * 37, seed) });
    }
    for (let i = 1; i <= 60; i++) {
      const at = Math.floor((workbook.length * i) / 61);
      files.push({ name: `truncated-${i}.xlsx`, bytes: workbook.subarray(0, at) });
    }
    for (let i = 0; i < 60; i++) {
      const flipped = workbook.slice();
      const noise = randomBytes(8, 1000 + i);
      const at = Math.floor((flipped.length * (i + 0.5)) / 60);
      flipped.set(noise.subarray(0, Math.min(8, flipped.length - at)), at);
      files.push({ name: `flipped-${i}.xlsx`, bytes: flipped });
    }
    const csvShapes = [
      'a,b,c\n1,2\n1,2,3,4,5\n',
      '"a","b\n1,2\n',
      'a;b\n"x""y";"z\n',
      '\uFEFF\uFEFFa,b\n1,2\n',
      ';;;\n;;;\n',
      "=cmd|' /C calc'!A0,b\n+1,-2\n",
      'a\tb\r1\t2\r',
      `a,b\n${'"'.repeat(1001)}\n`,
    ];
    for (let i = 0; i < 60; i++) {
      const base = encode(csvShapes[i % csvShapes.length]!);
      const noise = randomBytes(i, 5000 + i).map((byte) => (byte % 2 === 0 ? 0x2c : byte));
      files.push({ name: `shape-${i}.csv`, bytes: new Uint8Array([...base, ...noise]) });
    }
    expect(files.length).toBeGreaterThanOrEqual(240);
    const keys = new Map<string, number>();
    for (const file of files) {
      const key = await outcome(file.bytes, file.name);
      keys.set(key, (keys.get(key) ?? 0) + 1);
    }
    expect(keys.get('import.notText')).toBeGreaterThanOrEqual(55);
    expect(keys.get('import.xlsxUnreadable')).toBeGreaterThanOrEqual(60);
  });
});
