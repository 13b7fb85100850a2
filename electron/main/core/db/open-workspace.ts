import Database from 'better-sqlite3';
import { AppError } from '@shared/ipc/errors';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, type Migration } from './migrations';

export type WorkspaceDb = Database.Database;

const BUSY_TIMEOUT_MS = 5000;

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
    configureConnection(db);
    // NORMAL is durable across application crashes in WAL mode; only an OS crash can lose the
    // last transactions, never corrupt the file.
    db.pragma('synchronous = NORMAL');
    if (version < latest) {
      options.beforeMigrate?.(db, version);
      migrate(db, migrations, version);
    }
    enableSearchIndexSecureDelete(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * A second, read-only connection to a workspace the app has open (and migrated): the read worker's
 * (core/read-worker). It never writes, so it neither migrates nor adds shipped content; a file
 * whose schema is not this version's is refused (the app migrates before starting the worker).
 */
export function openWorkspaceDbForReading(file: string): WorkspaceDb {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const version = readSchemaVersion(db);
    if (version !== LATEST_SCHEMA_VERSION) {
      throw new Error(`Workspace ${file} has schema ${version}, expected ${LATEST_SCHEMA_VERSION}`);
    }
    configureConnection(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * What every connection to a workspace file sets, the app's and the import worker's alike:
 * foreign keys, a wait instead of an error when another connection writes, and secure delete,
 * so deleted rows are overwritten with zeros in the file instead of only being marked free.
 */
export function configureConnection(db: WorkspaceDb): void {
  db.pragma('foreign_keys = ON');
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  db.pragma('secure_delete = ON');
}

/**
 * The page cache of the import worker's connection, in KiB: SQLite's own default (better-sqlite3
 * raises every connection's to 16 MB). An import appends one large transaction and reads almost
 * nothing back, so a larger cache only holds the pages it has written, each in memory touched for
 * the first time (~3 ms a MB on the bench machine); pages beyond it go to the WAL before the
 * commit, which still makes them all or none (`import-connection.test.ts`). Measured on
 * 10,000 × 60 (two benches of five fresh processes each way, taking turns): the commit
 * 241–256 → 217–219 ms and the import's peak memory 197 → 193 MB.
 */
export const IMPORT_PAGE_CACHE_KIB = 2000;

/** The import worker's connection: as every connection, with the smaller page cache above. */
export function configureImportConnection(db: WorkspaceDb): void {
  configureConnection(db);
  db.pragma(`cache_size = -${IMPORT_PAGE_CACHE_KIB}`);
}

/**
 * The search indexes (FTS5) keep a deleted text's words in their segments until those are merged;
 * their own `secure-delete` option removes them at the delete. Set once per index, kept in the
 * file.
 */
function enableSearchIndexSecureDelete(db: WorkspaceDb): void {
  const indexes = db
    .prepare<[], { name: string; sql: string }>(
      "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'",
    )
    .all()
    .filter((row) => /USING\s+fts5\s*\(/i.test(row.sql))
    .map((row) => row.name);
  for (const name of indexes) {
    const quoted = `"${name.replace(/"/g, '""')}"`;
    const configTable = `"${`${name}_config`.replace(/"/g, '""')}"`;
    const current = db
      .prepare<[], { v: unknown }>(`SELECT v FROM ${configTable} WHERE k = 'secure-delete'`)
      .get();
    if (current?.v === 1) continue;
    db.prepare(`INSERT INTO ${quoted} (${quoted}, rank) VALUES ('secure-delete', 1)`).run();
  }
}

/**
 * After a delete: secure delete has zeroed the rows in the pages it wrote, but the write-ahead
 * log still holds older images of those pages (with the deleted text) until it is checkpointed
 * and truncated. Done at once, so a delete leaves nothing behind in any file. When another
 * connection (an import) is writing, the checkpoint waits for the next delete or the close.
 */
export function flushDeletedPages(db: WorkspaceDb): void {
  if (!db.open) return;
  // Without waiting: the main thread must not stall behind an import's transaction.
  db.pragma('busy_timeout = 0');
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  }
}

export function readSchemaVersion(db: WorkspaceDb): number {
  return db.pragma('user_version', { simple: true }) as number;
}

interface ForeignKeyViolation {
  table: string;
  rowid: number | null;
  parent: string;
}

/**
 * Runs every pending migration in one transaction: either all apply or none.
 *
 * Foreign keys are off while they run, as SQLite's procedure for changing a table's definition
 * requires (https://www.sqlite.org/lang_altertable.html#otheralter): a migration that rebuilds a
 * table creates it anew, copies the rows and drops the old one, and with foreign keys on that
 * drop would first delete every row, cascading into the tables that reference it. The pragma
 * has no effect inside a transaction, so it is switched around it; before the commit
 * `PRAGMA foreign_key_check` must find no row pointing nowhere, or nothing is applied.
 */
export function migrate(db: WorkspaceDb, migrations: readonly Migration[], fromVersion: number) {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(
        `Migration ${migration.name} has version ${migration.version}, expected ${index + 1}`,
      );
    }
  });
  if (db.inTransaction) throw new Error('Migrations must run outside a transaction');
  const pending = migrations.filter((migration) => migration.version > fromVersion);
  const foreignKeys = db.pragma('foreign_keys', { simple: true }) === 1;
  db.pragma('foreign_keys = OFF');
  try {
    db.transaction(() => {
      for (const migration of pending) migration.up(db);
      const violations = db.pragma('foreign_key_check') as ForeignKeyViolation[];
      if (violations.length > 0) {
        const first = violations[0]!;
        throw new Error(
          `Migrations left ${violations.length} row(s) pointing nowhere, e.g. ${first.table} row ${
            first.rowid ?? '?'
          } → ${first.parent}`,
        );
      }
      db.pragma(`user_version = ${migrations.length}`);
    })();
  } finally {
    if (foreignKeys) db.pragma('foreign_keys = ON');
  }
}
