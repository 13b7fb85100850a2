import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { config as zodConfig } from 'zod';
import { analyze, InputError, matrixOfRows } from '@main/cli/analyze';
import { parseInstrumentFile } from '@shared/questionnaire/instrument-file';
import { importRespondents, type ImportRows } from '@shared/import';
import type { ResponseMatrix } from '@shared/scoring';
import { builtinInstruments } from '@main/core/content/builtin-content';
// The published JSON Schema lives in docs/, outside every aliased area.
// eslint-disable-next-line no-restricted-imports
import schema from '../../../docs/analysis.schema.json';
import { tempDir } from '@test/support/temp-workspace';

const MINI = 'test/fixtures/samples/mini-scan.instrument.json';

function csv(name: string, text: string): string {
  const file = join(tempDir(), name);
  writeFileSync(file, text);
  return file;
}

/** The built-in staff scan answered by six departments: a large analysis, as JSON. */
function scanExport(rows: number): string {
  const codes = builtinInstruments()[0]!
    .items.filter((item) => item.kind !== 'open')
    .map((item) => item.code);
  const lines = [['Id', 'Afdeling', ...codes].join(',')];
  for (let r = 0; r < rows; r++) {
    const answers = codes.map((_, i) => String(1 + ((r * 7 + i * 3) % 5)));
    lines.push([`R${r + 1}`, `Afdeling ${1 + (r % 6)}`, ...answers].join(','));
  }
  return `${lines.join('\n')}\n`;
}

describe('klantspiegel analyze', () => {
  it('analyses a Google Forms export per department, with every documented field', async () => {
    const { json } = await analyze({
      instrument: MINI,
      responses: 'test/fixtures/samples/google-forms-export.csv',
      groupColumn: 'Department',
      anonymityThreshold: 3,
    });
    expect(json.total?.respondents).toBe(18);
    expect(json.groups.map((group) => group.name)).toEqual(['Production', 'Sales', 'Management']);
    expect(json.comparisons).toHaveLength(3);
    const overall = json.comparisons[0]!.overall;
    for (const key of schema.$defs.gap.required) expect(overall).toHaveProperty(key);
    for (const key of schema.required) expect(json).toHaveProperty(key);
    expect(json.reliability.map((entry) => entry.dimension)).toEqual(['KK', 'SW', 'RF']);
    // The mini scan has no customer needs: nothing to correlate.
    expect(
      json.needsRankCorrelation.pairs.every((pair) => pair.rho === null && pair.needCount === 0),
    ).toBe(true);
  });

  it('never shows or compares a group below the anonymity threshold', async () => {
    const { json } = await analyze({
      instrument: MINI,
      responses: 'test/fixtures/samples/google-forms-export.csv',
      groupColumn: 'Department',
    });
    const shown = json.groups.filter((group) => !group.suppressed).map((group) => group.name);
    for (const comparison of json.comparisons) {
      expect(shown).toContain(comparison.groupA);
      expect(shown).toContain(comparison.groupB);
    }
    expect(
      json.groups
        .filter((group) => group.suppressed)
        .every((group) => Object.keys(group).length === 2),
    ).toBe(true);
  });

  it('reads the built-in scan by id, codes as headers, decimal commas and answer labels', async () => {
    const file = csv(
      'scan.csv',
      'Respondent;KK1;KK2;KK3;Team\n' +
        ['A;4;5;2;X', 'B;3,0;4;1;X', 'C;Helemaal mee eens;4;Mee oneens;X'].join('\n') +
        '\n',
    );
    const { json } = await analyze({
      instrument: 'klantgerichtheidsscan',
      responses: file,
      groupColumn: 'Team',
      anonymityThreshold: 3,
    });
    expect(json.total!.items.find((item) => item.code === 'KK1')).toMatchObject({
      n: 3,
      mean: 4,
    });
    // KK3 is reverse-coded: 2 → 4, 1 → 5, "Mee oneens" (2) → 4.
    expect(json.total!.items.find((item) => item.code === 'KK3')!.mean).toBeCloseTo(13 / 3, 12);
  });

  it('takes group names that differ in case, accents or spaces as one group, as the app does', async () => {
    const rows = Array.from({ length: 10 }, (_, r) => {
      const group = ['Productie', 'productie ', 'PRODUCTIE', 'Verkoop', ' verkoop'][r % 5]!;
      return `R${r},${group},${1 + (r % 5)},${1 + ((r + 2) % 5)}`;
    });
    const file = csv('groups.csv', `Id,Afdeling,KK1,KK2\n${rows.join('\n')}\n`);
    const { json } = await analyze({ instrument: MINI, responses: file, anonymityThreshold: 3 });
    expect(json.groups.map((group) => group.name)).toEqual(['Productie', 'Verkoop']);
    expect(json.groups[0]).toMatchObject({ suppressed: false, respondents: 6 });
  });

  it.each([
    [
      'an out-of-range answer',
      'KK1,KK2,G\n3,9,A\n3,4,A\n3,4,A\n',
      /row 2, column B "KK2": Answer 9 is outside the scale 1–5/,
    ],
    [
      'an answer label it does not know',
      'KK1,KK2,G\n3,4,A\n2,veel,A\n3,4,A\n',
      /row 3, column B "KK2": Unknown answer "veel"/,
    ],
    ['a missing group', 'KK1,KK2,G\n3,4,A\n3,4,\n', /row 3, column C "G": No group given/],
    [
      'the same respondent id twice',
      'Id,KK1,KK2,G\nR1,3,4,A\nR2,3,4,A\nR1,2,2,A\n',
      /row 4, column A "Id": Respondent code "R1" already used in row 2/,
    ],
    ['a file with only a header', 'KK1,KK2,G\n', /The file has no rows below the header/],
    [
      'two columns with the same header',
      'KK1,KK2,KK2,G\n3,4,5,A\n',
      /column C "KK2": the same header as column B "KK2"/,
    ],
    [
      'a misspelled header',
      'KK1,KKK2,G\n3,4,A\n',
      /column B "KKK2": matches no statement of the instrument; without a column: KK2/,
    ],
    ['a short row', 'KK1,KK2,G\n3,4,A\n3,4\n', /row 3: The row has 2 cells where the header has 3/],
  ])('refuses %s, naming row and column', async (_name, text, message) => {
    await expect(
      analyze({ instrument: MINI, responses: csv('bad.csv', text), groupColumn: 'G' }),
    ).rejects.toThrow(message);
  });

  it('explains an unknown instrument, a missing group column and a file without item columns', async () => {
    const file = csv('ok.csv', 'KK1\n3\n');
    await expect(analyze({ instrument: 'no-such-scan', responses: file })).rejects.toBeInstanceOf(
      InputError,
    );
    await expect(
      analyze({ instrument: MINI, responses: file, groupColumn: 'Afdeling' }),
    ).rejects.toThrow(/no column "Afdeling"/);
    await expect(
      analyze({ instrument: MINI, responses: csv('x.csv', 'a,b\n1,2\n') }),
    ).rejects.toThrow(/No column header matches/);
  });
});

