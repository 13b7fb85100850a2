import { describe, expect, it } from 'vitest';
import {
  NORM_CSV_COLUMNS,
  NORM_OVERALL,
  normFor,
  parseNormCsv,
  parseNormSet,
  percentileOf,
  serializeNormCsv,
  type NormEntry,
  type NormSet,
} from '@shared/content';
import { DIMENSION_CODES, readJson } from './load';

function shippedNorms(): NormSet {
  const result = parseNormSet(readJson('resources/norms/illustrative.json'));
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.normSet;
}

const entry: NormEntry = {
  dimension: 'KK',
  mean: 3.4,
  sd: 0.6,
  n: 200,
  p10: 2.6,
  p25: 3.0,
  p50: 3.4,
  p75: 3.8,
  p90: 4.2,
};

describe('shipped illustrative norm set', () => {
  const norms = shippedNorms();

  it('is clearly labelled as illustrative and not as national or representative data', () => {
    expect(norms.illustrative).toBe(true);
    expect(norms.name.nl).toMatch(/illustratie/i);
    expect(norms.name.en).toMatch(/illustrative/i);
    expect(`${norms.name.nl} ${norms.name.en}`).not.toMatch(/landelijk|national/i);
    expect(norms.note?.nl).toMatch(/geen landelijke.*representatieve/);
    expect(norms.note?.en).toMatch(/not national.*representative/);
  });

  it('belongs to the Klantgerichtheidsscan and covers every dimension and the overall score', () => {
    expect(norms.instrument).toBe('klantgerichtheidsscan');
    expect(norms.scale).toEqual({ min: 1, max: 5 });
    expect(norms.entries.map((row) => row.dimension)).toEqual([...DIMENSION_CODES, NORM_OVERALL]);
    for (const row of norms.entries) {
      expect(row.p10).toBeLessThan(row.p25);
      expect(row.p25).toBeLessThan(row.p50);
      expect(row.p50).toBeLessThan(row.p75);
      expect(row.p75).toBeLessThan(row.p90);
      expect(row.sd).toBeGreaterThan(0);
      expect(row.n).toBeGreaterThan(0);
    }
    expect(normFor(norms, 'SW')?.dimension).toBe('SW');
  });
});

describe('percentileOf', () => {
  it('gives the percentile rank at each percentile point', () => {
    expect(percentileOf(2.6, entry)).toBe(10);
    expect(percentileOf(3.0, entry)).toBe(25);
    expect(percentileOf(3.4, entry)).toBe(50);
    expect(percentileOf(3.8, entry)).toBe(75);
    expect(percentileOf(4.2, entry)).toBe(90);
  });

  it('interpolates linearly between percentile points', () => {
    expect(percentileOf(3.2, entry)).toBeCloseTo(37.5, 10);
    expect(percentileOf(4.0, entry)).toBeCloseTo(82.5, 10);
  });

  it('runs the tails to the ends of the scale and clamps scores outside it', () => {
    expect(percentileOf(1, entry)).toBe(0);
    expect(percentileOf(1.8, entry)).toBeCloseTo(5, 10);
    expect(percentileOf(4.6, entry)).toBeCloseTo(95, 10);
    expect(percentileOf(5, entry)).toBe(100);
    expect(percentileOf(0.5, entry)).toBe(0);
    expect(percentileOf(7, entry)).toBe(100);
    expect(percentileOf(10, entry, { min: 0, max: 10 })).toBe(100);
    expect(percentileOf(1, entry, { min: 0, max: 10 })).toBeCloseTo(10 * (1 / 2.6), 10);
  });

  it('puts a score on a flat stretch in the middle of the ranks it spans', () => {
    const flat = { ...entry, p25: 3.5, p50: 3.5, p75: 3.5 };
    expect(percentileOf(3.5, flat)).toBe(50);
    expect(percentileOf(3.5, { ...entry, p25: 3.5, p50: 3.5, p75: 4 })).toBe(37.5);
    // A floor effect: P10 at the bottom of the scale.
    expect(percentileOf(1, { ...entry, p10: 1 })).toBe(5);
  });

  it('never decreases as the score rises', () => {
    let previous = -1;
    for (let score = 0.9; score <= 5.1; score += 0.01) {
      const rank = percentileOf(score, entry);
      expect(rank).toBeGreaterThanOrEqual(previous);
      previous = rank;
    }
  });
});

