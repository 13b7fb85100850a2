import type { WorkspaceDb } from '../db/open-workspace';
import type { EngagementActivity, InterviewProgress } from '@shared/engagements/progress';

interface ActivityRow {
  engagement_id: number;
  respondents: number;
  interviews: number;
  interviews_held: number;
  last_activity_at: string;
}

/**
 * Held: the date has come, or notes were written. `@today` is the local date (yyyy-mm-dd), the
 * same calendar the consultant enters interview dates in.
 */
const HELD = `(i.held_on IS NOT NULL AND i.held_on <= @today)
  OR EXISTS (SELECT 1 FROM interview_notes n WHERE n.interview_id = i.id AND n.plain_text <> '')`;

// ISO timestamps compare as text; '' stands in for "never" (max() of SQLite returns NULL if any
// argument is NULL).
const ACTIVITY_SELECT = `
  SELECT e.id AS engagement_id,
    (SELECT count(*) FROM respondents r WHERE r.engagement_id = e.id) AS respondents,
    (SELECT count(*) FROM interviews i WHERE i.engagement_id = e.id) AS interviews,
    (SELECT count(*) FROM interviews i WHERE i.engagement_id = e.id AND (${HELD})) AS interviews_held,
    max(e.updated_at,
      coalesce((SELECT max(r.updated_at) FROM respondents r WHERE r.engagement_id = e.id), ''),
      coalesce((SELECT max(i.updated_at) FROM interviews i WHERE i.engagement_id = e.id), ''),
      coalesce((SELECT max(n.updated_at) FROM interview_notes n
                  JOIN interviews i ON i.id = n.interview_id WHERE i.engagement_id = e.id), ''),
      coalesce((SELECT s.updated_at FROM report_settings s WHERE s.engagement_id = e.id), ''),
      coalesce(e.report_generated_at, '')) AS last_activity_at
  FROM engagements e`;

/** Read-only figures across tables for the progress overview and the engagement list. */
export class ProgressRepository {
  constructor(
    private readonly db: WorkspaceDb,
    private readonly now: () => string = () => new Date().toISOString(),
  ) {}

  /** Responses, interviews and last activity of every engagement, by engagement id. */
  activity(today: string): Map<number, EngagementActivity> {
    const rows = this.db.prepare<{ today: string }, ActivityRow>(ACTIVITY_SELECT).all({ today });
    return new Map(rows.map((row) => [row.engagement_id, toActivity(row)]));
  }

  activityOf(engagementId: number, today: string): EngagementActivity | null {
    const row = this.db
      .prepare<{ today: string; id: number }, ActivityRow>(`${ACTIVITY_SELECT} WHERE e.id = @id`)
      .get({ today, id: engagementId });
    return row ? toActivity(row) : null;
  }

  interviews(engagementId: number, today: string): InterviewProgress {
    const row = this.db
      .prepare<{ today: string; id: number }, { total: number; held: number }>(
        `SELECT count(*) AS total, coalesce(sum(CASE WHEN ${HELD} THEN 1 ELSE 0 END), 0) AS held
         FROM interviews i WHERE i.engagement_id = @id`,
      )
      .get({ today, id: engagementId });
    const total = row?.total ?? 0;
    const held = row?.held ?? 0;
    return { planned: total - held, held };
  }

  report(engagementId: number): { editedAt: string | null; generatedAt: string | null } {
    const row = this.db
      .prepare<[number], { edited_at: string | null; generated_at: string | null }>(
        `SELECT (SELECT updated_at FROM report_settings WHERE engagement_id = e.id) AS edited_at,
           e.report_generated_at AS generated_at
         FROM engagements e WHERE e.id = ?`,
      )
      .get(engagementId);
    return { editedAt: row?.edited_at ?? null, generatedAt: row?.generated_at ?? null };
  }

  /** Records that the report was written (not a change to the engagement's details). */
  markReportGenerated(engagementId: number): void {
    this.db
      .prepare('UPDATE engagements SET report_generated_at = ? WHERE id = ?')
      .run(this.now(), engagementId);
  }
}

function toActivity(row: ActivityRow): EngagementActivity {
  return {
    respondents: row.respondents,
    interviews: row.interviews,
    interviewsHeld: row.interviews_held,
    lastActivityAt: row.last_activity_at,
  };
}
