/**
 * Text a client typed (a survey comment, a quote, a group or theme name) can start with = + - @
 * and would run as a formula when the consultant opens an export in Excel. Such text is stored
 * exactly as typed and written neutralised ('=…) in every CSV and XLSX the app produces.
 */
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { contract, type CallArg } from '@shared/ipc';
import type { FileDownload } from '@shared/ipc/files';
import { createSampleEngagement } from '@main/core/sample/sample-engagement';
import { testDispatcher } from '@test/support/dispatcher';
import { tempWorkspace } from '@test/support/temp-workspace';

const PAYLOADS = [
  "=cmd|' /C calc'!A0",
  '=HYPERLINK("http://evil.example","klik hier")',
  '+31 6 1234 5678',
  '-2+3',
  '@SUM(A1:A9)',
  '\t=1+1',
  '＝1+1',
];
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** Export calls whose files are not spreadsheets (JSON, encrypted archives, REFI-QDA XML). */
const NOT_TABULAR = new Set([
  'instruments.exportFile',
  'exchange.export',
  'archives.export',
  'archives.exportAndRemove',
]);

const PLAIN_NUMBER = /^-?\d+(?:[.,]\d+)?(?:e-?\d+)?$/i;

async function cellsOf(file: FileDownload): Promise<unknown[]> {
  if (/\.csv$/.test(file.fileName)) {
    const text = new TextDecoder().decode(file.bytes).replace(/^\uFEFF/, '');
    return (Papa.parse<string[]>(text, { skipEmptyLines: true }).data ?? []).flat();
  }
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(file.bytes) as unknown as ArrayBuffer);
  const cells: unknown[] = [];
  book.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        expect(cell.type, `${sheet.name}!${cell.address}`).not.toBe(ExcelJS.ValueType.Formula);
        cells.push(cell.value);
      }),
    ),
  );
  return cells;
}

describe('formula injection', () => {
  it('is neutralised in every CSV and XLSX export', async () => {
    const workspace = tempWorkspace();
    const { call } = testDispatcher(workspace);
    const sample = createSampleEngagement(workspace, 'nl');
    const engagementId = sample.id;
    const [instrument] = workspace.instruments.forEngagement(engagementId);
    const openItem = workspace.instruments
      .get(instrument!.id)
      .instrument.items.find((item) => item.kind === 'open');
    expect(openItem).toBeDefined();
    await call('groups.save', {
      engagementId,
      group: { name: '=HYPERLINK("http://evil.example")', kind: 'department' },
    });
    const group = workspace.engagements.get(engagementId).groups.at(-1)!;
    for (const [index, payload] of PAYLOADS.entries()) {
      await call('respondents.save', {
        engagementId,
        instrumentId: instrument!.id,
        code: `+X${index}`,
        groupId: group.id,
        role: '@teamleider',
        answers: { [openItem!.code]: payload },
      });
    }
    const [interview] = workspace.interviews.list(engagementId);
    const themes = await call('interviews.themes.save', {
      engagementId,
      theme: { name: '-Levering +1', description: '=1+1', colour: '#0072B2' },
    });
    for (const payload of PAYLOADS) {
      await call('interviews.quotes.create', {
        interviewId: interview!.id,
        sectionKey: 'free',
        text: `${payload} zei de klant`,
        themeIds: [themes.at(-1)!.id],
      });
    }
    // Stored exactly as typed.
    const stored = workspace.respondents
      .list(engagementId, instrument!.id)
      .map((r) => r.answers[openItem!.code]);
    for (const payload of PAYLOADS.filter((p) => !p.startsWith('\t')))
      expect(stored).toContain(payload);

    const normSetId = workspace.benchmarks.listNormSets()[0]!.id;
    type ExportCall = 'exports.responses' | 'interviews.export' | 'norms.export' | 'gaps.export';
    const exports: [ExportCall, CallArg<ExportCall>][] = [
      ['exports.responses', { engagementId, instrumentId: instrument!.id, format: 'csv' }],
      ['exports.responses', { engagementId, instrumentId: instrument!.id, format: 'xlsx' }],
      ['interviews.export', { engagementId, table: 'quotes', format: 'csv' }],
      ['interviews.export', { engagementId, table: 'quotes', format: 'xlsx' }],
      ['interviews.export', { engagementId, table: 'codebook', format: 'csv' }],
      ['interviews.export', { engagementId, table: 'codebook', format: 'xlsx' }],
      ['norms.export', { id: normSetId, format: 'csv' }],
      ['gaps.export', { engagementId, format: 'csv' }],
      ['gaps.export', { engagementId, format: 'xlsx' }],
    ];
    // A new export in the contract must be added here (or to NOT_TABULAR with a reason).
    const covered = new Set<string>(exports.map(([name]) => name));
    const uncovered = Object.keys(contract).filter(
      (name) => /export/i.test(name) && !covered.has(name) && !NOT_TABULAR.has(name),
    );
    expect(uncovered).toEqual([]);

    let payloadCells = 0;
    for (const [name, arg] of exports) {
      const file = await call(name, arg);
      for (const cell of await cellsOf(file)) {
        // A negative number in a CSV ("-1,35") is a number to Excel, not a formula.
        if (typeof cell !== 'string' || PLAIN_NUMBER.test(cell)) continue;
        expect(cell, `${name} ${file.fileName}`).not.toMatch(FORMULA_START);
        if (/^'[=+\-@＝]|calc|evil\.example/.test(cell)) payloadCells++;
      }
    }
    // The payloads did reach the files (neutralised), so the check above was not vacuous.
    expect(payloadCells).toBeGreaterThanOrEqual(PAYLOADS.length * 2);
  });
});
