import type { WorkspaceDb } from '../db/open-workspace';
import { AppError } from '@shared/ipc/errors';
import type { Answers } from '@shared/questionnaire/answers';
import type { Instrument } from '@shared/questionnaire/instrument';
import type { ResponseMatrix } from '@shared/scoring';
import type { RespondentSource } from '@shared/questionnaire/batches';
import { DecodedAnswerCache, type DecodedAnswers } from './decoded-answers';
import {
  AnswerNumbersEncoder,
  ColumnNumbersEncoder,
  scoredCodesOfDefinition,
  type ColumnAnswers,
} from './answer-numbers';

export type { RespondentSource };

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

/** A respondent ready to store: the answers as their stored JSON, the open texts among them apart. */
export interface EncodedRespondent {
  groupId: number;
  code: string;
  role: string;
  /** The answers as `answers_json` holds them (what `JSON.stringify(answers)` gives). */
  answersJson: string;
  /** The non-blank text answers in it, by item code: they go to `open_answers` as well. */
  openTexts: [string, string][];
  /**
   * The columns `answersJson` was written from (an import): its numbers are then taken from
   * them instead of reading the JSON back (see ColumnNumbersEncoder).
   */
  columns?: ColumnAnswers;
}

export function encodeRespondent({ answers, ...respondent }: NewRespondent): EncodedRespondent {
  return { ...respondent, answersJson: JSON.stringify(answers), openTexts: openTexts(answers) };
}

/** Respondents of one engagement per instrument version and group: the only respondent count. */
export interface RespondentCount {
  instrumentId: number;
  groupId: number;
  respondents: number;
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

/** The columns `list` and `get` read (not the numbers: answer_numbers is for analyses). */
const RESPONDENT_COLUMNS =
  'id, engagement_id, instrument_id, group_id, code, role, source, answers_json, updated_at';

/**
 * Respondents and their answers (one JSON object per respondent), their open answers (kept in
 * step here, see migration 0008) and every count of respondents the app shows.
 *
 * Every write to respondents goes through this class. Reading for analysis goes through
 * `decoded`, which parses each respondent's JSON once per engagement and instrument and keeps the
 * numbers in memory until the data change (a trigger-maintained counter tells, whoever wrote).
 */
export class RespondentRepository {
  private readonly cache: DecodedAnswerCache;

  constructor(
    private readonly db: WorkspaceDb,
    private readonly now: () => string = () => new Date().toISOString(),
  ) {
    this.cache = new DecodedAnswerCache(db);
  }

