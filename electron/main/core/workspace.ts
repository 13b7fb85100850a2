import { dirname, join } from 'node:path';
import {
  openWorkspaceDb,
  openWorkspaceDbForReading,
  readSchemaVersion,
  type WorkspaceDb,
} from './db/open-workspace';
import { EngagementRepository } from './repositories/engagements';
import { SettingsRepository } from './repositories/settings';
import { InterviewRepository } from './repositories/interviews';
import { InstrumentRepository } from './repositories/instruments';
import { RespondentRepository } from './repositories/respondents';
import { RespondentBatchRepository } from './repositories/respondent-batches';
import { ProgressRepository } from './repositories/progress';
import { BenchmarkRepository } from './repositories/benchmarks';
import { OpenAnswerRepository } from './repositories/open-answers';
import { ReportRepository } from './repositories/report';
import { backupBeforeMigrate } from './backup/backups';
import { checkWorkspaceFile } from './backup/file-check';
import { fileIdentity, type FileIdentity } from './db/file-identity';
import {
  createPrivateFile,
  secureDataDir,
  secureFile,
  secureFolderAndFiles,
} from './file-permissions';
import { backupDir } from './backup/backup-files';
import { OwnedState } from './workspace-state';

export const DATABASE_FILE_NAME = 'workspace.sqlite';
/** Copies of archives made by "Archive and remove" (see archive/archives.ts). */
export const ARCHIVE_FOLDER_NAME = 'archives';

/** The consultant's local data: one SQLite file plus its repositories. */
export class Workspace {
  readonly engagements: EngagementRepository;
  readonly settings: SettingsRepository;
  readonly interviews: InterviewRepository;
  readonly instruments: InstrumentRepository;
  readonly respondents: RespondentRepository;
  readonly batches: RespondentBatchRepository;
  readonly progress: ProgressRepository;
  readonly benchmarks: BenchmarkRepository;
  readonly openAnswers: OpenAnswerRepository;
  /** Report settings per engagement and the house style. */
  readonly reports: ReportRepository;
  /**
   * The file this workspace's connection has open (taken right after opening it). An import
   * worker writes only while the workspace path still names this file.
   */
  readonly fileIdentity: FileIdentity;
  /** What lives as long as this open workspace: its kiosk session, its report jobs. */
  readonly state = new OwnedState<Workspace>(this);

  private constructor(
    readonly db: WorkspaceDb,
    readonly dataDir: string,
    readonly databasePath: string,
    addShippedContent = true,
  ) {
    this.engagements = new EngagementRepository(db);
    this.settings = new SettingsRepository(db);
    this.interviews = new InterviewRepository(db);
    this.respondents = new RespondentRepository(db);
    this.instruments = new InstrumentRepository(db, this.respondents);
    this.batches = new RespondentBatchRepository(db);
    this.progress = new ProgressRepository(db);
    this.benchmarks = new BenchmarkRepository(db);
    this.openAnswers = new OpenAnswerRepository(db);
    this.reports = new ReportRepository(db);
    this.fileIdentity = fileIdentity(databasePath);
    // Shipped content is added on every start, so updates of the app bring their new versions.
    if (addShippedContent) {
      this.instruments.ensureBuiltins();
      this.benchmarks.ensureBuiltins();
    }
  }

  static open(dataDir: string): Workspace {
    // Private from the start: SQLite gives its -wal and -shm files the workspace file's mode.
    secureDataDir(dataDir);
    const databasePath = join(dataDir, DATABASE_FILE_NAME);
    // A damaged file is refused before anything writes to it; a schema change backs it up first.
    checkWorkspaceFile(databasePath);
    createPrivateFile(databasePath);
    const db = openWorkspaceDb(databasePath, { beforeMigrate: backupBeforeMigrate(dataDir) });
    // Files an older version made world-readable are tightened now.
    for (const side of ['-wal', '-shm']) secureFile(`${databasePath}${side}`);
    secureFolderAndFiles(backupDir(dataDir));
    secureFolderAndFiles(join(dataDir, ARCHIVE_FOLDER_NAME));
    return new Workspace(db, dataDir, databasePath);
  }

  /** Opens a workspace database by its file path, for a file not named workspace.sqlite (CLI). */
  static openFile(databasePath: string): Workspace {
    checkWorkspaceFile(databasePath);
    const dataDir = dirname(databasePath);
    const db = openWorkspaceDb(databasePath, { beforeMigrate: backupBeforeMigrate(dataDir) });
    return new Workspace(db, dataDir, databasePath);
  }

  /**
   * A read-only view of a workspace the app has open (and migrated), for the read worker: a
   * connection of its own that writes nothing (no migration, no shipped content).
   */
  static openForReading(databasePath: string): Workspace {
    const db = openWorkspaceDbForReading(databasePath);
    return new Workspace(db, dirname(databasePath), databasePath, false);
  }

  get schemaVersion(): number {
    return readSchemaVersion(this.db);
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
