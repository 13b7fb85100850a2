import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openWorkspaceDb, readSchemaVersion, type WorkspaceDb } from './db/open-workspace';
import { EngagementRepository } from './repositories/engagements';
import { SettingsRepository } from './repositories/settings';

export const DATABASE_FILE_NAME = 'workspace.sqlite';

/** The consultant's local data: one SQLite file plus its repositories. */
export class Workspace {
  readonly engagements: EngagementRepository;
  readonly settings: SettingsRepository;

  private constructor(
    readonly db: WorkspaceDb,
    readonly dataDir: string,
    readonly databasePath: string,
  ) {
    this.engagements = new EngagementRepository(db);
    this.settings = new SettingsRepository(db);
  }

  static open(dataDir: string): Workspace {
    mkdirSync(dataDir, { recursive: true });
    const databasePath = join(dataDir, DATABASE_FILE_NAME);
    return new Workspace(openWorkspaceDb(databasePath), dataDir, databasePath);
  }

  get schemaVersion(): number {
    return readSchemaVersion(this.db);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
