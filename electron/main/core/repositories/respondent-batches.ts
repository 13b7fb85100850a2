import type { WorkspaceDb } from '../db/open-workspace';
import { AppError } from '@shared/ipc/errors';
import type { BatchSource, RespondentBatch } from '@shared/questionnaire/batches';

interface BatchRow {
  id: number;
  engagement_id: number;
  instrument_id: number;
  source: BatchSource;
  file_name: string;
  created_at: string;
  respondents: number;
}

const SELECT_WITH_COUNT = `
  SELECT b.*, (SELECT count(*) FROM respondents r WHERE r.batch_id = b.id) AS respondents
  FROM respondent_batches b`;

/**
 * The batches responses arrived in (imports, kiosk sessions, live sessions). Only the batch rows
 * live here; respondents are written and removed through RespondentRepository.
 */
export class RespondentBatchRepository {
  constructor(
    private readonly db: WorkspaceDb,
    private readonly now: () => string = () => new Date().toISOString(),
  ) {}

  create(
    engagementId: number,
    instrumentId: number,
    source: BatchSource,
    fileName: string = '',
  ): number {
    const result = this.db
      .prepare(
        `INSERT INTO respondent_batches (engagement_id, instrument_id, source, file_name, created_at)
         VALUES (?, ?, ?, ?, ?)`,
      )
      .run(engagementId, instrumentId, source, fileName, this.now());
    return Number(result.lastInsertRowid);
  }

  /** The engagement's batches, newest first; optionally of one instrument version only. */
  list(engagementId: number, instrumentId?: number): RespondentBatch[] {
    const rows =
      instrumentId === undefined
        ? this.db
            .prepare<[number], BatchRow>(
              `${SELECT_WITH_COUNT} WHERE b.engagement_id = ? ORDER BY b.created_at DESC, b.id DESC`,
            )
            .all(engagementId)
        : this.db
            .prepare<[number, number], BatchRow>(
              `${SELECT_WITH_COUNT} WHERE b.engagement_id = ? AND b.instrument_id = ?
               ORDER BY b.created_at DESC, b.id DESC`,
            )
            .all(engagementId, instrumentId);
    return rows.map(toBatch);
  }

  get(engagementId: number, batchId: number): RespondentBatch {
    const row = this.db
      .prepare<[number, number], BatchRow>(
        `${SELECT_WITH_COUNT} WHERE b.id = ? AND b.engagement_id = ?`,
      )
      .get(batchId, engagementId);
    if (!row) throw new AppError('errors.notFound', { what: 'batch', id: batchId });
    return toBatch(row);
  }

  /** Drops a batch that received no respondents (a live session nobody answered). */
  deleteIfEmpty(batchId: number): void {
    this.db
      .prepare(
        `DELETE FROM respondent_batches WHERE id = ?
           AND NOT EXISTS (SELECT 1 FROM respondents WHERE batch_id = ?)`,
      )
      .run(batchId, batchId);
  }
}

function toBatch(row: BatchRow): RespondentBatch {
  return {
    id: row.id,
    engagementId: row.engagement_id,
    instrumentId: row.instrument_id,
    source: row.source,
    fileName: row.file_name,
    createdAt: row.created_at,
    respondents: row.respondents,
  };
}
