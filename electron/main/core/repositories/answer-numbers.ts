/**
 * The numeric form of a respondent's answers (`respondents.answer_numbers`, migration 0012): the
 * values of the instrument version's scored items in questionnaire order, one little-endian
 * Float64 each, NaN where not answered — exactly the row that decoding `answers_json` gives
 * (answers-codec.ts), stored beside it so an analysis copies bytes instead of parsing text.
 * `answers_json` stays the source of truth (open answers, the record of what was entered); the
 * numbers are written from it by the same repository write, never on their own.
 *
 * The column order is fixed by the instrument version: a version is immutable once it has
 * responses (InstrumentRepository.saveEdit adds a new version instead), so the layout of a stored
 * row never changes. A row whose bytes do not fit the width (or NULL: a row written before
 * the column existed and not filled) is read from its JSON.
 */
import { endianness } from 'node:os';
import type { Instrument } from '@shared/questionnaire/instrument';
import { decodeAnswersInto, KeyOrder } from './answers-codec';

const SCORED_KINDS: ReadonlySet<string> = new Set(['likert', 'importance', 'performance']);

/** The scored items' codes in questionnaire order: the columns of the matrix and of the bytes. */
export function scoredItemCodes(instrument: Pick<Instrument, 'items'>): string[] {
  return instrument.items.filter((item) => SCORED_KINDS.has(item.kind)).map((item) => item.code);
}

/**
 * Stored bytes are little-endian, as on every platform the app runs on; were it ever run on a
 * big-endian machine, rows are read from their JSON (slower, equal) and written without numbers.
 */
export const NUMBERS_USABLE = endianness() === 'LE';

/** Turns a respondent's stored answer JSON into the bytes of `answer_numbers`. */
export class AnswerNumbersEncoder {
  private readonly column: Map<string, number>;
  private readonly order = new KeyOrder();
  private readonly row: Float64Array;

  constructor(readonly itemCodes: readonly string[]) {
    this.column = new Map(itemCodes.map((code, index) => [code, index]));
    this.row = new Float64Array(itemCodes.length);
  }

  /** The bytes for `answersJson` (a fresh buffer: SQLite copies it, the caller may keep it). */
  encode(answersJson: string): Buffer | null {
    if (!NUMBERS_USABLE) return null;
    const width = this.row.length;
    this.row.fill(Number.NaN);
    decodeAnswersInto(answersJson, this.column, this.row, 0, width, this.order);
    return Buffer.from(this.row.buffer.slice(0));
  }
}

/** Copies one stored row's bytes (exactly a row's width) into the matrix's bytes at row `offset`. */
export function copyAnswerNumbers(bytes: Uint8Array, target: Uint8Array, offset: number): void {
  target.set(bytes, offset * 8);
}

/** An import's answers as columns (shared/import ImportRows): one respondent's row of them. */
export interface ColumnAnswers {
  /** The file's item columns, the same array for every row of one import. */
  itemCodes: readonly string[];
  /** Row-major answers of the whole import, NaN for missing. */
  values: Float64Array;
  /** Where this respondent's row starts in `values`. */
  offset: number;
}

/**
 * The numbers of an import row straight from its columns, without reading back the JSON that was
 * written from the same columns (`encodedRespondents`, import/prepared-rows.ts): that JSON holds
 * each non-NaN value as `String(value)`, which reads back as the same double except −0 (written
 * "0"). Null when the columns cannot say for sure what decoding the JSON gives (a file column
 * named twice, or an open answer under a scored item's code): the caller then encodes the JSON.
 */
export class ColumnNumbersEncoder {
  private readonly targets = new WeakMap<readonly string[], Int32Array | null>();
  private readonly scored: ReadonlySet<string>;
  private readonly column: Map<string, number>;

  constructor(private readonly itemCodes: readonly string[]) {
    this.scored = new Set(itemCodes);
    this.column = new Map(itemCodes.map((code, index) => [code, index]));
  }

  encode(answers: ColumnAnswers, openCodes: readonly string[]): Buffer | null {
    if (!NUMBERS_USABLE) return null;
    const target = this.targetsOf(answers.itemCodes);
    if (target === null || openCodes.some((code) => this.scored.has(code))) return null;
    const row = new Float64Array(this.itemCodes.length).fill(Number.NaN);
    const { values, offset } = answers;
    for (let item = 0; item < target.length; item++) {
      const column = target[item]!;
      const value = values[offset + item]!;
      if (column >= 0 && !Number.isNaN(value)) row[column] = value === 0 ? 0 : value;
    }
    return Buffer.from(row.buffer);
  }

  /** For each file column, its column in the stored row (−1: not scored); null if ambiguous. */
  private targetsOf(fileCodes: readonly string[]): Int32Array | null {
    let target = this.targets.get(fileCodes);
    if (target !== undefined) return target;
    target = Int32Array.from(fileCodes, (code) => this.column.get(code) ?? -1);
    if (new Set(fileCodes).size !== fileCodes.length) target = null;
    this.targets.set(fileCodes, target);
    return target;
  }
}
