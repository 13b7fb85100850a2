/**
 * Finding 2 of the second review: a backup restore during a running import let the import worker
 * write into the replaced file and answer "imported 120000" while no row existed; two hosts on
 * one data folder lost acknowledged writes the same way. Now the data folder has one writer (an
 * exclusive lock the desktop app and the browser host take), a restore waits for calls in flight
 * (or refuses), and the import worker checks inside its transaction that it still writes to the
 * workspace file.
 */
import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import {
  copyFileSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { AppError, type IpcResponse } from '@shared/ipc/errors';
import type { RestoreResult } from '@shared/ipc/data-safety';
import { backupDir } from '@main/core/backup/backup-files';
import { describeOpenProblem } from '@main/core/backup/open-problems';
import { restoreBackup } from '@main/core/backup/restore';
import type { Dispatch } from '@main/core/dispatch';
import { workerImportRunner } from '@main/core/import/run-import-worker';
import { Workspace } from '@main/core/workspace';
import { acquireWorkspaceLock, LOCK_FILE_NAME } from '@main/core/workspace-lock';
import { WorkspaceHolder } from '@main/core/workspace-holder';
import { parseInWorkers } from '@main/files/parse-jobs';
import { seededRandom, surveyCsv } from '@test/crash/protocol';
import { testDispatcher, type TestDispatcher } from '@test/support/dispatcher';
import { tempDir } from '@test/support/temp-workspace';
import { workerBundles, type WorkerBundles } from '@test/support/worker-bundles';

let bundles: WorkerBundles;
const children: ChildProcess[] = [];

beforeAll(async () => {
  bundles = await workerBundles();
}, 60_000);

afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

afterAll(() => bundles.remove());

function errorOf(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

/**
 * Another process holding the folder's lock, as a second Klantspiegel would; resolved once it
 * has also collected its garbage (a lock must not depend on the caller keeping a reference).
 */
function otherInstance(dataDir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--expose-gc', bundles.lockHolder, dataDir], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('collected')) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`lock holder exited with ${code}`)));
  });
}

describe('one writer per data folder', () => {
  it('a second instance is refused with a clear message in the system language', () => {
    const dataDir = tempDir();
    const first = acquireWorkspaceLock(dataDir);
    const refused = errorOf(() => acquireWorkspaceLock(dataDir));
    expect(refused.key).toBe('errors.workspaceLocked');
    expect(describeOpenProblem(refused, dataDir, 'nl')).toMatch(
      new RegExp(`^Klantspiegel is al geopend op de gegevensmap ${dataDir}`),
    );
    expect(describeOpenProblem(refused, dataDir, 'en')).toMatch(
      new RegExp(`^Klantspiegel is already open on the data folder ${dataDir}`),
    );
    first.release();
    acquireWorkspaceLock(dataDir).release();
  });

  it('holds against another process, and a killed holder leaves no stale lock', async () => {
    const dataDir = tempDir();
    const other = await otherInstance(dataDir);
    expect(errorOf(() => acquireWorkspaceLock(dataDir)).key).toBe('errors.workspaceLocked');
    const exited = new Promise((resolve) => other.once('exit', resolve));
    other.kill('SIGKILL');
    await exited;
    // The operating system dropped the killed process's lock: nothing to clean up or guess.
    const lock = acquireWorkspaceLock(dataDir);
    await expect(otherInstance(dataDir)).rejects.toThrow(/exited/);
    lock.release();
  });

  it('a damaged lock file is taken over, still exclusively', () => {
    const dataDir = tempDir();
    writeFileSync(join(dataDir, LOCK_FILE_NAME), 'not a database at all'.repeat(100));
    const lock = acquireWorkspaceLock(dataDir);
    expect(errorOf(() => acquireWorkspaceLock(dataDir)).key).toBe('errors.workspaceLocked');
    lock.release();
  });
});

