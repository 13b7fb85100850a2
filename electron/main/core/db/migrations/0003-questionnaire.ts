import type { Migration } from './migration';

export const migration0003Questionnaire: Migration = {
  version: 3,
  name: 'questionnaire: instruments, respondents, norms, tips',
  up(db) {
    db.exec(`
      -- An instrument version is immutable once it has responses; editing then adds a version.
      CREATE TABLE instruments (
        id INTEGER PRIMARY KEY,
        instrument_key TEXT NOT NULL,
        version INTEGER NOT NULL CHECK (version >= 1),
        builtin INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
        definition_json TEXT NOT NULL CHECK (json_valid(definition_json)),
        created_at TEXT NOT NULL,
        UNIQUE (instrument_key, version)
      ) STRICT;

      CREATE TABLE engagement_instruments (
        engagement_id INTEGER NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
        instrument_id INTEGER NOT NULL REFERENCES instruments (id),
        position INTEGER NOT NULL,
        PRIMARY KEY (engagement_id, instrument_id)
      ) STRICT;

      -- Answers are one JSON object per respondent (item code -> number, or text for open
      -- questions): scoring always reads whole respondents, and 10,000 rows load far faster
      -- than 600,000.
      CREATE TABLE respondents (
        id INTEGER PRIMARY KEY,
        engagement_id INTEGER NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
        instrument_id INTEGER NOT NULL REFERENCES instruments (id),
        group_id INTEGER NOT NULL REFERENCES groups (id),
        code TEXT NOT NULL CHECK (length(code) > 0),
        role TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL CHECK (source IN ('grid', 'import', 'kiosk', 'sample')),
        answers_json TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(answers_json)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (engagement_id, code)
      ) STRICT;
      CREATE INDEX respondents_by_instrument ON respondents (engagement_id, instrument_id);
      CREATE INDEX respondents_by_group ON respondents (group_id);

      CREATE TABLE norm_sets (
        id INTEGER PRIMARY KEY,
        instrument_key TEXT NOT NULL,
        builtin INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
        definition_json TEXT NOT NULL CHECK (json_valid(definition_json)),
        created_at TEXT NOT NULL
      ) STRICT;

      -- The consultant's editable copy of the improvement tips, per instrument.
      CREATE TABLE tip_libraries (
        instrument_key TEXT PRIMARY KEY,
        definition_json TEXT NOT NULL CHECK (json_valid(definition_json)),
        updated_at TEXT NOT NULL
      ) STRICT;

      ALTER TABLE engagements ADD COLUMN anonymity_threshold INTEGER NOT NULL DEFAULT 5
        CHECK (anonymity_threshold >= 3);
      ALTER TABLE engagements ADD COLUMN min_answered_fraction REAL NOT NULL DEFAULT 0.5
        CHECK (min_answered_fraction > 0 AND min_answered_fraction <= 1);
      ALTER TABLE engagements ADD COLUMN norm_set_id INTEGER REFERENCES norm_sets (id)
        ON DELETE SET NULL;
    `);
  },
};
