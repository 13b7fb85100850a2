import type { Database } from 'better-sqlite3';
import { decodeAnswersInto } from '@main/core/repositories/answers-codec';
import {
  scoredCodesOfDefinition,
  storedLengths,
  unpackRow,
} from '@main/core/repositories/answer-numbers';

/**
 * Every respondent whose stored numbers (`answer_numbers`) differ, bit for bit, from what
 * decoding its `answers_json` gives (with its instrument version's scored items); a row without
 * numbers counts as differing. Empty when the two forms agree everywhere.
 */
export function answerNumbersDisagreeing(db: Database): string[] {
  const rows = db
    .prepare<
      [],
      { id: number; code: string; answers_json: string; numbers: Buffer | null; definition: string }
    >(
      `SELECT r.id, r.code, r.answers_json, r.answer_numbers AS numbers,
         i.definition_json AS definition
       FROM respondents r JOIN instruments i ON i.id = r.instrument_id ORDER BY r.id`,
    )
    .all();
  return rows.flatMap((row) => {
    const codes = scoredCodesOfDefinition(row.definition);
    const expected = new Float64Array(codes.length).fill(Number.NaN);
    const column = new Map(codes.map((code, index) => [code, index]));
    decodeAnswersInto(row.answers_json, column, expected, 0, codes.length);
    const agree =
      row.numbers !== null &&
      Buffer.from(expected.buffer).equals(Buffer.from(storedRow(row.numbers, codes.length).buffer));
    return agree ? [] : [`${row.code}: ${row.answers_json}`];
  });
}

/** How many respondents have their answers stored as numbers. */
export function respondentsWithNumbers(db: Database): number {
  return db
    .prepare<[], number>('SELECT count(*) FROM respondents WHERE answer_numbers IS NOT NULL')
    .pluck()
    .get()!;
}

/** A stored row of numbers as the matrix row it stands for (either layout). */
export function storedRow(bytes: Uint8Array, width: number): Float64Array {
  if (!storedLengths(width).includes(bytes.byteLength)) throw new Error('not a stored row');
  const row = new Float64Array(width).fill(Number.NaN);
  unpackRow(bytes, row, 0, width);
  return row;
}