describe('analyze validates an instrument file without compiled validators', () => {
  it("names a broken file's problems exactly as the app's validation does", async () => {
    const broken = JSON.parse(readFileSync(MINI, 'utf8')) as Record<string, unknown>;
    broken.scale = { min: 1, max: '5' };
    broken.dimensions = [{ code: 'KK', items: [{ code: 'KK1', reverse: 'no' }] }];
    const file = join(tempDir(), 'broken.instrument.json');
    writeFileSync(file, JSON.stringify(broken));
    // What the app (zod with its compiled validators) says about the file…
    zodConfig({ jitless: false });
    const app = parseInstrumentFile(broken);
    zodConfig({ jitless: true });
    expect(app.ok).toBe(false);
    const problems = app.ok ? [] : app.problems;
    expect(problems.length).toBeGreaterThan(2);
    // …is what `analyze` (jitless) says.
    const refused = analyze({ instrument: file, responses: csv('ok.csv', 'KK1\n3\n') });
    await expect(refused).rejects.toBeInstanceOf(InputError);
    const message = await refused.catch((error: Error) => error.message);
    for (const problem of problems) {
      expect(message).toContain(`${problem.path || '(file)'}: ${problem.message}`);
    }
  });
});

describe('the klantspiegel command', () => {
  // The command as it ships (out/main, built by `npm run build`, which `npm test` runs first):
  // its analysis is a script of its own beside cli.js (cli/analyze-script.ts).
  const cli = 'out/main/cli.js';

  beforeAll(() => {
    if (!existsSync(cli)) throw new Error('run `npm run build` first');
  });

  /** Runs the command with its output going into a pipe, as `… | other-program` does. */
  function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
    return new Promise((done, fail) => {
      const child = spawn(process.execPath, [cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
      child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
      child.on('error', fail);
      child.on('close', (code) =>
        done({
          code,
          stdout: Buffer.concat(out).toString('utf8'),
          stderr: Buffer.concat(err).toString('utf8'),
        }),
      );
    });
  }

  it('answers --help on every command with exit status 0', async () => {
    for (const args of [['--help'], ['help'], ['analyze', '--help'], ['report', '--help']]) {
      const result = await run(args);
      expect(result.code, args.join(' ')).toBe(0);
      expect(result.stdout).toMatch(/Usage:/);
    }
    expect((await run(['nonsense'])).code).toBe(2);
  }, 60_000);

  it('writes the whole JSON into a pipe, far beyond 64 KiB, and to --out', async () => {
    const file = csv('big.csv', scanExport(120));
    const piped = await run([
      'analyze',
      '--instrument',
      'klantgerichtheidsscan',
      '--responses',
      file,
      '--json',
    ]);
    expect(piped.code).toBe(0);
    expect(piped.stdout.length).toBeGreaterThan(64 * 1024);
    const json = JSON.parse(piped.stdout) as { total: { respondents: number } };
    expect(json.total.respondents).toBe(120);
    const out = join(tempDir(), 'analysis.json');
    const written = await run([
      'analyze',
      '--instrument',
      'klantgerichtheidsscan',
      '--responses',
      file,
      '--json',
      '--out',
      out,
    ]);
    expect(written).toMatchObject({ code: 0, stdout: '' });
    expect(readFileSync(out, 'utf8')).toBe(piped.stdout);
  }, 60_000);

  it('writes exactly JSON.stringify of the analysis as UTF-8, ASCII or not', async () => {
    // Group names with letters outside ASCII take the UTF-8 path; plain ones the Latin-1 copy.
    const rows = (names: string[]) =>
      [
        'Id,Groep,KK1,KK2,SW1',
        ...names.flatMap((name, g) =>
          [1, 2, 3].map((r) => `R${g}${r},${name},${r},${4 - g},${(r + g) % 5 || 5}`),
        ),
      ].join('\n');
    for (const names of [
      ['Productie', 'Verkoop'],
      ['Crèche', 'Zorg & Welzijn', 'Ω-team 😀'],
    ]) {
      const file = csv('names.csv', `${rows(names)}\n`);
      const args = ['--instrument', MINI, '--responses', file, '--group-column', 'Groep'];
      const threshold = ['--anonymity-threshold', '3'];
      const result = await run(['analyze', ...args, ...threshold, '--json']);
      expect(result.code).toBe(0);
      const { json } = await analyze({
        instrument: MINI,
        responses: file,
        groupColumn: 'Groep',
        anonymityThreshold: 3,
      });
      expect(result.stdout).toBe(`${JSON.stringify(json, null, 2)}\n`);
      expect(json.groups.map((group) => group.name)).toEqual(names);
    }
  }, 60_000);

  it('refuses a bad file with exit status 1 and the row and column on standard error', async () => {
    const file = csv('dup.csv', 'Id,KK1,G\nR1,3,A\nR1,4,A\n');
    const result = await run(['analyze', '--instrument', MINI, '--responses', file]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      /row 3, column A "Id": Respondent code "R1" already used in row 2/,
    );
  }, 60_000);
});

/**
 * The matrix as it was read before `matrixOfRows`: from the answers object of every respondent
 * (what the app's import wizard shows and stores), looked up by statement code.
 */
function matrixOfRespondents(
  rows: ImportRows,
  itemCodes: string[],
  groupIds: string[],
): ResponseMatrix {
  const respondents = importRespondents(rows);
  const width = itemCodes.length;
  const values = new Float64Array(respondents.length * width).fill(Number.NaN);
  const groupOf = new Int32Array(respondents.length);
  respondents.forEach((respondent, r) => {
    groupOf[r] = groupIds.indexOf(respondent.groupId ?? '');
    itemCodes.forEach((code, index) => {
      const value = respondent.answers[code];
      if (value !== undefined && value !== null) values[r * width + index] = value;
    });
  });
  return { itemCodes, values, groupOf, groupCount: groupIds.length };
}

describe('analyze reads the answers the import would store', () => {
  it('gives exactly the matrix of the answers objects: column order, repeats, gaps', () => {
    // Columns in another order than the statements, one statement twice (the later column is
    // the one an answers object keeps), one statement without a column, missing answers and a
    // respondent of an unknown group.
    const rows: ImportRows = {
      itemCodes: ['B', 'A', 'C', 'A'],
      values: Float64Array.from([4, 1, NaN, 2, 5, NaN, 3, 3, NaN, NaN, NaN, 5]),
      codes: ['R1', 'R2', 'R3'],
      groupIds: ['x', 'y', null],
      fileRows: Int32Array.from([2, 3, 4]),
      generatedCodes: new Int32Array(0),
      openAnswers: [],
    };
    const itemCodes = ['A', 'B', 'C', 'D'];
    const groups = ['y', 'x'];
    const matrix = matrixOfRows(rows, itemCodes, groups);
    expect(matrix).toEqual(matrixOfRespondents(rows, itemCodes, groups));
    expect(Array.from(matrix.values.subarray(0, 4))).toEqual([2, 4, NaN, NaN]);
    expect(Array.from(matrix.groupOf)).toEqual([1, 0, -1]);
  });
});
