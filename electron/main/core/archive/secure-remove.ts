import { AppError } from '@shared/ipc/errors';
import type { WorkspaceDb } from '../db/open-workspace';
import { quoteIdentifier, readArchiveGraph, ROOT_TABLE } from './schema-graph';

/**
 * Removes an engagement so that its text does not linger in the workspace file:
 * - `PRAGMA secure_delete = ON` for this delete: SQLite overwrites deleted content with zeros
 *   instead of just marking the space free;
 * - the full-text indexes are optimised, so the deleted words leave their index segments;
 * - `VACUUM` rewrites the file, which also drops text left in free space by earlier edits
 *   (autosaves rewrite notes many times, long before secure_delete was on);
 * - a `TRUNCATE` checkpoint moves everything into the main file and empties the WAL, which still
 *   held older page images.
 * Deleting the engagement row cascades to everything it owns (see schema-graph.ts).
 */
export function removeEngagementSecurely(db: WorkspaceDb, engagementId: number): void {
  const previous = db.pragma('secure_delete', { simple: true }) as number;
  db.pragma('secure_delete = ON');
  try {
    const { fts5Tables } = readArchiveGraph(db);
    db.transaction(() => {
      const result = db.prepare(`DELETE FROM ${ROOT_TABLE} WHERE id = ?`).run(engagementId);
      if (result.changes === 0) {
        throw new AppError('errors.notFound', { what: 'engagement', id: engagementId });
      }
      for (const table of fts5Tables) {
        const name = quoteIdentifier(table);
        db.prepare(`INSERT INTO ${name} (${name}) VALUES ('optimize')`).run();
      }
    })();
    db.exec('VACUUM');
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.pragma(`secure_delete = ${previous ? 'ON' : 'OFF'}`);
  }
}
