import type { Migration } from './migration';

/**
 * Coding in the text, as in MAXQDA: a passage marked in the notes is either a quote (for the
 * report, with its attribution) or a coded passage (themes only). Both live in
 * interview_quotes; `is_quote` tells them apart, and the note documents carry a `passage` mark
 * with the row's id where the passage stands. Memos belong to the engagement, an interview or a
 * theme (one each), through foreign keys, so engagement archives take them along.
 */
export const migration0010Coding: Migration = {
  version: 10,
  name: 'coded passages and memos',
  up(db) {
    db.exec(`
      ALTER TABLE interview_quotes
        ADD COLUMN is_quote INTEGER NOT NULL DEFAULT 1 CHECK (is_quote IN (0, 1));

      CREATE TABLE memos (
        id INTEGER PRIMARY KEY,
        engagement_id INTEGER NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
        interview_id INTEGER REFERENCES interviews (id) ON DELETE CASCADE,
        theme_id INTEGER REFERENCES interview_themes (id) ON DELETE CASCADE,
        text TEXT NOT NULL CHECK (length(text) > 0),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (interview_id IS NULL OR theme_id IS NULL)
      ) STRICT;
      -- One memo per thing: the engagement's own, and one per interview and per theme.
      CREATE UNIQUE INDEX memos_one_per_target
        ON memos (engagement_id, ifnull(interview_id, 0), ifnull(theme_id, 0));
      CREATE INDEX memos_by_interview ON memos (interview_id);
      CREATE INDEX memos_by_theme ON memos (theme_id);
    `);
  },
};
