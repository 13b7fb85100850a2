/**
 * The data folder is the consultant's alone: on Linux and macOS the folder (and its backups/ and
 * archives/ folders) get mode 0700 and every file in them 0600 — workspace, its -wal and -shm
 * files, backups, archives, the lock — so other accounts on the machine cannot read client data.
 * Folders and files made by older versions (0755/0644) are tightened when the workspace opens.
 *
 * SQLite creates the -wal, -shm and journal files with the mode of the database file, so making
 * the workspace file 0600 before SQLite first opens it covers those too. On Windows the folder
 * lies in the user's profile (%APPDATA%), whose access list already admits only that user (and
 * administrators); POSIX modes do not apply there and these functions leave it alone.
 */
import {
  chmodSync,
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  statSync,
} from 'node:fs';
import { join } from 'node:path';

export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

const posix = process.platform !== 'win32';

/** Creates the folder if needed and makes it private. */
export function secureDataDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  if (posix) tighten(dir, PRIVATE_DIR_MODE);
}

/** Makes an existing file private (no-op when it does not exist). */
export function secureFile(path: string): void {
  if (posix && existsSync(path)) tighten(path, PRIVATE_FILE_MODE);
}

/** Creates an empty private file unless it exists, so whoever creates it next inherits 0600. */
export function createPrivateFile(path: string): void {
  if (existsSync(path)) return secureFile(path);
  closeSync(openSync(path, 'a', PRIVATE_FILE_MODE));
  secureFile(path);
}

/** The folder private, and every file directly inside it (for backups/ and archives/). */
export function secureFolderAndFiles(dir: string): void {
  if (!existsSync(dir)) return;
  secureDataDir(dir);
  if (!posix) return;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    try {
      if (statSync(path).isFile()) tighten(path, PRIVATE_FILE_MODE);
    } catch {
      // Removed meanwhile (rotation): nothing to protect.
    }
  }
}

function tighten(path: string, mode: number): void {
  try {
    if ((statSync(path).mode & 0o777) !== mode) chmodSync(path, mode);
  } catch (error) {
    // A folder on a file system without modes, or owned by someone else: the app still works,
    // the folder is as private as that volume allows.
    const code = (error as { code?: string }).code;
    if (code !== 'EPERM' && code !== 'EACCES' && code !== 'EROFS' && code !== 'ENOENT') throw error;
  }
}
