import Database from 'better-sqlite3';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BackupInfo } from '@shared/ipc/data-safety';
import { backupDir, listBackups } from '@main/core/backup/backup-files';
import { createBackup, ensureRecentBackup, rotateBackups } from '@main/core/backup/backups';
import { backupsToDelete, isoWeek } from '@main/core/backup/rotation';
import { openWorkspaceDb } from '@main/core/db/open-workspace';
import { MIGRATIONS } from '@main/core/db/migrations';
import { Workspace, DATABASE_FILE_NAME } from '@main/core/workspace';
import { WorkspaceHolder } from '@main/core/workspace-holder';
import { testDispatcher } from '@test/support/dispatcher';
import { tempDir, tempWorkspace } from '@test/support/temp-workspace';
import { department, newEngagement } from '@test/support/new-engagement';
import { contentHash } from './support';

const engagement = (clientName: string) => newEngagement(clientName, [department('Productie')]);

function openCopy(path: string): Database.Database {
  return new Database(path, { readonly: true, fileMustExist: true });
}

describe('backups', () => {
  it('are complete, consistent copies, listed newest first with size and reason', async () => {
    const workspace = tempWorkspace();
    workspace.engagements.create(engagement('Bakkerij Jansen'));
    const first = await createBackup(workspace, 'manual', new Date('2026-03-01T09:00:00Z'));
    workspace.engagements.create(engagement('Garage Pietersen'));
    const second = await createBackup(workspace, 'manual', new Date('2026-03-02T09:00:00Z'));
    expect(listBackups(workspace.dataDir).map((backup) => backup.fileName)).toEqual([
      second.fileName,
      first.fileName,
    ]);
    expect(first).toMatchObject({ reason: 'manual', createdAt: '2026-03-01T09:00:00.000Z' });
    expect(first.sizeBytes).toBe(statSync(join(backupDir(workspace.dataDir), first.fileName)).size);
    const copy = openCopy(join(backupDir(workspace.dataDir), second.fileName));
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(contentHash(copy)).toBe(contentHash(workspace.db));
    copy.close();
  });

  it('stay consistent while the app keeps writing during the backup', async () => {
    const workspace = tempWorkspace();
    for (let i = 0; i < 200; i++) workspace.engagements.create(engagement(`Klant ${i}`));
    let writes = 0;
    let stop = false;
    const writer = (async () => {
      while (!stop) {
        workspace.engagements.create(engagement(`Tijdens back-up ${writes++}`));
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const made = await createBackup(workspace, 'manual');
    stop = true;
    await writer;
    const copy = openCopy(join(backupDir(workspace.dataDir), made.fileName));
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    const names = copy
      .prepare<[], { client_name: string }>('SELECT client_name FROM engagements')
      .all()
      .map((row) => row.client_name);
    expect(names.filter((name) => name.startsWith('Klant '))).toHaveLength(200);
    copy.close();
  });

  it('a daily backup is made at start-up only when the newest is older than a day', async () => {
    const workspace = tempWorkspace();
    const monday = new Date('2026-05-04T08:00:00Z');
    expect(await ensureRecentBackup(workspace, monday)).toMatchObject({ reason: 'daily' });
    expect(await ensureRecentBackup(workspace, new Date('2026-05-04T20:00:00Z'))).toBeNull();
    expect(await ensureRecentBackup(workspace, new Date('2026-05-05T08:00:01Z'))).toMatchObject({
      reason: 'daily',
    });
    expect(listBackups(workspace.dataDir)).toHaveLength(2);
  });

  it('a migration is preceded by a backup of the old schema; a new workspace needs none', () => {
    const dir = tempDir();
    const file = join(dir, DATABASE_FILE_NAME);
    const old = openWorkspaceDb(file, { migrations: MIGRATIONS.slice(0, 3) });
    old
      .prepare(
        `INSERT INTO engagements (client_name, language, created_at, updated_at)
       VALUES ('Voor de migratie', 'nl', '2026-01-01', '2026-01-01')`,
      )
      .run();
    old.close();
    const workspace = Workspace.open(dir);
    try {
      const [backup] = listBackups(dir);
      expect(backup?.reason).toBe('pre-migration');
      const copy = openCopy(join(backupDir(dir), backup!.fileName));
      expect(copy.pragma('user_version', { simple: true })).toBe(3);
      expect(copy.prepare('SELECT client_name FROM engagements').pluck().all()).toEqual([
        'Voor de migratie',
      ]);
      copy.close();
      expect(workspace.schemaVersion).toBe(MIGRATIONS.length);
    } finally {
      workspace.close();
    }
    const fresh = tempWorkspace();
    expect(listBackups(fresh.dataDir)).toEqual([]);
  });
});

describe('rotation', () => {
  const backup = (createdAt: string, reason: BackupInfo['reason'] = 'daily'): BackupInfo => ({
    fileName: `workspace-${createdAt}-${reason}.sqlite`,
    createdAt,
    reason,
    sizeBytes: 1,
  });

  it('keeps the newest few, one per day for 7 days and one per week for 4 weeks', () => {
    const days = Array.from({ length: 60 }, (_, i) =>
      backup(new Date(Date.UTC(2026, 0, 1 + i, 9)).toISOString()),
    );
    const extraToday = [
      backup('2026-03-01T10:00:00.000Z', 'manual'),
      backup('2026-03-01T11:00:00.000Z', 'pre-restore'),
    ];
    const all = [...days, ...extraToday];
    const doomed = new Set(backupsToDelete(all).map((b) => b.fileName));
    const kept = all
      .filter((b) => !doomed.has(b.fileName))
      .map((b) => b.createdAt)
      .sort();
    // Newest 5 (incl. both of today), then daily back to 7 distinct days, then weekly.
    const keptDays = new Set(kept.map((createdAt) => createdAt.slice(0, 10)));
    expect(keptDays.size).toBeLessThanOrEqual(7 + 4);
    for (const recent of ['2026-03-01', '2026-02-28', '2026-02-27', '2026-02-23']) {
      expect(keptDays.has(recent), recent).toBe(true);
    }
    expect(kept).toContain('2026-03-01T10:00:00.000Z');
    expect(kept).toContain('2026-03-01T11:00:00.000Z');
    const keptWeeks = new Set(kept.map(isoWeek));
    expect(keptWeeks.size).toBe(4);
    expect(kept[0]! >= '2026-02-01').toBe(true);
  });

  it('counts weeks the ISO way', () => {
    expect(isoWeek('2026-01-01T00:00:00Z')).toBe('2026-W01');
    expect(isoWeek('2027-01-01T00:00:00Z')).toBe('2026-W53');
    expect(isoWeek('2024-12-30T00:00:00Z')).toBe('2025-W01');
  });

  it('deletes only what the policy gives up, on disk', async () => {
    const workspace = tempWorkspace();
    for (let day = 1; day <= 20; day++) {
      await createBackup(workspace, 'daily', new Date(Date.UTC(2026, 3, day, 9)));
    }
    const deleted = rotateBackups(workspace.dataDir);
    expect(deleted.length).toBeGreaterThan(0);
    const left = listBackups(workspace.dataDir);
    expect(left.length + deleted.length).toBe(20);
    expect(left[0]?.createdAt).toBe('2026-04-20T09:00:00.000Z');
  });
});

describe('restore', () => {
  function host() {
    const dir = tempDir();
    const holder = new WorkspaceHolder(Workspace.open(dir));
    const { dispatch, call } = testDispatcher(holder);
    return { dir, holder, dispatch, call };
  }

  it('backs up the current state, swaps the database and keeps the app working', async () => {
    const { holder, call, dir } = host();
    try {
      await call('engagements.create', engagement('Voor de back-up'));
      const backup: BackupInfo = await call('backups.create', {});
      await call('engagements.create', engagement('Na de back-up'));
      const before = holder.current;

      const result: { safetyBackup: BackupInfo } = await call('backups.restore', {
        fileName: backup.fileName,
      });
      expect(before.db.open).toBe(false);
      expect(holder.current).not.toBe(before);
      const names = (list: { clientName: string }[]) => list.map((e) => e.clientName).sort();
      expect(names(await call('engagements.list', {}))).toEqual(['Voor de back-up']);
      // Writing goes on against the restored workspace.
      await call('engagements.create', engagement('Na het terugzetten'));
      expect(result.safetyBackup.reason).toBe('pre-restore');

      // The restore itself can be undone with the safety backup.
      await call('backups.restore', { fileName: result.safetyBackup.fileName });
      expect(names(await call('engagements.list', {}))).toEqual([
        'Na de back-up',
        'Voor de back-up',
      ]);
      expect(holder.current.dataDir).toBe(dir);
    } finally {
      holder.current.close();
    }
  });

  it('refuses an unknown or damaged backup and changes nothing', async () => {
    const { holder, call } = host();
    try {
      await call('engagements.create', engagement('Blijft'));
      const hash = contentHash(holder.current.db);
      const missing = 'workspace-2020-01-01T00-00-00-000Z-manual.sqlite';
      await expect(call('backups.restore', { fileName: missing })).rejects.toMatchObject({
        key: 'backup.notFound',
      });
      await expect(
        call('backups.restore', { fileName: '../workspace.sqlite' }),
      ).rejects.toMatchObject({
        key: 'errors.validation',
      });
      const damaged: BackupInfo = await call('backups.create', {});
      const path = join(backupDir(holder.current.dataDir), damaged.fileName);
      const bytes = readFileSync(path);
      bytes.fill(0x5a, 4096, 8192);
      writeFileSync(path, bytes);
      await expect(call('backups.restore', { fileName: damaged.fileName })).rejects.toMatchObject({
        key: 'backup.unreadable',
      });
      expect(contentHash(holder.current.db)).toBe(hash);
      expect(
        holder.current.engagements.list({ search: '', status: 'all', sort: 'client' }),
      ).toHaveLength(1);
    } finally {
      holder.current.close();
    }
  });
});
