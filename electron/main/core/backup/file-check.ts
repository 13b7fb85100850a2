import Database from 'better-sqlite3';
import { closeSync, existsSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { AppError } from '@shared/ipc/errors';

const SQLITE_HEADER = 'SQLite format 3\u0000';
/** SQLite's answers for a file that is damaged or no database at all. */
const CORRUPT_CODES = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB', 'SQLITE_CORRUPT_INDEX']);

export type FileVerdict =
  { ok: true; schemaVersion: number } | { ok: false; reason: 'notDatabase' | 'corrupt' };

/**
 * Reads a database file without writing to it: the header, then `PRAGMA quick_check` on a
 * read-only connection. Used before the workspace is opened for writing (a damaged file must not
 * be written to, or made worse) and before a backup is restored.
 */
export function inspectDatabaseFile(file: string): FileVerdict {
  if (!hasSqliteHeader(file)) return { ok: false, reason: 'notDatabase' };
  try {
    return readDatabaseFile(file, (db) => {
      const check = db.pragma('quick_check', { simple: true });
      if (check !== 'ok') return { ok: false, reason: 'corrupt' };
      return { ok: true, schemaVersion: db.pragma('user_version', { simple: true }) as number };
    });
  } catch (error) {
    if (isCorruptionError(error)) return { ok: false, reason: 'corrupt' };
    throw error;
  }
}

/**
 * Reads a database file through a read-only connection. Such a connection to a WAL database
 * creates empty -wal/-shm files next to it; they are removed again, so the folder is left as it
 * was found.
 */
export function readDatabaseFile<T>(file: string, read: (db: Database.Database) => T): T {
  const sideFiles = [`${file}-wal`, `${file}-shm`].filter((path) => !existsSync(path));
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    return read(db);
  } finally {
    db?.close();
    for (const path of sideFiles) rmSync(path, { force: true });
  }
}

/**
 * Refuses to open a damaged workspace with a clear error the entry points explain (and points
 * at the backups). A missing or empty file is a new workspace and fine. Problems that are not
 * about the file's content (locked, read-only folder) are left to the normal open.
 */
export function checkWorkspaceFile(file: string): void {
  if (!existsSync(file) || statSync(file).size === 0) return;
  let verdict: FileVerdict;
  try {
    verdict = inspectDatabaseFile(file);
  } catch {
    return;
  }
  if (!verdict.ok) throw new AppError('errors.workspaceCorrupt', { file, reason: verdict.reason });
}

export function isCorruptionError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && CORRUPT_CODES.has(code);
}

function hasSqliteHeader(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const header = Buffer.alloc(SQLITE_HEADER.length);
    const read = readSync(fd, header, 0, header.length, 0);
    return read === header.length && header.toString('latin1') === SQLITE_HEADER;
  } finally {
    closeSync(fd);
  }
}
