import type { Migration } from './migration';

export const migration0001Engagements: Migration = {
  version: 1,
  name: 'engagements and groups',
  up(db) {
    db.exec(`
      CREATE TABLE engagements (
        id INTEGER PRIMARY KEY,
        client_name TEXT NOT NULL CHECK (length(client_name) > 0),
        sector TEXT NOT NULL DEFAULT '',
        consultants_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(consultants_json)),
        start_date TEXT,
        end_date TEXT,
        language TEXT NOT NULL CHECK (language IN ('nl', 'en')),
        status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'closed', 'archived')),
        notes TEXT NOT NULL DEFAULT '',
        is_sample INTEGER NOT NULL DEFAULT 0 CHECK (is_sample IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE groups (
        id INTEGER PRIMARY KEY,
        engagement_id INTEGER NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
        name TEXT NOT NULL CHECK (length(name) > 0),
        kind TEXT NOT NULL CHECK (kind IN ('department', 'management', 'customer')),
        description TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX groups_unique_name ON groups (engagement_id, name COLLATE NOCASE);
      CREATE INDEX groups_by_engagement ON groups (engagement_id, position);
    `);
  },
};
