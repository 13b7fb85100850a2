/**
 * `analyze` reads a survey export's cells once: it makes the app's preview without first scanning
 * every cell for answer labels, and scans for them only when the preview meets one. Its preview —
 * and so its matrix, its warnings and every row/column message it refuses a file with — must be
 * the app's own (labels scanned first) on ordinary, quoted, BOM, semicolon, label-coded and
 * malformed files.
 */
import { describe, expect, it } from 'vitest';
import { analyzeMapping, loadInstrument, matrixOfRows, previewOfTable } from '@main/cli/analyze';
import { readTable } from '@main/files/read-table';
import { importRespondents, previewImport } from '@shared/import';
import type { Instrument } from '@shared/questionnaire/instrument';

const MINI = 'test/fixtures/samples/mini-scan.instrument.json';

async function compare(instrument: Instrument, name: string, text: string, group?: string) {
  const table = await readTable(Buffer.from(text, 'utf8'), name);
  const app = analyzeMapping(table, instrument, group, { withLabels: true });
  const expected = previewImport(table, app.mapping, instrument, app.groups, app.options);
  const { preview } = previewOfTable(table, instrument, group);
  expect(preview).toEqual(expected);
  return preview;
}

/** Rows of the mini scan: id, department, then every statement's answer from `answer`. */
function exportOf(
  codes: string[],
  rows: number,
  answer: (r: number, i: number) => string,
  { delimiter = ',', head = ['Id', 'Afdeling'] } = {},
): string {
  const lines = [[...head, ...codes].join(delimiter)];
  for (let r = 0; r < rows; r++) {
    const cells = codes.map((_, i) => answer(r, i));
    lines.push([`R${r + 1}`, ['Productie', 'Verkoop'][r % 2]!, ...cells].join(delimiter));
  }
  return `${lines.join('\n')}\n`;
}

describe('analyze reads the cells once, with the same preview as the app', () => {
  it('is the same on ordinary, quoted, BOM and semicolon files', async () => {
    const instrument = await loadInstrument(MINI);
    const codes = instrument.items.filter((i) => i.kind !== 'open').map((i) => i.code);
    const digit = (r: number, i: number) => String(1 + ((r * 3 + i) % 5));
    const ordinary = await compare(instrument, 'a.csv', exportOf(codes, 12, digit), 'Afdeling');
    expect(ordinary.summary.respondents).toBe(12);
    expect(ordinary.problems).toEqual([]);
    const quoted = exportOf(codes, 12, (r, i) => (i % 3 === 0 ? `"${digit(r, i)}"` : digit(r, i)), {
      head: ['Id', '"Afdeling, team"'],
    }).replace(/^(R\d+),/gm, '"$1, ""x""",');
    await compare(instrument, 'b.csv', quoted, 'Afdeling, team');
    await compare(instrument, 'c.csv', `\uFEFF${exportOf(codes, 12, digit)}`, 'Afdeling');
    await compare(
      instrument,
      'd.csv',
      exportOf(codes, 12, (r, i) => (i === 1 ? `${digit(r, i)},0` : digit(r, i)), {
        delimiter: ';',
      }),
      'Afdeling',
    );
    // No group column named: the app's own pick, or everyone in one group.
    await compare(instrument, 'e.csv', exportOf(codes, 12, digit));
  });

  it('is the same on a label-coded file (then it scans for the labels)', async () => {
    const instrument = await loadInstrument(MINI);
    const codes = instrument.items.filter((i) => i.kind !== 'open').map((i) => i.code);
    const labels = [
      'Helemaal mee oneens',
      'Mee oneens',
      'Neutraal',
      'Mee eens',
      'Helemaal mee eens',
    ];
    const preview = await compare(
      instrument,
      'labels.csv',
      exportOf(codes, 10, (r, i) => (i % 2 === 0 ? labels[(r + i) % 5]! : String(1 + (r % 5)))),
      'Afdeling',
    );
    expect(preview.problems).toEqual([]);
    expect(preview.summary.answers).toBe(10 * codes.length);
    // A label nobody knows stays an unknown label, named with its row and column.
    const unknown = await compare(
      instrument,
      'unknown.csv',
      exportOf(codes, 6, (r, i) => (r === 2 && i === 1 ? 'Soms' : String(1 + (i % 5)))),
      'Afdeling',
    );
    expect(unknown.problems.map((p) => [p.kind, p.row, p.columnLetter])).toEqual([
      ['unknownLabel', 4, 'D'],
    ]);
  });

  it('is the same on malformed files: repeated ids, off-scale, ragged, empty rows, decimals', async () => {
    const instrument = await loadInstrument(MINI);
    const codes = instrument.items.filter((i) => i.kind !== 'open').map((i) => i.code);
    const text = exportOf(codes, 8, (r, i) =>
      r === 1 && i === 0 ? '7' : r === 2 && i === 2 ? '2.5' : r === 3 && i === 3 ? '' : '3',
    )
      .replace('\nR5,', '\nR4,')
      .replace(/\nR6,([^\n]*),3\n/, '\nR6,$1\n')
      .replace('\nR7,', '\n,,,\nR7,');
    const preview = await compare(instrument, 'bad.csv', text, 'Afdeling');
    expect(new Set(preview.problems.map((p) => p.kind))).toEqual(
      new Set(['outOfRange', 'notWholeNumber', 'duplicateCode', 'raggedRow', 'emptyRow']),
    );
  });

  it("takes the preview's array as the matrix when its columns are the statements", () => {
    const rows = {
      itemCodes: ['A', 'B'],
      values: Float64Array.from([1, 2, NaN, 4]),
      codes: ['R1', 'R2'],
      groupIds: ['x', 'y'],
      fileRows: Int32Array.from([2, 3]),
      generatedCodes: new Int32Array(0),
      openAnswers: [],
    };
    const matrix = matrixOfRows(rows, ['A', 'B'], ['y', 'x']);
    const respondents = importRespondents(rows);
    expect(Array.from(matrix.values)).toEqual(
      respondents.flatMap((r) => [r.answers.A ?? NaN, r.answers.B ?? NaN]),
    );
    expect(Array.from(matrix.groupOf)).toEqual([1, 0]);
  });
});
