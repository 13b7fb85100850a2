import type { Statement } from 'better-sqlite3';
import type { WorkspaceDb } from '../db/open-workspace';
import { scoredItemCodes, type Instrument } from '@shared/questionnaire/instrument';
import { decodeAnswersInto, KeyOrder } from './answers-codec';
import { NUMBERS_USABLE, storedLengths, unpackRow } from './answer-numbers';

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

  constructor(private readonly db: WorkspaceDb) {}

  get(engagementId: number, instrumentId: number, instrument: Instrument): DecodedAnswers {
    const counter = this.changeCounter();
    if (counter !== this.seenCounter) {
      this.entries.clear();
      this.seenCounter = counter;
    }
    const itemCodes = scoredItemCodes(instrument);
    const key = `${engagementId}:${instrumentId}`;
    const respondents = this.respondentCount(engagementId, instrumentId);
    const cached = this.entries.get(key);
    if (
      cached &&
      cached.respondents === respondents &&
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
   * Copies each row's stored numbers (`answer_numbers`, migration 0012) into the matrix; only a
   * row without them (or whose numbers do not fit the instrument) has its JSON read and decoded.
   * Reads the rows one at a time into arrays sized by a count taken in the same transaction:
   * holding all rows' JSON at once (`.all()`) would cost far more memory than the numbers
   * (at 40,000 respondents some 60 MB of strings and row objects, for 13 MB of answers).
   */
  private decode(engagementId: number, instrumentId: number, itemCodes: string[]): DecodedAnswers {
    const column = new Map(itemCodes.map((code, index) => [code, index]));
    const width = itemCodes.length;
    return this.db.transaction(() => {
      const count = this.respondentCount(engagementId, instrumentId);
      const values = new Float64Array(count * width).fill(Number.NaN);
      const respondentIds = new Int32Array(count);
      const groupIds = new Int32Array(count);
      // The JSON only where the numbers will not do: text is what costs to read and decode.
      const [compact, full] = NUMBERS_USABLE ? storedLengths(width) : [-1, -1];
      const rows = this.db
        .prepare<[number, number, number, number], [number, number, Buffer | null, string | null]>(
          `SELECT id, group_id, answer_numbers,
             CASE WHEN length(answer_numbers) IN (?, ?) THEN NULL ELSE answers_json END
           FROM respondents WHERE engagement_id = ? AND instrument_id = ? ORDER BY id`,
        )
        .raw()
        .iterate(compact, full, engagementId, instrumentId);
      let respondent = 0;
      const order = new KeyOrder();
      for (const [id, groupId, numbers, json] of rows) {
        respondentIds[respondent] = id;
        groupIds[respondent] = groupId;
        const offset = respondent * width;
        if (json === null) unpackRow(numbers!, values, offset, width);
        else decodeAnswersInto(json, column, values, offset, width, order);
        respondent++;
      }
      return { itemCodes, respondentIds, groupIds, values };
    })();
  }
}

function sameCodes(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((code, index) => code === b[index]);
}
