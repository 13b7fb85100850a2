import type { Migration } from './migration';

/**
 * Fieldwork at the client site.
 *
 * - `respondent_batches`: every import, kiosk session and live session is a batch with its file
 *   name or label and date, so the consultant can see where responses came from and remove
 *   exactly one batch. Respondents typed into the grid (and the sample) belong to no batch.
 * - `respondents` gains `batch_id` and the source 'live' (phones on the room's network). A CHECK
 *   constraint cannot be altered in SQLite, so the table is rebuilt by SQLite's procedure
 *   (https://www.sqlite.org/lang_altertable.html#otheralter): created anew, rows copied with
 *   their ids, the old one dropped and the new one renamed, then its indexes and triggers (0003's
 *   indexes, 0008's change counter) created again from their stored definitions.
 *   `open_answers` (0008; themes and quote flags hang off it) references respondents with
 *   ON DELETE CASCADE: with foreign keys on, dropping the old table would delete every open
 *   answer. `migrate` runs migrations with foreign keys off and checks them before the commit;
 *   this migration refuses to run otherwise.
 * - `engagements.report_generated_at`: when the Word report was last written, for the progress
 *   overview ("report status").
 */
export const migration0009Fieldwork: Migration = {
  version: 9,
  name: 'fieldwork: respondent batches, live source, report status',
  up(db) {
    if (db.pragma('foreign_keys', { simple: true }) !== 0) {
      throw new Error('Migration 9 rebuilds respondents and must run with foreign keys off');
    }
    const indexesAndTriggers = db
      .prepare<[], { sql: string }>(
        `SELECT sql FROM sqlite_master
         WHERE tbl_name = 'respondents' AND type IN ('index', 'trigger') AND sql IS NOT NULL
         ORDER BY type, name`,
      )
      .all();
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
    `);
    for (const { sql } of indexesAndTriggers) db.exec(sql);
    db.exec(`
      CREATE INDEX respondents_by_batch ON respondents (batch_id);

      ALTER TABLE engagements ADD COLUMN report_generated_at TEXT;
    `);
  },
};
