/**
 * One writer per data folder. The desktop app and the browser host each take this lock before
 * they open the workspace and hold it until they quit; a second instance on the same folder (a
 * second browser host, or the app next to a browser host) is refused with a clear message
 * instead of writing next to the first and losing acknowledged changes on a restore.
 *
 * The lock is an exclusive lock of the operating system on `workspace.lock`, taken through
 * SQLite (a small database held in EXCLUSIVE locking mode: POSIX fcntl locks on Linux and macOS,
 * LockFileEx on Windows). The operating system drops it when the process ends in any way, also
 * by SIGKILL or a power cut, so a lock left by a killed process never needs to be detected,
 * guessed from a PID or cleaned up: the next start simply gets it. The file itself stays; it is
 * not the lock, only what the lock is taken on.
 *
 * Within one process SQLite keeps the locks of all its connections to one file together, so a
 * second `acquireWorkspaceLock` in the same process is refused as well (the tests rely on it).
 */
import Database from 'better-sqlite3';
import { truncateSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '@shared/ipc/errors';
import { createPrivateFile, secureDataDir, secureFile } from './file-permissions';

export const LOCK_FILE_NAME = 'workspace.lock';

export interface WorkspaceLock {
  readonly path: string;
  /** Lets go of the folder (at quit); the operating system does the same when the process ends. */
  release(): void;
}

const CORRUPT = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB']);

/**
 * The connections that hold locks. A connection the garbage collector takes is closed, and its
 * lock with it: held here until released, whatever the caller keeps of the returned object.
 */
const held = new Set<Database.Database>();

/** Takes the data folder's lock, or throws `errors.workspaceLocked` when another instance has it. */
export function acquireWorkspaceLock(dataDir: string): WorkspaceLock {
  secureDataDir(dataDir);
  const path = join(dataDir, LOCK_FILE_NAME);
  try {
    return lockFile(path);
  } catch (error) {
    if (!CORRUPT.has(codeOf(error))) throw error;
    // Not a database (a stray or damaged file), so no instance holds it through SQLite. Emptied
    // rather than replaced: the locks stay on the same file, so two instances doing this at
    // once still exclude each other.
    truncateSync(path, 0);
    return lockFile(path);
  }
}

function lockFile(path: string): WorkspaceLock {
  createPrivateFile(path);
  // No waiting: a second instance should hear at once that the folder is in use.
  const db = new Database(path, { timeout: 0 });
  try {
    // No journal file next to the lock; a damaged lock file is emptied and retaken (above).
    db.pragma('journal_mode = MEMORY');
    db.pragma('locking_mode = EXCLUSIVE');
    // The first write in EXCLUSIVE locking mode takes the exclusive lock and keeps it until the
    // connection closes.
    db.exec('BEGIN EXCLUSIVE');
    db.exec('CREATE TABLE IF NOT EXISTS holder (pid INTEGER, since TEXT)');
    db.exec('DELETE FROM holder');
    db.prepare('INSERT INTO holder (pid, since) VALUES (?, ?)').run(
      process.pid,
      new Date().toISOString(),
    );
    db.exec('COMMIT');
  } catch (error) {
    db.close();
    if (codeOf(error) === 'SQLITE_BUSY' || codeOf(error) === 'SQLITE_LOCKED') {
      throw new AppError('errors.workspaceLocked', { dataDir: join(path, '..') });
    }
    throw error;
  }
  secureFile(path);
  held.add(db);
  return {
    path,
    release: () => {
      held.delete(db);
      if (db.open) db.close();
    },
  };
}

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}
