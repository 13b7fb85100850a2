import Database from 'better-sqlite3';
import { AppError } from '@shared/ipc/errors';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, type Migration } from './migrations';

export type WorkspaceDb = Database.Database;

export interface OpenOptions {
  /** Called before pending migrations run, e.g. to back the file up first. */
  beforeMigrate?: (db: WorkspaceDb, fromVersion: number) => void;
  migrations?: readonly Migration[];
}

/**
 * Opens (or creates) the workspace database and brings its schema up to date.
 * A database written by a newer Klantspiegel is refused before anything is written to it.
 */
export function openWorkspaceDb(file: string, options: OpenOptions = {}): WorkspaceDb {
  const migrations = options.migrations ?? MIGRATIONS;
  const latest =
    migrations.length === MIGRATIONS.length ? LATEST_SCHEMA_VERSION : migrations.length;
  const db = new Database(file);
  try {
    const version = readSchemaVersion(db);
    if (version > latest) {
      throw new AppError('errors.workspaceTooNew', { found: version, supported: latest, file });
    }
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // NORMAL is durable across application crashes in WAL mode; only an OS crash can lose the
    // last transactions, never corrupt the file.
    db.pragma('synchronous = NORMAL');
    if (version < latest) {
      options.beforeMigrate?.(db, version);
      migrate(db, migrations, version);
    }
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

export function readSchemaVersion(db: WorkspaceDb): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Runs every pending migration in one transaction: either all apply or none. */
export function migrate(db: WorkspaceDb, migrations: readonly Migration[], fromVersion: number) {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(
        `Migration ${migration.name} has version ${migration.version}, expected ${index + 1}`,
      );
    }
  });
  const pending = migrations.filter((migration) => migration.version > fromVersion);
  db.transaction(() => {
    for (const migration of pending) migration.up(db);
    db.pragma(`user_version = ${migrations.length}`);
  })();
}
