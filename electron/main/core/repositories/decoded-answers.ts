import type { Statement } from 'better-sqlite3';
import type { WorkspaceDb } from '../db/open-workspace';
import { scoredItemCodes, type Instrument } from '@shared/questionnaire/instrument';
import { decodeAnswersInto, KeyOrder } from './answers-codec';
import { NOT_ANSWERED, NUMBERS_USABLE, storedLengths, unpackRow } from './answer-numbers';

/** The numeric answers of one engagement to one instrument version, in respondent id order. */
export interface DecodedAnswers {
  /** Scored items (likert, importance, performance) in questionnaire order: the columns. */
  itemCodes: string[];
  respondentIds: Int32Array;
  groupIds: Int32Array;
  /** Row-major respondents × itemCodes; NaN = missing. */
  values: Float64Array;
}

/** Engagement × instrument sets kept at once (a 5,000 × 60 set is 2.4 MB). */
const MAX_ENTRIES = 16;

/** A decoded set and the number of respondents it was decoded from. */
interface Entry {
  decoded: DecodedAnswers;
  respondents: number;
}

/**
 * Decoding each respondent's answer JSON is most of the cost of an analysis; results, gaps, the
 * report and the exports all need the same numbers, often several times per click. They are
 * decoded once and kept until the respondents change, whichever connection (the import worker)
 * or cascade changed them:
 * - updates and deletes raise `respondent_changes.counter` (triggers, migration 0008);
 * - inserts always raise the number of respondents of their engagement and instrument, which is
 *   compared on every use (an index count). A trigger per inserted row would cost a third of a
 *   10,000-row import; a count costs well under a millisecond.
 */
export class DecodedAnswerCache {
  private readonly entries = new Map<string, Entry>();
  private seenCounter = -1;
  private counterStatement: Statement<[], { counter: number }> | undefined;
  private countStatement: Statement<[number, number], { n: number }> | undefined;
  private readonly joinedStatements: (JoinedStatement | undefined)[] = [];
  private utf8: boolean | undefined;

  constructor(private readonly db: WorkspaceDb) {}

  get(engagementId: number, instrumentId: number, instrument: Instrument): DecodedAnswers {
    const counter = this.changeCounter();
    if (counter !== this.seenCounter) {
      this.entries.clear();
      this.seenCounter = counter;
    }
    const itemCodes = scoredItemCodes(instrument);
    const key = `${engagementId}:${instrumentId}`;
    const cached = this.entries.get(key);
    // Counted only to check a kept set: a first read decodes without (a fresh read worker's
    // first call would read the index twice).
    if (
      cached &&
      cached.respondents === this.respondentCount(engagementId, instrumentId) &&
      sameCodes(cached.decoded.itemCodes, itemCodes)
    ) {
      // Most recently used last, so the oldest is dropped first.
      this.entries.delete(key);
      this.entries.set(key, cached);
      return cached.decoded;
    }
    const decoded = this.decode(engagementId, instrumentId, itemCodes);
    this.entries.delete(key);
    this.entries.set(key, { decoded, respondents: decoded.respondentIds.length });
    if (this.entries.size > MAX_ENTRIES) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    return decoded;
  }

  private respondentCount(engagementId: number, instrumentId: number): number {
    this.countStatement ??= this.db.prepare<[number, number], { n: number }>(
      'SELECT count(*) AS n FROM respondents WHERE engagement_id = ? AND instrument_id = ?',
    );
    return this.countStatement.get(engagementId, instrumentId)?.n ?? 0;
  }

  private changeCounter(): number {
    // Workspaces that predate migration 0008 have no counter: never cache there.
    try {
      this.counterStatement ??= this.db.prepare<[], { counter: number }>(
        'SELECT counter FROM respondent_changes WHERE id = 1',
      );
      return this.counterStatement.get()?.counter ?? Number.NaN;
    } catch {
      return Number.NaN;
    }
  }

