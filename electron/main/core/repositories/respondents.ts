import { decodeAnswersInto } from './answers-codec';
import type { WorkspaceDb } from '../db/open-workspace';
import { AppError } from '@shared/ipc/errors';
import type { Answers } from '@shared/questionnaire/answers';
import type { Instrument } from '@shared/questionnaire/instrument';
import type { ResponseMatrix } from '@shared/scoring';

export type RespondentSource = 'grid' | 'import' | 'kiosk' | 'sample';

export interface Respondent {
  id: number;
  engagementId: number;
  instrumentId: number;
  groupId: number;
  code: string;
  role: string;
  source: RespondentSource;
  answers: Answers;
  updatedAt: string;
}

export interface NewRespondent {
  groupId: number;
  code: string;
  role: string;
  answers: Answers;
}

interface RespondentRow {
  id: number;
  engagement_id: number;
  instrument_id: number;
  group_id: number;
  code: string;
  role: string;
  source: RespondentSource;
  answers_json: string;
  updated_at: string;
}

/** Numeric item kinds: the columns of a response matrix. */
const SCORED_KINDS = new Set(['likert', 'importance', 'performance']);

/** Respondents and their answers (one JSON object per respondent). */
/** Decoded answer sets kept: a report reads two instruments (staff and customer version). */
const DECODED_KEPT = 2;

export class RespondentRepository {
  /** The last instruments' decoded answers (a report reads the staff and customer versions). */
  private readonly decoded = new Map<
    string,
    { itemCodes: string[]; values: Float64Array; groupIds: number[] }
  >();

  constructor(
    private readonly db: WorkspaceDb,
    private readonly now: () => string = () => new Date().toISOString(),
  ) {}

  list(engagementId: number, instrumentId: number): Respondent[] {
    return this.db
      .prepare<[number, number], RespondentRow>(
        'SELECT * FROM respondents WHERE engagement_id = ? AND instrument_id = ? ORDER BY id',
      )
      .all(engagementId, instrumentId)
      .map(toRespondent);
  }

  codes(engagementId: number): string[] {
    return this.db
      .prepare<[number], { code: string }>('SELECT code FROM respondents WHERE engagement_id = ?')
      .all(engagementId)
      .map((row) => row.code);
  }