  list(engagementId: number, instrumentId: number): Respondent[] {
    return this.db
      .prepare<[number, number], RespondentRow>(
        `SELECT ${RESPONDENT_COLUMNS} FROM respondents
         WHERE engagement_id = ? AND instrument_id = ? ORDER BY id`,
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
   * `batchId` ties the rows to their import, kiosk or live session (respondent_batches).
   */
  insertMany(
    engagementId: number,
    instrumentId: number,
    source: RespondentSource,
    respondents: Iterable<NewRespondent>,
    batchId: number | null = null,
  ): number[] {
    function* encoded(): Generator<EncodedRespondent> {
      for (const respondent of respondents) yield encodeRespondent(respondent);
    }
    return this.insertEncoded(engagementId, instrumentId, source, encoded(), batchId);
  }

  /**
   * The same with the answers already as stored (an import encodes them in its parse worker):
   * one transaction, all or nothing, one prepared statement for all rows. Every respondent row is
   * written here or in `update`, each with its `answer_numbers` made from the same answers.
   */
  insertEncoded(
    engagementId: number,
    instrumentId: number,
    source: RespondentSource,
    respondents: Iterable<EncodedRespondent>,
    batchId: number | null = null,
  ): number[] {
    const insert = this.db.prepare(
      `INSERT INTO respondents (engagement_id, instrument_id, group_id, code, role, source,
         answers_json, answer_numbers, created_at, updated_at, batch_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    return this.db.transaction(() => {
      const groups = this.groupIdsOf(engagementId);
      const itemCodes = this.scoredCodesOf(instrumentId);
      const fromJson = new AnswerNumbersEncoder(itemCodes);
      const fromColumns = new ColumnNumbersEncoder(itemCodes);
      const timestamp = this.now();
      const ids: number[] = [];
      const openAnswers = new OpenAnswerSync(this.db);
      for (const respondent of respondents) {
        if (!groups.has(respondent.groupId)) {
          throw new AppError('errors.notFound', { what: 'group', id: respondent.groupId });
        }
        try {
          const numbers =
            (respondent.columns && fromColumns.encode(respondent.columns, respondent.openTexts)) ??
            fromJson.encode(respondent.answersJson);
          const result = insert.run(
            engagementId,
            instrumentId,
            respondent.groupId,
            respondent.code,
            respondent.role,
            source,
            respondent.answersJson,
            numbers,
            timestamp,
            timestamp,
            batchId,
          );
          const id = Number(result.lastInsertRowid);
          openAnswers.insertTexts(id, respondent.openTexts);
          ids.push(id);
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
      const answersJson = JSON.stringify(changes.answers);
      const instrumentId = this.db
        .prepare<[number, number], number>(
          'SELECT instrument_id FROM respondents WHERE id = ? AND engagement_id = ?',
        )
        .pluck()
        .get(id, engagementId);
      if (instrumentId === undefined)
        throw new AppError('errors.notFound', { what: 'respondent', id });
      const numbers = new AnswerNumbersEncoder(this.scoredCodesOf(instrumentId)).encode(
        answersJson,
      );
      try {
        const result = this.db
          .prepare(
            `UPDATE respondents SET group_id = ?, code = ?, role = ?, answers_json = ?,
               answer_numbers = ?, updated_at = ?
             WHERE id = ? AND engagement_id = ?`,
          )
          .run(
            changes.groupId,
            changes.code,
            changes.role,
            answersJson,
            numbers,
            this.now(),
            id,
            engagementId,
          );
        if (result.changes === 0) throw new AppError('errors.notFound', { what: 'respondent', id });
      } catch (error) {
        throw uniqueCodeError(error, changes.code);
      }
      new OpenAnswerSync(this.db).replace(id, changes.answers);
      return this.get(id);
    })();
  }

  get(id: number): Respondent {
    const row = this.db
      .prepare<[number], RespondentRow>(
        `SELECT ${RESPONDENT_COLUMNS} FROM respondents WHERE id = ?`,
      )
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

  /**
   * Removes one batch (an import, kiosk or live session): exactly its respondents, then the batch
   * itself, in one transaction. Returns how many respondents were removed.
   */
  deleteBatch(engagementId: number, batchId: number): number {
    return this.db.transaction(() => {
      const removed = this.db
        .prepare('DELETE FROM respondents WHERE batch_id = ? AND engagement_id = ?')
        .run(batchId, engagementId).changes;
      const batch = this.db
        .prepare('DELETE FROM respondent_batches WHERE id = ? AND engagement_id = ?')
        .run(batchId, engagementId);
      if (batch.changes === 0)
        throw new AppError('errors.notFound', { what: 'batch', id: batchId });
      return removed;
    })();
  }

  /** Respondents of one engagement per instrument version and group. */
  counts(engagementId: number): RespondentCount[] {
    return this.db
      .prepare<[number], { instrument_id: number; group_id: number; n: number }>(
        `SELECT instrument_id, group_id, count(*) AS n FROM respondents
         WHERE engagement_id = ? GROUP BY instrument_id, group_id ORDER BY instrument_id, group_id`,
      )
      .all(engagementId)
      .map((row) => ({
        instrumentId: row.instrument_id,
        groupId: row.group_id,
        respondents: row.n,
      }));
  }

  /** Respondents per group of one engagement, over all its instruments. */
  countByGroup(engagementId: number): Map<number, number> {
    return sumBy(this.counts(engagementId), (count) => count.groupId);
  }

  /** Respondents per instrument version of one engagement. */
  countByInstrument(engagementId: number): Map<number, number> {
    return respondentsPerInstrument(this.counts(engagementId));
  }

  /** Respondents per instrument version over all engagements: a version with any is locked. */
  countsForInstruments(): Map<number, number> {
    const rows = this.db
      .prepare<[], { instrument_id: number; n: number }>(
        'SELECT instrument_id, count(*) AS n FROM respondents GROUP BY instrument_id',
      )
      .all();
    return new Map(rows.map((row) => [row.instrument_id, row.n]));
  }

  /** Respondents of one instrument version over all engagements. */
  countForInstrument(instrumentId: number): number {
    return (
      this.db
        .prepare<[number], { n: number }>(
          'SELECT count(*) AS n FROM respondents WHERE instrument_id = ?',
        )
        .get(instrumentId)?.n ?? 0
    );
  }

  /** Closed engagements (other than one) with responses to a version of the instrument `key`. */
  closedEngagementsUsing(key: string, exceptEngagementId: number) {
    return this.db
      .prepare<[string, number], { engagement_id: number; instrument_id: number }>(
        `SELECT DISTINCT r.engagement_id, r.instrument_id
         FROM respondents r
         JOIN engagements e ON e.id = r.engagement_id
         JOIN instruments i ON i.id = r.instrument_id
         WHERE i.instrument_key = ? AND e.status = 'closed' AND e.id != ?
         ORDER BY r.engagement_id, r.instrument_id`,
      )
      .all(key, exceptEngagementId)
      .map((row) => ({ engagementId: row.engagement_id, instrumentId: row.instrument_id }));
  }

  /**
   * The numeric answers of one engagement to one instrument version, decoded once and shared by
   * results, gap analysis, report and exports until a respondent changes. Read-only: callers
   * must not write into the arrays.
   */
  decoded(engagementId: number, instrumentId: number, instrument: Instrument): DecodedAnswers {
    return this.cache.get(engagementId, instrumentId, instrument);
  }

  /**
   * The responses to one instrument as the compact matrix scoring works on. Groups are indexed in
   * the order of `groupIds` (respondents of other groups get −1); open questions are left out.
   */
  loadMatrix(
    engagementId: number,
    instrumentId: number,
    instrument: Instrument,
    groupIds: number[],
  ): ResponseMatrix {
    const decoded = this.decoded(engagementId, instrumentId, instrument);
    const groupIndex = new Map(groupIds.map((id, index) => [id, index]));
    const groupOf = new Int32Array(decoded.groupIds.length);
    for (let r = 0; r < groupOf.length; r++)
      groupOf[r] = groupIndex.get(decoded.groupIds[r]!) ?? -1;
    return {
      itemCodes: decoded.itemCodes,
      values: decoded.values,
      groupOf,
      groupCount: groupIds.length,
    };
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

  /** The columns of `answer_numbers` for an instrument version (its scored items, in order). */
  private scoredCodesOf(instrumentId: number): string[] {
    const definition = this.db
      .prepare<[number], string>('SELECT definition_json FROM instruments WHERE id = ?')
      .pluck()
      .get(instrumentId);
    // An unknown instrument: the insert's foreign key refuses the row anyway.
    return definition === undefined ? [] : scoredCodesOfDefinition(definition);
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

/** Respondents per instrument version, from an engagement's `counts` (already read). */
export function respondentsPerInstrument(counts: RespondentCount[]): Map<number, number> {
  return sumBy(counts, (count) => count.instrumentId);
}

function sumBy(counts: RespondentCount[], key: (count: RespondentCount) => number) {
  const sums = new Map<number, number>();
  for (const count of counts) sums.set(key(count), (sums.get(key(count)) ?? 0) + count.respondents);
  return sums;
}

/** Keeps `open_answers` equal to the text answers in `answers_json`, keeping codes and themes. */
class OpenAnswerSync {
  /** Prepared once per sync: an import inserts thousands of respondents with one sync. */
  private readonly insertStatement;

  constructor(private readonly db: WorkspaceDb) {
    this.insertStatement = db.prepare(
      'INSERT INTO open_answers (respondent_id, item_code, text) VALUES (?, ?, ?)',
    );
  }

  insertTexts(respondentId: number, texts: [string, string][]): void {
    for (const [code, text] of texts) this.insertStatement.run(respondentId, code, text);
  }

  replace(respondentId: number, answers: Answers): void {
    const wanted = new Map(openTexts(answers));
    const existing = this.db
      .prepare<[number], { id: number; item_code: string; text: string }>(
        'SELECT id, item_code, text FROM open_answers WHERE respondent_id = ?',
      )
      .all(respondentId);
    for (const row of existing) {
      const text = wanted.get(row.item_code);
      if (text === undefined) {
        this.db.prepare('DELETE FROM open_answers WHERE id = ?').run(row.id);
      } else if (text !== row.text) {
        this.db.prepare('UPDATE open_answers SET text = ? WHERE id = ?').run(text, row.id);
      }
      wanted.delete(row.item_code);
    }
    this.insertTexts(respondentId, [...wanted]);
  }
}

function openTexts(answers: Answers): [string, string][] {
  return Object.entries(answers).flatMap(([code, value]) =>
    typeof value === 'string' && value.trim() !== '' ? [[code, value] as [string, string]] : [],
  );
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