  /**
   * Copies the stored numbers (`answer_numbers`, migration 0012) into the matrix; only a row
   * without them (or whose numbers do not fit the instrument) has its JSON read and decoded.
   * One transaction, so the rows read agree with each other and with the count.
   */
  private decode(engagementId: number, instrumentId: number, itemCodes: string[]): DecodedAnswers {
    return this.db.transaction(() =>
      NUMBERS_USABLE && itemCodes.length > 0 && this.textIsBytes()
        ? this.decodeCompact(engagementId, instrumentId, itemCodes)
        : this.decodeRows(engagementId, instrumentId, itemCodes, ALL_ROWS),
    )();
  }

  /**
   * The common case, in one statement that hands over three values instead of a row per
   * respondent: every compact row's bytes (one an answer, 255 not answered) joined, with a row
   * of 255s in place of any other, plus the ids and groups as text. Row by row, a fresh process
   * spent some 20 ms more (5,000 rows: an array and a buffer each, through the iterator, all of
   * it interpreted at first). The rows in the other layout (eight bytes an answer) or without
   * numbers (read from their JSON) are then read one by one, as before; usually there are none.
   */
  private decodeCompact(
    engagementId: number,
    instrumentId: number,
    itemCodes: string[],
  ): DecodedAnswers {
    const width = itemCodes.length;
    const params = {
      width,
      notAnswered: Buffer.alloc(width, NOT_ANSWERED),
      engagementId,
      instrumentId,
    };
    // Each row reaches the three joins at once, so they agree with each other in any order; the
    // order is the index's, which is by id. SQLite does not promise that, so it is checked, and
    // only when it does not hold are the rows sorted in SQL (a sort per join, some milliseconds).
    let joined = this.joinedStatement(false).get(params)!;
    let respondentIds = idsOf(joined[1]);
    if (!ascending(respondentIds)) {
      joined = this.joinedStatement(true).get(params)!;
      respondentIds = idsOf(joined[1]);
    }
    const [count, , groups, bytes, others] = joined;
    if (count === 0 || groups === null || bytes === null) {
      return {
        itemCodes,
        respondentIds: new Int32Array(0),
        groupIds: new Int32Array(0),
        values: new Float64Array(0),
      };
    }
    const groupIds = idsOf(groups);
    if (bytes.length !== count * width || respondentIds.length !== count) {
      return this.decodeRows(engagementId, instrumentId, itemCodes, ALL_ROWS);
    }
    const values = new Float64Array(count * width);
    // A plain view: a Buffer's own indexOf goes through Node's binding, some 1 µs a call.
    const answers = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
    values.set(answers);
    for (
      let at = answers.indexOf(NOT_ANSWERED);
      at >= 0;
      at = answers.indexOf(NOT_ANSWERED, at + 1)
    ) {
      values[at] = Number.NaN;
    }
    const decoded = { itemCodes, respondentIds, groupIds, values };
    if (others > 0) {
      // Those rows stand as "not answered" so far; each gets its own numbers or JSON.
      this.decodeRows(engagementId, instrumentId, itemCodes, OTHER_ROWS, decoded);
    }
    return decoded;
  }

  /** The compact rows joined (see decodeCompact), in the index's order or sorted by id. */
  private joinedStatement(sorted: boolean): JoinedStatement {
    const order = sorted ? ' ORDER BY id' : '';
    return (this.joinedStatements[Number(sorted)] ??= this.db
      .prepare<[JoinedParams], JoinedRow>(
        `SELECT count(*),
           group_concat(id, ','${order}),
           group_concat(group_id, ','${order}),
           CAST(group_concat(
             CASE WHEN length(answer_numbers) = @width THEN answer_numbers ELSE @notAnswered END,
             ''${order}
           ) AS BLOB),
           count(*) FILTER (WHERE answer_numbers IS NULL OR length(answer_numbers) <> @width)
         FROM respondents WHERE engagement_id = @engagementId AND instrument_id = @instrumentId`,
      )
      .raw());
  }

