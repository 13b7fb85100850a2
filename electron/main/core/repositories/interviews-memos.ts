import type { WorkspaceDb } from '../db/open-workspace';
import { AppError } from '@shared/ipc/errors';
import type { Memo, MemoTarget } from '@shared/interviews/model';

interface MemoRow {
  id: number;
  engagement_id: number;
  interview_id: number | null;
  theme_id: number | null;
  text: string;
  created_at: string;
  updated_at: string;
}

function toMemo(row: MemoRow): Memo {
  const target: MemoTarget =
    row.interview_id !== null
      ? { kind: 'interview', id: row.interview_id }
      : row.theme_id !== null
        ? { kind: 'theme', id: row.theme_id }
        : { kind: 'engagement' };
  return {
    id: row.id,
    engagementId: row.engagement_id,
    target,
    text: row.text,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Memos: one about the engagement and one about each interview and theme (see migration 7). */
export class MemoRepository {
  constructor(
    private readonly db: WorkspaceDb,
    private readonly now: () => string,
  ) {}

  list(engagementId: number): Memo[] {
    return this.db
      .prepare<[number], MemoRow>(
        `SELECT * FROM memos WHERE engagement_id = ?
         ORDER BY interview_id IS NOT NULL, theme_id IS NOT NULL, id`,
      )
      .all(engagementId)
      .map(toMemo);
  }

  /**
   * Writes the memo about `target` (created when there is none); an empty text removes it.
   * Returns the memo, or null once removed.
   */
  save(engagementId: number, target: MemoTarget, text: string): Memo | null {
    return this.db.transaction(() => {
      this.checkTarget(engagementId, target);
      const interviewId = target.kind === 'interview' ? target.id : null;
      const themeId = target.kind === 'theme' ? target.id : null;
      if (text === '') {
        this.db
          .prepare(
            `DELETE FROM memos WHERE engagement_id = ? AND interview_id IS ? AND theme_id IS ?`,
          )
          .run(engagementId, interviewId, themeId);
        return null;
      }
      const timestamp = this.now();
      const row = this.db
        .prepare<[number, number | null, number | null, string, string, string], MemoRow>(
          `INSERT INTO memos (engagement_id, interview_id, theme_id, text, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT (engagement_id, ifnull(interview_id, 0), ifnull(theme_id, 0))
             DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at
           RETURNING *`,
        )
        .get(engagementId, interviewId, themeId, text, timestamp, timestamp);
      return toMemo(row!);
    })();
  }

  private checkTarget(engagementId: number, target: MemoTarget): void {
    const found =
      target.kind === 'engagement'
        ? this.db.prepare('SELECT 1 FROM engagements WHERE id = ?').get(engagementId)
        : target.kind === 'interview'
          ? this.db
              .prepare('SELECT 1 FROM interviews WHERE id = ? AND engagement_id = ?')
              .get(target.id, engagementId)
          : this.db
              .prepare('SELECT 1 FROM interview_themes WHERE id = ? AND engagement_id = ?')
              .get(target.id, engagementId);
    if (!found) {
      throw new AppError('errors.notFound', {
        what: target.kind,
        id: target.kind === 'engagement' ? engagementId : target.id,
      });
    }
  }
}
