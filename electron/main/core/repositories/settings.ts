import type { WorkspaceDb } from '../db/open-workspace';

/** Application-wide preferences stored in the workspace (key → JSON value). */
export class SettingsRepository {
  constructor(private readonly db: WorkspaceDb) {}

  get<T>(key: string, fallback: T): T {
    const row = this.db
      .prepare<[string], { value_json: string }>('SELECT value_json FROM settings WHERE key = ?')
      .get(key);
    return row ? (JSON.parse(row.value_json) as T) : fallback;
  }

  set(key: string, value: unknown): void {
    this.db
      .prepare(
        `INSERT INTO settings (key, value_json) VALUES (?, ?)
         ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json`,
      )
      .run(key, JSON.stringify(value));
  }
}
