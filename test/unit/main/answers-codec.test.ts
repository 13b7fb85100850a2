import { describe, expect, it } from 'vitest';
import { decodeAnswersInto, KeyOrder } from '@main/core/repositories/answers-codec';
import { seededRandom } from '@shared/util/seeded-random';

const CODES = ['K1', 'K2', 'K3', 'B1', 'B2', 'K10'];
const column = new Map(CODES.map((code, index) => [code, index]));

/** What JSON.parse makes of a stored value: the reference the fast reader must equal. */
function reference(json: string): number[] {
  const row = Array<number>(CODES.length).fill(Number.NaN);
  const answers = JSON.parse(json) as Record<string, unknown>;
  for (const [code, value] of Object.entries(answers)) {
    const index = column.get(code);
    if (index !== undefined && typeof value === 'number') row[index] = value;
  }
  return row;
}

function decoded(json: string, order = new KeyOrder()): number[] {
  const values = new Float64Array(CODES.length + 2).fill(Number.NaN);
  decodeAnswersInto(json, column, values, 1, CODES.length, order);
  expect(Number.isNaN(values[0]!) && Number.isNaN(values.at(-1)!)).toBe(true);
  return [...values.subarray(1, 1 + CODES.length)];
}

describe('reading stored answers into a matrix row', () => {
  it('gives what JSON.parse gives, for the shapes answers are stored in and odd ones', () => {
    for (const json of [
      '{}',
      '{"K1":3,"K2":4,"B1":5}',
      ' { "K1" : 3 , "K3" : 1 } ',
      '{"K1":3,"X9":2,"K2":2.5}',
      '{"K1":"Helemaal mee eens","K2":4,"O1":"Snel, \\"graag\\" zelfs"}',
      '{"K1":null,"K2":true,"K3":false,"B1":1}',
      '{"K1":1,"K1":5}',
      '{"K\\u0031":4,"K2":1}',
      '{"K1":-1e0,"K2":0}',
      '{"K1":{"nested":1},"K2":3}',
      '{"K1":[1,2],"K2":3}',
    ]) {
      expect(decoded(json), json).toEqual(reference(json));
    }
  });

  it('agrees with JSON.parse on thousands of generated answer sets', () => {
    const next = seededRandom(11);
    for (let run = 0; run < 2000; run++) {
      const answers: Record<string, unknown> = {};
      for (const code of [...CODES, 'O1', 'Z7']) {
        const draw = next();
        if (draw < 0.15) continue;
        answers[code] = draw < 0.25 ? `tekst "${run}", met komma` : Math.round(draw * 7);
      }
      const json = JSON.stringify(answers);
      expect(decoded(json)).toEqual(reference(json));
    }
  });

  it('reads rows of one read with the keys of the row before, and rows that differ from it', () => {
    // One KeyOrder for all rows, as the decoded-answer cache reads an engagement: keys in the
    // same order, skipped ones, other orders, a key that starts with another, escapes, texts.
    const order = new KeyOrder();
    const next = seededRandom(23);
    const keys = [...CODES, 'O1', 'Z7', 'K1\\u0030'];
    for (let run = 0; run < 3000; run++) {
      const picked = next() < 0.3 ? [...keys].sort(() => next() - 0.5) : keys;
      const parts: string[] = [];
      for (const code of picked) {
        const draw = next();
        if (draw < 0.15) continue;
        const value =
          draw < 0.22
            ? JSON.stringify(`tekst ${run}, "K1":5`)
            : draw < 0.3
              ? String(Math.round(draw * 700) / 10)
              : draw < 0.33
                ? 'null'
                : String(Math.floor(draw * 10));
        parts.push(`"${code}":${value}`);
      }
      const json = `{${parts.join(',')}}`;
      expect(decoded(json, order), json).toEqual(reference(json));
    }
  });

  it('refuses nothing JSON.parse accepts, and fails as JSON.parse does on broken text', () => {
    expect(() => decoded('{"K1":3')).toThrow(SyntaxError);
    expect(() => decoded('not json')).toThrow(SyntaxError);
    expect(() => decoded('{"K1":0x10}')).toThrow(SyntaxError);
    expect(() => decoded('{"K1":+3}')).toThrow(SyntaxError);
  });
});
