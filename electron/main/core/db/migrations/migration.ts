import type { Database } from 'better-sqlite3';

/**
 * One step of the schema. Its own module, so the migration files and the list of them in
 * index.ts do not import each other.
 */
export interface Migration {
  /** The `PRAGMA user_version` the database has after this migration. */
  version: number;
  name: string;
  up(db: Database): void;
}
