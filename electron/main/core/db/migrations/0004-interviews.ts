import type { Migration } from './migration';

/**
 * Interviews with notes per guide question, quotes, the engagement's codebook of themes, the
 * consultant's own guides, and full-text search over notes and quotes.
 *
 * Search: two external-content FTS5 indexes (the text lives once, in interview_notes and
 * interview_quotes), kept in step by triggers. `unicode61 remove_diacritics 2` folds case and
 * accents ("cafe" finds "café"); prefix indexes make the per-word prefix queries fast; the
 * fts5vocab tables let search look up the Dutch word forms present in the index
 * (see shared/interviews/search-query.ts).
 */
export const migration0004Interviews: Migration = {
  version: 4,
  name: 'interviews: guides, notes, quotes, themes, search',
  up(db) {
    db.exec(`
      -- The consultant's own guides (copies of shipped ones, edited); a guide is one JSON value.
      CREATE TABLE interview_guides (
        id INTEGER PRIMARY KEY,
        copied_from TEXT,
        definition_json TEXT NOT NULL CHECK (json_valid(definition_json)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE interviews (
        id INTEGER PRIMARY KEY,
        engagement_id INTEGER NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('client-reflection', 'internal-interview',
          'customer-interview', 'internal-session')),
        group_id INTEGER REFERENCES groups (id) ON DELETE SET NULL,
        interviewee_role TEXT NOT NULL DEFAULT '',
        organisation TEXT NOT NULL DEFAULT '',
        interviewee_name TEXT NOT NULL DEFAULT '',
        name_may_be_shown INTEGER NOT NULL DEFAULT 0 CHECK (name_may_be_shown IN (0, 1)),
        interviewer TEXT NOT NULL DEFAULT '',
        held_on TEXT,
        mode TEXT CHECK (mode IN ('on-site', 'phone', 'video')),
        consent_given INTEGER NOT NULL DEFAULT 0 CHECK (consent_given IN (0, 1)),
        consent_date TEXT,
        guide_ref TEXT,
        -- The guide as it was when the interview started: notes are keyed by its question ids.
        guide_json TEXT CHECK (guide_json IS NULL OR json_valid(guide_json)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX interviews_by_engagement ON interviews (engagement_id, held_on);
      CREATE INDEX interviews_by_group ON interviews (group_id);

      -- One row per note section (a guide question, or 'free'): autosave rewrites one small row.
      CREATE TABLE interview_notes (
        id INTEGER PRIMARY KEY,
        interview_id INTEGER NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
        section_key TEXT NOT NULL CHECK (length(section_key) > 0),
        doc_json TEXT NOT NULL CHECK (json_valid(doc_json)),
        plain_text TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        UNIQUE (interview_id, section_key)
      ) STRICT;

      CREATE TABLE interview_themes (
        id INTEGER PRIMARY KEY,
        engagement_id INTEGER NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
        parent_id INTEGER REFERENCES interview_themes (id) ON DELETE SET NULL,
        name TEXT NOT NULL CHECK (length(name) > 0),
        description TEXT NOT NULL DEFAULT '',
        colour TEXT NOT NULL CHECK (colour GLOB '#[0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f][0-9A-Fa-f]'),
        dimensions_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(dimensions_json)),
        position INTEGER NOT NULL,
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX interview_themes_unique_name
        ON interview_themes (engagement_id, name COLLATE NOCASE);
      CREATE INDEX interview_themes_by_parent ON interview_themes (parent_id);

      CREATE TABLE interview_quotes (
        id INTEGER PRIMARY KEY,
        interview_id INTEGER NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
        section_key TEXT NOT NULL CHECK (length(section_key) > 0),
        text TEXT NOT NULL CHECK (length(text) > 0),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX interview_quotes_by_interview ON interview_quotes (interview_id);

      CREATE TABLE interview_quote_themes (
        quote_id INTEGER NOT NULL REFERENCES interview_quotes (id) ON DELETE CASCADE,
        theme_id INTEGER NOT NULL REFERENCES interview_themes (id) ON DELETE CASCADE,
        PRIMARY KEY (quote_id, theme_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX interview_quote_themes_by_theme ON interview_quote_themes (theme_id);

      CREATE VIRTUAL TABLE interview_notes_fts USING fts5 (
        plain_text,
        content = 'interview_notes',
        content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3'
      );
      CREATE VIRTUAL TABLE interview_notes_vocab USING fts5vocab (interview_notes_fts, 'row');

      CREATE TRIGGER interview_notes_fts_insert AFTER INSERT ON interview_notes BEGIN
        INSERT INTO interview_notes_fts (rowid, plain_text) VALUES (new.id, new.plain_text);
      END;
      CREATE TRIGGER interview_notes_fts_delete AFTER DELETE ON interview_notes BEGIN
        INSERT INTO interview_notes_fts (interview_notes_fts, rowid, plain_text)
          VALUES ('delete', old.id, old.plain_text);
      END;
      CREATE TRIGGER interview_notes_fts_update AFTER UPDATE OF plain_text ON interview_notes BEGIN
        INSERT INTO interview_notes_fts (interview_notes_fts, rowid, plain_text)
          VALUES ('delete', old.id, old.plain_text);
        INSERT INTO interview_notes_fts (rowid, plain_text) VALUES (new.id, new.plain_text);
      END;

      CREATE VIRTUAL TABLE interview_quotes_fts USING fts5 (
        text,
        content = 'interview_quotes',
        content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3'
      );
      CREATE VIRTUAL TABLE interview_quotes_vocab USING fts5vocab (interview_quotes_fts, 'row');

      CREATE TRIGGER interview_quotes_fts_insert AFTER INSERT ON interview_quotes BEGIN
        INSERT INTO interview_quotes_fts (rowid, text) VALUES (new.id, new.text);
      END;
      CREATE TRIGGER interview_quotes_fts_delete AFTER DELETE ON interview_quotes BEGIN
        INSERT INTO interview_quotes_fts (interview_quotes_fts, rowid, text)
          VALUES ('delete', old.id, old.text);
      END;
      CREATE TRIGGER interview_quotes_fts_update AFTER UPDATE OF text ON interview_quotes BEGIN
        INSERT INTO interview_quotes_fts (interview_quotes_fts, rowid, text)
          VALUES ('delete', old.id, old.text);
        INSERT INTO interview_quotes_fts (rowid, text) VALUES (new.id, new.text);
      END;
    `);
  },
};
