import { statSync } from 'node:fs';

/**
 * Which file a path names right now: device and inode (on Windows the NTFS file index), as
 * strings so they travel to worker threads. Restoring a backup renames a new file over the
 * workspace, so the identity changes while the name stays.
 */
export interface FileIdentity {
  dev: string;
  ino: string;
}

export function fileIdentity(path: string): FileIdentity {
  const stats = statSync(path, { bigint: true });
  return { dev: String(stats.dev), ino: String(stats.ino) };
}

export function sameFile(a: FileIdentity, b: FileIdentity): boolean {
  return a.dev === b.dev && a.ino === b.ino;
}