  /**
   * Row by row: all of them (into arrays sized by a count), or only those not in the compact
   * layout (`OTHER_ROWS`, into `into`, whose rows for them are all NaN), each copied from its
   * eight-byte numbers or decoded from its JSON. One row at a time: holding all rows' JSON at
   * once (`.all()`) would cost far more memory than the numbers (at 40,000 respondents some
   * 60 MB of strings and row objects, for 13 MB of answers).
   */
  private decodeRows(
    engagementId: number,
    instrumentId: number,
    itemCodes: string[],
    which: typeof ALL_ROWS | typeof OTHER_ROWS,
    into?: DecodedAnswers,
  ): DecodedAnswers {
    const column = new Map(itemCodes.map((code, index) => [code, index]));
    const width = itemCodes.length;
    const count = into
      ? into.respondentIds.length
      : this.respondentCount(engagementId, instrumentId);
    const values = into?.values ?? new Float64Array(count * width).fill(Number.NaN);
    const respondentIds = into?.respondentIds ?? new Int32Array(count);
    const groupIds = into?.groupIds ?? new Int32Array(count);
    // The JSON only where the numbers will not do: text is what costs to read and decode.
    const [compact, full] = NUMBERS_USABLE ? storedLengths(width) : [-1, -1];
    const rows = this.db
      .prepare<[RowParams], [number, number, Buffer | null, string | null]>(
        `SELECT id, group_id, answer_numbers,
           CASE WHEN length(answer_numbers) IN (@compact, @full) THEN NULL ELSE answers_json END
         FROM respondents WHERE engagement_id = @engagementId AND instrument_id = @instrumentId${
           which === OTHER_ROWS
             ? ' AND (answer_numbers IS NULL OR length(answer_numbers) <> @compact)'
             : ''
         } ORDER BY id`,
      )
      .raw()
      .iterate({ compact, full, engagementId, instrumentId });
    let respondent = 0;
    const order = new KeyOrder();
    for (const [id, groupId, numbers, json] of rows) {
      if (into) {
        // The ids are in ascending order in both, and read in one transaction.
        while (respondent < count && respondentIds[respondent] !== id) respondent++;
        if (respondent === count) throw new Error(`respondent ${id} is not among those read`);
      } else {
        respondentIds[respondent] = id;
        groupIds[respondent] = groupId;
      }
      const offset = respondent * width;
      if (json === null) unpackRow(numbers!, values, offset, width);
      else decodeAnswersInto(json, column, values, offset, width, order);
      respondent++;
    }
    return { itemCodes, respondentIds, groupIds, values };
  }

  /**
   * Joining the rows' bytes in SQL goes through text (group_concat), which keeps them byte for
   * byte in a UTF-8 database, as every workspace is; any other encoding is read row by row.
   */
  private textIsBytes(): boolean {
    return (this.utf8 ??= this.db.pragma('encoding', { simple: true }) === 'UTF-8');
  }
}

/** Ids joined by commas (null: none) as numbers: a typed array converts the digit strings natively. */
function idsOf(joined: string | null): Int32Array {
  return joined === null
    ? new Int32Array(0)
    : new Int32Array(joined.split(',') as unknown as ArrayLike<number>);
}

function ascending(ids: Int32Array): boolean {
  for (let index = 1; index < ids.length; index++) if (ids[index - 1]! >= ids[index]!) return false;
  return true;
}

/** Rows, the ids and the groups joined by commas, the answers' bytes joined, other rows. */
type JoinedRow = [number, string | null, string | null, Buffer | null, number];
type JoinedStatement = Statement<[JoinedParams], JoinedRow>;

interface JoinedParams {
  width: number;
  notAnswered: Buffer;
  engagementId: number;
  instrumentId: number;
}

interface RowParams {
  compact: number;
  full: number;
  engagementId: number;
  instrumentId: number;
}

/** Which rows `decodeRows` reads. */
const ALL_ROWS = 'all';
const OTHER_ROWS = 'not compact';

function sameCodes(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((code, index) => code === b[index]);
}
