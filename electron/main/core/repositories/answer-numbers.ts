/**
 * The numeric form of a respondent's answers (`respondents.answer_numbers`, migration 0012): the
 * values of the instrument version's scored items in questionnaire order — exactly the row that
 * decoding `answers_json` gives (answers-codec.ts), NaN where not answered — stored beside the
 * JSON so an analysis copies bytes instead of parsing text. Two layouts, told apart by length:
 * - compact, one byte per item (`width` bytes): when every answer is a whole number 0–254, as
 *   scale answers are; 255 means not answered;
 * - otherwise one little-endian Float64 per item (`width × 8` bytes).
 * `answers_json` stays the source of truth (open answers, the record of what was entered); the
 * numbers are written from it by the same repository write, never on their own.
 *
 * The column order is fixed by the instrument version: a version is immutable once it has
 * responses (InstrumentRepository.saveEdit adds a new version instead), so the layout of a stored
 * row never changes. A row whose bytes fit neither layout (or NULL: a row written before the
 * column existed and not filled) is read from its JSON.
 */
import { endianness } from 'node:os';
import { scoredItemCodes, type Instrument } from '@shared/questionnaire/instrument';
// The plain connection type: migrations call this too, and open-workspace imports the migrations.
import type { Database } from 'better-sqlite3';
import { decodeAnswersInto, KeyOrder } from './answers-codec';

/**
 * The columns of the bytes of a stored instrument version (its `definition_json`): its scored
 * items' codes in questionnaire order, the columns of the decoded matrix too.
 */
export function scoredCodesOfDefinition(definitionJson: string): string[] {
  return scoredItemCodes(JSON.parse(definitionJson) as Pick<Instrument, 'items'>);
}

/**
 * Stored bytes are little-endian, as on every platform the app runs on; were it ever run on a
 * big-endian machine, rows are read from their JSON (slower, equal) and written without numbers.
 */
export const NUMBERS_USABLE = endianness() === 'LE';

/** A compact byte that stands for "not answered". */
export const NOT_ANSWERED = 255;

/**
 * The stored bytes of one row of numbers, written into `scratch` (reused row after row: SQLite
 * copies a bound blob) and returned as a view of it.
 */
function packRow(row: Float64Array, scratch: Buffer): Buffer {
  const width = row.length;
  let compact = true;
  for (let item = 0; item < width; item++) {
    const value = row[item]!;
    if (Number.isNaN(value)) scratch[item] = NOT_ANSWERED;
    else if (Number.isInteger(value) && value >= 0 && value < NOT_ANSWERED) scratch[item] = value;
    else {
      compact = false;
      break;
    }
  }
  if (compact) return scratch.subarray(0, width);
  scratch.set(new Uint8Array(row.buffer, row.byteOffset, width * 8));
  return scratch.subarray(0, width * 8);
}

/** The lengths of the two layouts of a row of `width` items (see the file comment). */
export function storedLengths(width: number): [compact: number, full: number] {
  return [width, width * 8];
}

/**
 * Writes one stored row into the matrix row at `offset` (already NaN): its bytes have one of the
 * two lengths of `storedLengths(width)` (the query picks those rows; the rest are read from JSON).
 */
export function unpackRow(bytes: Uint8Array, values: Float64Array, offset: number, width: number) {
  if (bytes.byteLength === width) {
    for (let item = 0; item < width; item++) {
      const value = bytes[item]!;
      if (value !== NOT_ANSWERED) values[offset + item] = value;
    }
  } else {
    new Uint8Array(values.buffer, values.byteOffset).set(bytes, offset * 8);
  }
}

/** Turns a respondent's stored answer JSON into the bytes of `answer_numbers`. */
export class AnswerNumbersEncoder {
  private readonly column: Map<string, number>;
  private readonly order = new KeyOrder();
  private readonly row: Float64Array;
  private readonly scratch: Buffer;