describe('norm CSV', () => {
  it('writes the documented columns and reads them back unchanged', () => {
    const { entries } = shippedNorms();
    const csv = serializeNormCsv(entries);
    expect(csv.split('\r\n')[0]).toBe('dimension,mean,sd,n,p10,p25,p50,p75,p90');
    expect(NORM_CSV_COLUMNS.join(',')).toBe('dimension,mean,sd,n,p10,p25,p50,p75,p90');
    expect(csv.split('\r\n')[1]).toBe('KK,3.62,0.62,480,2.87,3.24,3.66,4.04,4.38');
    expect(parseNormCsv(csv)).toEqual({ ok: true, entries });
  });

  it('reads and writes the Dutch Excel dialect: semicolons and decimal commas', () => {
    const csv = serializeNormCsv([entry], { delimiter: ';' });
    expect(csv).toBe(
      'dimension;mean;sd;n;p10;p25;p50;p75;p90\r\nKK;3,4;0,6;200;2,6;3;3,4;3,8;4,2\r\n',
    );
    expect(parseNormCsv(csv)).toEqual({ ok: true, entries: [entry] });
  });

  it('accepts columns in any order and case, extra columns, quotes, a BOM and blank lines', () => {
    const csv =
      '\uFEFFP90,Dimension,"Mean",SD,N,P10,P25,P50,P75,Bron\n\n4.2,"KK",3.4,0.6,200,2.6,3,3.4,3.8,"eigen, 2025"\n';
    expect(parseNormCsv(csv)).toEqual({ ok: true, entries: [entry] });
  });

  it('names the row and column of every problem', () => {
    const csv = [
      'dimension;mean;sd;n;p10;p25;p50;p75;p90',
      'KK;3,4;0,6;200;2,6;3;3,4;3,8;4,2',
      'SW;drie;0,6;12,5;2,6;3;3,4;3,8;4,2',
      'KK;3,4;0,6;200;2,6;3;3,4;3,8;4,2',
      'FB;3,4;-1;200;2,6;3;3,4;3,8;4,2',
      'RF;3,4;0,6;200;2,6;3,9;3,4;3,8;4,2',
    ].join('\r\n');
    const result = parseNormCsv(csv);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((problem) => [problem.row, problem.column, problem.key])).toEqual([
      [3, 'mean', 'norms.csv.notANumber'],
      [3, 'n', 'norms.csv.notAWholeNumber'],
      [4, 'dimension', 'norms.csv.duplicateDimension'],
      [5, 'sd', 'norms.csv.invalidEntry'],
      [6, 'p50', 'norms.csv.invalidEntry'],
    ]);
    expect(result.problems[0]!.message).toBe('Row 3, column "mean": "drie" is not a number.');
    expect(result.problems[2]!.message).toBe('Row 4: dimension "KK" already appeared in row 2.');
    expect(result.problems[4]!.params.detailKey).toBe('norms.percentilesNotAscending');
  });

  it('names missing columns and an empty file', () => {
    const missing = parseNormCsv('dimension,mean,sd\nKK,3,1\n');
    expect(missing.ok === false && missing.problems.map((problem) => problem.column)).toEqual([
      'n',
      'p10',
      'p25',
      'p50',
      'p75',
      'p90',
    ]);
    const empty = parseNormCsv('\n\n');
    expect(empty.ok === false && empty.problems[0]!.key).toBe('norms.csv.empty');
  });
});

describe('broken norm files', () => {
  it('reports values outside the scale, duplicate dimensions and a missing illustrative flag', () => {
    const { illustrative: _flag, ...withoutFlag } = readJson(
      'resources/norms/illustrative.json',
    ) as Record<string, unknown>;
    const missingFlag = parseNormSet(withoutFlag);
    expect(missingFlag.ok === false && missingFlag.problems.map((problem) => problem.key)).toEqual([
      'norms.required',
    ]);

    const result = parseNormSet({
      id: 'eigen',
      name: 'Eigen norm',
      illustrative: false,
      instrument: 'klantgerichtheidsscan',
      entries: [entry, { ...entry, p90: 5.5 }],
    });
    expect(
      result.ok === false && result.problems.map((problem) => [problem.path, problem.key]),
    ).toEqual([
      ['entries.1.dimension', 'norms.duplicateDimension'],
      ['entries.1.p90', 'norms.outsideScale'],
    ]);
  });
});
