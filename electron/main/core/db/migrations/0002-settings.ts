import type { Migration } from './migration';

export const migration0002Settings: Migration = {
  version: 2,
  name: 'application settings',
  up(db) {
    // Key/value because settings are few, read once and grow with every feature.
    db.exec(`
      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value_json TEXT NOT NULL CHECK (json_valid(value_json))
      ) STRICT;
    `);
  },
};