describe('a restore while an import is running', () => {
  let dataDir: string;
  let holder: WorkspaceHolder;
  let dispatch: Dispatch;
  let call: TestDispatcher['call'];
  let engagementId: number;
  let instrumentId: number;
  let mapping: unknown;
  let itemCodes: string[];
  let groupNames: string[];

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'klantspiegel-restore-import-'));
    holder = new WorkspaceHolder(Workspace.open(dataDir));
    ({ dispatch, call } = testDispatcher(holder, {
      runImport: workerImportRunner(bundles.importWorker),
      parse: parseInWorkers(bundles.parseWorker),
    }));
    const engagement = await call('engagements.create', {
      clientName: 'Gieterij Oost',
      language: 'nl',
      groups: [
        { name: 'Productie', kind: 'department' },
        { name: 'Verkoop', kind: 'department' },
      ],
    });
    engagementId = engagement.id;
    groupNames = engagement.groups.map((group) => group.name);
    instrumentId = (
      await call('instruments.importFile', {
        fileName: 'mini-scan.instrument.json',
        bytes: readFileSync('test/fixtures/samples/mini-scan.instrument.json'),
      })
    ).id;
    itemCodes = holder.current.instruments
      .get(instrumentId)
      .instrument.items.filter((item) => item.kind !== 'open')
      .map((item) => item.code);
    mapping = (
      await call('import.analyse', {
        engagementId,
        instrumentId,
        file: { fileName: 'probe.csv', bytes: survey('P', 3) },
      })
    ).mapping;
  }, 60_000);

  afterAll(() => {
    holder.current.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  function survey(batch: string, count: number): Uint8Array<ArrayBuffer> {
    return new TextEncoder().encode(
      surveyCsv(batch, count, groupNames, itemCodes, seededRandom(count)),
    );
  }

  function importOf(batch: string, count: number) {
    return dispatch('import.commit', {
      engagementId,
      instrumentId,
      file: { fileName: `${batch}.csv`, bytes: survey(batch, count) },
      mapping,
    }) as Promise<IpcResponse<{ imported: number }>>;
  }

  /** Respondents of one import batch in a database file. */
  function rowsIn(file: string, batch: string): number {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const row = db
        .prepare('SELECT count(*) AS n FROM respondents WHERE code LIKE ?')
        .get(`${batch}-%`) as { n: number };
      return row.n;
    } finally {
      db.close();
    }
  }

  it('waits for the import: its rows are in the state the restore set aside', async () => {
    const before = await call('backups.create', {});
    const importing = importOf('BIG', 10_000);
    const restoring = dispatch('backups.restore', { fileName: before.fileName });
    const [imported, restored] = await Promise.all([importing, restoring]);
    expect(imported).toEqual({ ok: true, value: { imported: 10_000, skippedRows: 0 } });
    expect(restored.ok).toBe(true);
    const { safetyBackup } = (restored as { value: RestoreResult }).value;
    // Every acknowledged row exists: in the state before the restore, kept as its backup.
    expect(rowsIn(join(backupDir(dataDir), safetyBackup.fileName), 'BIG')).toBe(10_000);
    // And the workspace is what the chosen backup held.
    expect(rowsIn(holder.current.databasePath, 'BIG')).toBe(0);
  }, 120_000);

  it('refuses when the import takes longer than it may wait, and the import is kept', async () => {
    const before = await call('backups.create', {});
    const importing = importOf('SLOW', 10_000);
    // Let the dispatcher count the import as in flight before the restore asks.
    await new Promise((resolve) => setTimeout(resolve, 20));
    await expect(restoreBackup(holder, before.fileName, undefined, 50)).rejects.toMatchObject({
      key: 'backup.busy',
    });
    expect(await importing).toEqual({ ok: true, value: { imported: 10_000, skippedRows: 0 } });
    expect(rowsIn(holder.current.databasePath, 'SLOW')).toBe(10_000);
  }, 120_000);

  it('an import worker never writes into a workspace file that was replaced', async () => {
    const backup = await call('backups.create', {});
    const workspace = holder.current;
    const target = { databasePath: workspace.databasePath, fileIdentity: workspace.fileIdentity };
    // What a restore does, done here behind the holder's back (as a second host would have):
    // the workspace closed, another file renamed over it.
    workspace.close();
    const incoming = `${workspace.databasePath}.incoming`;
    copyFileSync(join(backupDir(dataDir), backup.fileName), incoming);
    for (const side of ['-wal', '-shm'])
      rmSync(`${workspace.databasePath}${side}`, { force: true });
    renameSync(incoming, workspace.databasePath);
    const run = workerImportRunner(bundles.importWorker);
    await expect(
      run(target, {
        engagementId,
        instrumentId,
        file: { fileName: 'LOST.csv', bytes: survey('LOST', 500) },
        mapping: mapping as never,
      }),
    ).rejects.toMatchObject({ key: 'import.workspaceReplaced' });
    expect(rowsIn(workspace.databasePath, 'LOST')).toBe(0);
    holder.replace(Workspace.open(dataDir));
    // Against the file that is there now, the same import goes in.
    const again = await importOf('LOST', 500);
    expect(again).toEqual({ ok: true, value: { imported: 500, skippedRows: 0 } });
  }, 60_000);

  it('a worker started ahead of its import (while the file is analysed) does that import', async () => {
    const run = workerImportRunner(bundles.importWorker);
    run.startAhead?.();
    const workspace = holder.current;
    const target = { databasePath: workspace.databasePath, fileIdentity: workspace.fileIdentity };
    const commit = (batch: string, count: number) =>
      run(target, {
        engagementId,
        instrumentId,
        file: { fileName: `${batch}.csv`, bytes: survey(batch, count) },
        mapping: mapping as never,
      });
    expect(await commit('AHEAD', 200)).toEqual({ imported: 200, skippedRows: 0 });
    // The worker did its one job; the next import gets a fresh one.
    expect(await commit('AFTER', 100)).toEqual({ imported: 100, skippedRows: 0 });
    expect(rowsIn(workspace.databasePath, 'AHEAD')).toBe(200);
    expect(rowsIn(workspace.databasePath, 'AFTER')).toBe(100);
  }, 60_000);

  it('import.prepare readies the workers; the analysis and commit that follow use them', async () => {
    expect(await call('import.prepare', {})).toEqual({ prepared: true });
    const file = { fileName: 'READY.csv', bytes: survey('READY', 300) };
    const analysis = await call('import.analyse', { engagementId, instrumentId, file });
    expect(analysis.preview.summary.respondents).toBe(300);
    const result = await call('import.commit', {
      engagementId,
      instrumentId,
      file,
      mapping: analysis.mapping,
    });
    expect(result).toEqual({ imported: 300, skippedRows: 0 });
    expect(rowsIn(holder.current.databasePath, 'READY')).toBe(300);
    // Without worker threads (the command line, most tests) there is nothing to ready.
    expect(await testDispatcher(holder.current).call('import.prepare', {})).toEqual({
      prepared: false,
    });
  }, 60_000);
});
