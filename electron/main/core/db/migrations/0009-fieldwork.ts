import type { Migration } from './index';

/**
 * Fieldwork at the client site.
 *
 * - `respondent_batches`: every import, kiosk session and live session is a batch with its file
 *   name or label and date, so the consultant can see where responses came from and remove
 *   exactly one batch. Respondents typed into the grid (and the sample) belong to no batch.
 * - `respondents` gains `batch_id` and the source 'live' (phones on the room's network). A CHECK
 *   constraint cannot be altered in SQLite, so the table is rebuilt: created anew, rows copied,
 *   the old one dropped and the new one renamed. No table references respondents, so this is safe
 *   with foreign keys on and inside the migration transaction.
 * - `engagements.report_generated_at`: when the Word report was last written, for the progress
 *   overview ("report status").
 */
export const migration0009Fieldwork: Migration = {
  version: 9,
  name: 'fieldwork: respondent batches, live source, report status',
  up(db) {
    db.exec(`
      CREATE TABLE respondent_batches (
        id INTEGER PRIMARY KEY,
        engagement_id INTEGER NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
        instrument_id INTEGER NOT NULL REFERENCES instruments (id),
        source TEXT NOT NULL CHECK (source IN ('import', 'kiosk', 'live')),
        -- The imported file's name, or empty for a kiosk or live session.
        file_name TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX respondent_batches_by_engagement ON respondent_batches (engagement_id);

      CREATE TABLE respondents_new (
        id INTEGER PRIMARY KEY,
        engagement_id INTEGER NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
        instrument_id INTEGER NOT NULL REFERENCES instruments (id),
        group_id INTEGER NOT NULL REFERENCES groups (id),
        code TEXT NOT NULL CHECK (length(code) > 0),
        role TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL CHECK (source IN ('grid', 'import', 'kiosk', 'live', 'sample')),
        answers_json TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(answers_json)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        batch_id INTEGER REFERENCES respondent_batches (id),
        UNIQUE (engagement_id, code)
      ) STRICT;
      INSERT INTO respondents_new (id, engagement_id, instrument_id, group_id, code, role, source,
          answers_json, created_at, updated_at)
        SELECT id, engagement_id, instrument_id, group_id, code, role, source, answers_json,
          created_at, updated_at
        FROM respondents;
      DROP TABLE respondents;
      ALTER TABLE respondents_new RENAME TO respondents;
      CREATE INDEX respondents_by_instrument ON respondents (engagement_id, instrument_id);
      CREATE INDEX respondents_by_group ON respondents (group_id);
      CREATE INDEX respondents_by_batch ON respondents (batch_id);

      ALTER TABLE engagements ADD COLUMN report_generated_at TEXT;
    `);
  },
};
