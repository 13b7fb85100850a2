import type { Migration } from './migration';

/**
 * Respondent counts from an index. Every analysis and report counts an engagement's respondents
 * per instrument and group and reads when they were entered; with only (engagement_id,
 * instrument_id) indexed, SQLite read every respondent's row, answers and all, to find the group
 * and the date: some 80 and 40 ms at 40,000 respondents, several times per report. With the
 * group and the entry date in the index, both come from the index alone (a few ms).
 */
export const migration0011RespondentCounts: Migration = {
  version: 11,
  name: 'respondent counts from an index',
  up(db) {
    db.exec(`
      CREATE INDEX respondents_by_engagement_group
        ON respondents (engagement_id, instrument_id, group_id, created_at);
    `);
  },
};
