import type { WorkspaceDb } from '../db/open-workspace';
import { AppError } from '@shared/ipc/errors';
import type { StoredOpenAnswer } from '@shared/questionnaire/open-answers';
import { themeIdsOf } from './theme-ids';

interface OpenAnswerRow {
  id: number;
  respondent_id: number;
  engagement_id: number;
  instrument_id: number;
  group_id: number;
  item_code: string;
  text: string;
  quoted: number;
  theme_ids: string | null;
}

const SELECT = `
  SELECT a.id, a.respondent_id, r.engagement_id, r.instrument_id, r.group_id, a.item_code, a.text,
    a.quoted,
    (SELECT group_concat(t.theme_id) FROM open_answer_themes t WHERE t.open_answer_id = a.id)
      AS theme_ids
  FROM open_answers a JOIN respondents r ON r.id = a.respondent_id`;

function toAnswer(row: OpenAnswerRow): StoredOpenAnswer {
  return {
    id: row.id,
    respondentId: row.respondent_id,
    engagementId: row.engagement_id,
    instrumentId: row.instrument_id,
    groupId: row.group_id,
    itemCode: row.item_code,
    text: row.text,
    quoted: row.quoted === 1,
    themeIds: themeIdsOf(row.theme_ids),
  };
}

/**
 * The free-text answers of respondents (kept in step with their answers by
 * RespondentRepository), with the codebook themes the consultant gave them and whether they are
 * chosen as quotes for the report. Search over them is in InterviewSearch, with the notes.
 */
export class OpenAnswerRepository {
  constructor(private readonly db: WorkspaceDb) {}

  list(engagementId: number): StoredOpenAnswer[] {
    return this.db
      .prepare<[number], OpenAnswerRow>(
        `${SELECT} WHERE r.engagement_id = ? ORDER BY r.instrument_id, a.item_code, r.id`,
      )
      .all(engagementId)
      .map(toAnswer);
  }

  get(id: number): StoredOpenAnswer {
    const row = this.db.prepare<[number], OpenAnswerRow>(`${SELECT} WHERE a.id = ?`).get(id);
    if (!row) throw new AppError('errors.notFound', { what: 'openAnswer', id });
    return toAnswer(row);
  }

  /** The open answers chosen as quotes for the report. */
  quoted(engagementId: number): StoredOpenAnswer[] {
    return this.db
      .prepare<[number], OpenAnswerRow>(
        `${SELECT} WHERE r.engagement_id = ? AND a.quoted = 1 ORDER BY a.id`,
      )
      .all(engagementId)
      .map(toAnswer);
  }

  setQuoted(id: number, engagementId: number, quoted: boolean): StoredOpenAnswer {
    this.ofEngagement(id, engagementId);
    this.db.prepare('UPDATE open_answers SET quoted = ? WHERE id = ?').run(quoted ? 1 : 0, id);
    return this.get(id);
  }

  /** Replaces the answer's themes; themes must be the engagement's own. */
  setThemes(id: number, engagementId: number, themeIds: number[]): StoredOpenAnswer {
    return this.db.transaction(() => {
      this.ofEngagement(id, engagementId);
      const unique = [...new Set(themeIds)];
      const owned = new Set(
        this.db
          .prepare<[number], { id: number }>(
            'SELECT id FROM interview_themes WHERE engagement_id = ?',
          )
          .all(engagementId)
          .map((row) => row.id),
      );
      const foreign = unique.find((themeId) => !owned.has(themeId));
      if (foreign !== undefined)
        throw new AppError('errors.notFound', { what: 'theme', id: foreign });
      this.db.prepare('DELETE FROM open_answer_themes WHERE open_answer_id = ?').run(id);
      const insert = this.db.prepare(
        'INSERT INTO open_answer_themes (open_answer_id, theme_id) VALUES (?, ?)',
      );
      for (const themeId of unique) insert.run(id, themeId);
      return this.get(id);
    })();
  }

  /** Open answers per theme of one engagement (for theme counts). */
  themeCounts(engagementId: number): Map<number, number> {
    const rows = this.db
      .prepare<[number], { theme_id: number; n: number }>(
        `SELECT t.theme_id, count(*) AS n FROM open_answer_themes t
         JOIN open_answers a ON a.id = t.open_answer_id
         JOIN respondents r ON r.id = a.respondent_id
         WHERE r.engagement_id = ? GROUP BY t.theme_id`,
      )
      .all(engagementId);
    return new Map(rows.map((row) => [row.theme_id, row.n]));
  }

  private ofEngagement(id: number, engagementId: number): void {
    if (this.get(id).engagementId !== engagementId) {
      throw new AppError('errors.notFound', { what: 'openAnswer', id });
    }
  }
}