  /**
   * Inserts a batch in one transaction: all or nothing (imports, kiosk, sample data). Takes any
   * iterable so a large import can be turned into rows one at a time instead of all at once.
   */
  insertMany(
    engagementId: number,
    instrumentId: number,
    source: RespondentSource,
    respondents: Iterable<NewRespondent>,
  ): number[] {
    const insert = this.db.prepare(
      `INSERT INTO respondents (engagement_id, instrument_id, group_id, code, role, source,
         answers_json, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    return this.db.transaction(() => {
      const groups = this.groupIdsOf(engagementId);
      const timestamp = this.now();
      const ids: number[] = [];
      for (const respondent of respondents) {
        if (!groups.has(respondent.groupId)) {
          throw new AppError('errors.notFound', { what: 'group', id: respondent.groupId });
        }
        try {
          const result = insert.run(
            engagementId,
            instrumentId,
            respondent.groupId,
            respondent.code,
            respondent.role,
            source,
            JSON.stringify(respondent.answers),
            timestamp,
            timestamp,
          );
          ids.push(Number(result.lastInsertRowid));
        } catch (error) {
          throw uniqueCodeError(error, respondent.code);
        }
      }
      return ids;
    })();
  }

  update(id: number, engagementId: number, changes: NewRespondent): Respondent {
    return this.db.transaction(() => {
      if (!this.groupIdsOf(engagementId).has(changes.groupId)) {
        throw new AppError('errors.notFound', { what: 'group', id: changes.groupId });
      }
      try {
        const result = this.db
          .prepare(
            `UPDATE respondents SET group_id = ?, code = ?, role = ?, answers_json = ?, updated_at = ?
             WHERE id = ? AND engagement_id = ?`,
          )
          .run(
            changes.groupId,
            changes.code,
            changes.role,
            JSON.stringify(changes.answers),
            this.now(),
            id,
            engagementId,
          );
        if (result.changes === 0) throw new AppError('errors.notFound', { what: 'respondent', id });
      } catch (error) {
        throw uniqueCodeError(error, changes.code);
      }
      return this.get(id);
    })();
  }

  get(id: number): Respondent {
    const row = this.db
      .prepare<[number], RespondentRow>('SELECT * FROM respondents WHERE id = ?')
      .get(id);
    if (!row) throw new AppError('errors.notFound', { what: 'respondent', id });
    return toRespondent(row);
  }

  delete(id: number, engagementId: number): void {
    const result = this.db
      .prepare('DELETE FROM respondents WHERE id = ? AND engagement_id = ?')
      .run(id, engagementId);
    if (result.changes === 0) throw new AppError('errors.notFound', { what: 'respondent', id });
  }

  countByGroup(engagementId: number): Map<number, number> {
    const rows = this.db
      .prepare<[number], { group_id: number; n: number }>(
        'SELECT group_id, count(*) AS n FROM respondents WHERE engagement_id = ? GROUP BY group_id',
      )
      .all(engagementId);
    return new Map(rows.map((row) => [row.group_id, row.n]));
  }

  /**
   * The responses to one instrument as the compact matrix scoring works on. Groups are indexed in
   * the order of `groupIds`; open questions are left out.
   */
  loadMatrix(
    engagementId: number,
    instrumentId: number,
    instrument: Instrument,
    groupIds: number[],
  ): ResponseMatrix {
    const itemCodes = instrument.items
      .filter((item) => SCORED_KINDS.has(item.kind))
      .map((item) => item.code);
    const decoded = this.decodedAnswers(engagementId, instrumentId, itemCodes);
    const groupIndex = new Map(groupIds.map((id, index) => [id, index]));
    const groupOf = new Int32Array(decoded.groupIds.length);
    decoded.groupIds.forEach((groupId, respondent) => {
      groupOf[respondent] = groupIndex.get(groupId) ?? -1;
    });
    // The same columns: the decoded matrix itself (scoring and analyses only read a matrix).
    if (
      itemCodes.length === decoded.itemCodes.length &&
      itemCodes.every((code, index) => code === decoded.itemCodes[index])
    ) {
      return { itemCodes, values: decoded.values, groupOf, groupCount: groupIds.length };
    }
    // Fewer columns: those columns, copied.
    const from = itemCodes.map((code) => decoded.itemCodes.indexOf(code));
    const width = itemCodes.length;
    const stride = decoded.itemCodes.length;
    const values = new Float64Array(decoded.groupIds.length * width);
    for (let respondent = 0; respondent < decoded.groupIds.length; respondent++) {
      for (let column = 0; column < width; column++) {
        values[respondent * width + column] = decoded.values[respondent * stride + from[column]!]!;
      }
    }
    return { itemCodes, values, groupOf, groupCount: groupIds.length };
  }

  /**
   * The answers of an instrument as a matrix, decoded once: a report reads them for the results
   * and again for the gap analysis. The last ones are kept while the database has not changed —
   * on this connection (total_changes) or another, such as the import worker's (data_version).
   */
  private decodedAnswers(engagementId: number, instrumentId: number, itemCodes: string[]) {
    const version = this.db
      .prepare<[], { changes: number; version: number }>(
        'SELECT total_changes() AS changes, (SELECT data_version FROM pragma_data_version) AS version',
      )
      .get()!;
    const key = `${engagementId}:${instrumentId}:${version.changes}:${version.version}`;
    const cached = this.decoded.get(key);
    // The same answers, read for the same columns or more of them: read again from the cache.
    if (cached && itemCodes.every((code) => cached.itemCodes.includes(code))) return cached;
    const rows = this.db
      .prepare<[number, number], { group_id: number; answers_json: string }>(
        'SELECT group_id, answers_json FROM respondents WHERE engagement_id = ? AND instrument_id = ? ORDER BY id',
      )
      .all(engagementId, instrumentId);
    const width = itemCodes.length;
    const column = new Map(itemCodes.map((code, index) => [code, index]));
    const values = new Float64Array(rows.length * width).fill(Number.NaN);
    const groupIds = rows.map((row, respondent) => {
      decodeAnswersInto(row.answers_json, column, values, respondent * width, width);
      return row.group_id;
    });
    const entry = { itemCodes, values, groupIds };
    this.decoded.delete(key);
    this.decoded.set(key, entry);
    for (const old of this.decoded.keys()) {
      if (this.decoded.size <= DECODED_KEPT) break;
      this.decoded.delete(old);
    }
    return entry;
  }

  /** The first and last day responses of an engagement were entered (the fieldwork period). */
  entryPeriod(engagementId: number): { first: string; last: string } | null {
    const row = this.db
      .prepare<[number], { first: string | null; last: string | null }>(
        `SELECT substr(min(created_at), 1, 10) AS first, substr(max(created_at), 1, 10) AS last
         FROM respondents WHERE engagement_id = ?`,
      )
      .get(engagementId);
    return row?.first && row.last ? { first: row.first, last: row.last } : null;
  }

  private groupIdsOf(engagementId: number): Set<number> {
    return new Set(
      this.db
        .prepare<[number], { id: number }>('SELECT id FROM groups WHERE engagement_id = ?')
        .all(engagementId)
        .map((row) => row.id),
    );
  }
}

function toRespondent(row: RespondentRow): Respondent {
  return {
    id: row.id,
    engagementId: row.engagement_id,
    instrumentId: row.instrument_id,
    groupId: row.group_id,
    code: row.code,
    role: row.role,
    source: row.source,
    answers: JSON.parse(row.answers_json) as Answers,
    updatedAt: row.updated_at,
  };
}

function uniqueCodeError(error: unknown, code: string): unknown {
  if (error instanceof Error && /UNIQUE constraint failed: respondents/.test(error.message)) {
    return new AppError('respondent.duplicateCode', { code });
  }
  return error;
}