  constructor(readonly itemCodes: readonly string[]) {
    this.column = new Map(itemCodes.map((code, index) => [code, index]));
    this.row = new Float64Array(itemCodes.length);
    this.scratch = Buffer.alloc(itemCodes.length * 8);
  }

  /** The bytes for `answersJson`: valid until the next call (bind them, do not keep them). */
  encode(answersJson: string): Buffer | null {
    if (!NUMBERS_USABLE) return null;
    const width = this.row.length;
    this.row.fill(Number.NaN);
    decodeAnswersInto(answersJson, this.column, this.row, 0, width, this.order);
    return packRow(this.row, this.scratch);
  }
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
  private readonly row: Float64Array;
  private readonly scratch: Buffer;

  constructor(itemCodes: readonly string[]) {
    this.scored = new Set(itemCodes);
    this.column = new Map(itemCodes.map((code, index) => [code, index]));
    this.row = new Float64Array(itemCodes.length);
    this.scratch = Buffer.alloc(itemCodes.length * 8);
  }

  /**
   * The bytes (valid until the next call), or null: then encode the JSON instead. Written
   * straight as one byte an answer while the answers allow it (an import's 600,000 answers pass
   * through here), as eight only when one does not.
   */
  encode(answers: ColumnAnswers, openTexts: readonly [string, string][]): Buffer | null {
    if (!NUMBERS_USABLE) return null;
    const target = this.targetsOf(answers.itemCodes);
    if (target === null) return null;
    for (const [code] of openTexts) if (this.scored.has(code)) return null;
    const { values, offset } = answers;
    const width = this.row.length;
    const compact = this.scratch.fill(NOT_ANSWERED, 0, width);
    for (let item = 0; item < target.length; item++) {
      const column = target[item]!;
      const value = values[offset + item]!;
      if (column < 0 || Number.isNaN(value)) continue;
      // A whole number 0–254 (−0 included: stored as 0, as its JSON "0" reads back).
      if (value >= 0 && value < NOT_ANSWERED && (value | 0) === value) compact[column] = value;
      else return packRow(this.fullRow(target, values, offset), this.scratch);
    }
    return compact.subarray(0, width);
  }

  /** The row as Float64 values (−0 written as 0, as its JSON "0" reads back). */
  private fullRow(target: Int32Array, values: Float64Array, offset: number): Float64Array {
    const row = this.row.fill(Number.NaN);
    for (let item = 0; item < target.length; item++) {
      const column = target[item]!;
      const value = values[offset + item]!;
      if (column >= 0 && !Number.isNaN(value)) row[column] = value === 0 ? 0 : value;
    }
    return row;
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

/**
 * Writes `answer_numbers` from `answers_json` for every respondent (or one engagement's): for rows
 * stored before the column existed (migration 0012) and for an engagement restored from an
 * archive, whose numbers are made here from its JSON rather than trusted as the file brought them
 * (the numbers are derived data; a file could carry numbers that disagree with its answers).
 */
export function writeAnswerNumbersFromJson(db: Database, engagementId?: number): void {
  const scope = engagementId === undefined ? '' : ' AND engagement_id = ?';
  const scopeArgs = engagementId === undefined ? [] : [engagementId];
  const instruments = db
    .prepare<unknown[], { id: number; definition_json: string }>(
      'SELECT id, definition_json FROM instruments WHERE id IN ' +
        `(SELECT instrument_id FROM respondents WHERE 1 = 1${scope})`,
    )
    .all(...scopeArgs);
  const update = db.prepare('UPDATE respondents SET answer_numbers = ? WHERE id = ?');
  for (const { id: instrumentId, definition_json } of instruments) {
    const encoder = new AnswerNumbersEncoder(scoredCodesOfDefinition(definition_json));
    const rows = db
      .prepare<unknown[], [number, string]>(
        `SELECT id, answers_json FROM respondents WHERE instrument_id = ?${scope}`,
      )
      .raw()
      .all(instrumentId, ...scopeArgs);
    for (const [id, json] of rows) update.run(encoder.encode(json), id);
  }
}
