/**
 * Findings 5 and 6 of the second review: after "Archive and remove" the text was still in the
 * existing backups and in a plain archive copy in `archives/`; a plain delete did not use secure
 * delete; the data folder was created 0755 and its files 0644.
 */
import Database from 'better-sqlite3';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupDir } from '@main/core/backup/backup-files';
import { ARCHIVE_FOLDER_NAME, DATABASE_FILE_NAME, Workspace } from '@main/core/workspace';
import { acquireWorkspaceLock, LOCK_FILE_NAME } from '@main/core/workspace-lock';
import { WorkspaceHolder } from '@main/core/workspace-holder';
import { tempDir } from '@test/support/temp-workspace';
import { testDispatcher } from '@test/support/dispatcher';

const SECRET = 'Zwaluwstaartverbinding';

function setUp(dataDir = tempDir()) {
  const holder = new WorkspaceHolder(Workspace.open(dataDir));
  const { dispatch, call } = testDispatcher(holder);
  return { dataDir, holder, dispatch, call, close: () => holder.current.close() };
}

type Context = ReturnType<typeof setUp>;

/** An engagement whose notes and interview hold `secret`. */
async function engagementWith(context: Context, client: string, secret: string) {
  const engagement = await context.call('engagements.create', {
    clientName: client,
    language: 'nl',
    notes: `Vertrouwelijk: ${secret} in de fabriekshal.`,
    groups: [{ name: 'Productie', kind: 'department' }],
  });
  const interview = await context.call('interviews.create', {
    engagementId: engagement.id,
    kind: 'internal-interview',
  });
  await context.call('interviews.notes.save', {
    interviewId: interview.id,
    sectionKey: 'free',
    doc: {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: `Over ${secret} gesproken` }] },
      ],
    },
  });
  return { engagementId: engagement.id, interviewId: interview.id };
}

/** Every file of the data folder that holds `text` (in UTF-8), by name relative to it. */
function filesHolding(dataDir: string, text: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (readFileSync(path).includes(Buffer.from(text)))
        found.push(path.slice(dataDir.length + 1));
    }
  };
  walk(dataDir);
  return found.sort();
}

describe('a delete leaves nothing behind', () => {
  it('every workspace connection deletes securely; the search index forgets too', async () => {
    const context = setUp();
    const db = context.holder.current.db;
    expect(db.pragma('secure_delete', { simple: true })).toBe(1);
    for (const index of ['interview_notes_fts', 'interview_quotes_fts']) {
      expect(
        db.prepare(`SELECT v FROM ${index}_config WHERE k = 'secure-delete'`).pluck().get(),
      ).toBe(1);
    }
    const { interviewId } = await engagementWith(context, 'Houtbouw Noord', SECRET);
    db.pragma('wal_checkpoint(TRUNCATE)');
    expect(filesHolding(context.dataDir, SECRET)).toEqual([DATABASE_FILE_NAME]);
    await context.call('interviews.delete', { id: interviewId });
    // The engagement's own notes still hold the word; the interview's text is gone from every
    // file: pages zeroed, index entries removed, the log emptied.
    const left = context.holder.current.db
      .prepare('SELECT count(*) FROM interview_notes_fts WHERE interview_notes_fts MATCH ?')
      .pluck()
      .get(SECRET.toLowerCase());
    expect(left).toBe(0);
    expect(
      readFileSync(join(context.dataDir, DATABASE_FILE_NAME)).includes(
        Buffer.from(`Over ${SECRET}`),
      ),
    ).toBe(false);
    const engagements = await context.call('engagements.list', {
      search: '',
      status: 'all',
      sort: 'client',
    });
    for (const { id } of engagements) await context.call('engagements.delete', { id });
    expect(filesHolding(context.dataDir, SECRET)).toEqual([]);
    context.close();
  });
});

describe('archive and remove', () => {
  async function closedEngagementWithBackups() {
    const context = setUp();
    // A backup from before the engagement existed: it does not hold it and stays as it is.
    const earlier = await context.call('backups.create', {});
    const other = await engagementWith(context, 'Blijft BV', 'Pen-en-gatverbinding');
    const target = await engagementWith(context, 'Gaat Weg BV', SECRET);
    await context.call('engagements.update', { id: target.engagementId, status: 'closed' });
    const backups = [
      await context.call('backups.create', {}),
      await context.call('backups.create', {}),
    ];
    return { ...context, earlier, other, target, backups };
  }

  it('offers to remove the engagement from the backups, and then it is nowhere', async () => {
    const context = await closedEngagementWithBackups();
    expect(
      filesHolding(context.dataDir, SECRET).filter((f) => f.startsWith('backups')),
    ).toHaveLength(2);
    const result = await context.call('archives.exportAndRemove', {
      engagementId: context.target.engagementId,
      passphrase: 'lang genoeg wachtwoord',
      backups: 'purge',
    });
    expect(result.backups).toEqual({
      cleanup: 'purge',
      cleaned: context.backups
        .map((backup) => backup.fileName)
        .sort()
        .reverse(),
      failed: [],
    });
    expect(result.encrypted).toBe(true);
    // Not in the workspace, not in any backup, not in the kept archive copy (encrypted).
    expect(filesHolding(context.dataDir, SECRET)).toEqual([]);
    expect(existsSync(result.keptCopy)).toBe(true);
    // The backups still hold everything else, and still open as workspaces.
    for (const backup of context.backups) {
      const db = new Database(join(backupDir(context.dataDir), backup.fileName), {
        readonly: true,
      });
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.prepare('SELECT client_name FROM engagements').pluck().all()).toEqual([
        'Blijft BV',
      ]);
      db.close();
    }
    expect(filesHolding(context.dataDir, 'Pen-en-gatverbinding').length).toBeGreaterThan(2);
    context.close();
  });

  it('or deletes the backups that hold it, and keeps the others', async () => {
    const context = await closedEngagementWithBackups();
    const result = await context.call('archives.exportAndRemove', {
      engagementId: context.target.engagementId,
      passphrase: 'lang genoeg wachtwoord',
      backups: 'delete',
    });
    expect(result.backups.cleaned).toHaveLength(2);
    const left = readdirSync(backupDir(context.dataDir));
    expect(left).toEqual([context.earlier.fileName]);
    expect(filesHolding(context.dataDir, SECRET)).toEqual([]);
    context.close();
  });

  it('keeps the archive encrypted unless a plain one is chosen explicitly', async () => {
    const context = await closedEngagementWithBackups();
    const refused = await context.dispatch('archives.exportAndRemove', {
      engagementId: context.target.engagementId,
      backups: 'keep',
    });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        key: 'errors.validation',
        issues: [{ path: 'passphrase', message: 'dataSafety.passphraseOrPlain' }],
      },
    });
    // Nothing happened: the engagement is still there.
    expect(context.holder.current.engagements.get(context.target.engagementId).clientName).toBe(
      'Gaat Weg BV',
    );
    const plain = await context.call('archives.exportAndRemove', {
      engagementId: context.target.engagementId,
      plain: true,
      backups: 'keep',
    });
    expect(plain.encrypted).toBe(false);
    expect(readFileSync(plain.keptCopy)[9]).toBe(0);
    context.close();
  });
});

describe.skipIf(process.platform === 'win32')(
  'file permissions (POSIX modes; see README for Windows)',
  () => {
    const mode = (path: string) => statSync(path).mode & 0o777;

    it('the data folder is 0700 and every file in it 0600, also those of older versions', async () => {
      const dataDir = tempDir();
      // A folder as an older version left it: world-readable.
      chmodSync(dataDir, 0o755);
      mkdirSync(join(dataDir, 'backups'), { mode: 0o755 });
      writeFileSync(
        join(dataDir, 'backups', 'workspace-2026-01-01T00-00-00-000Z-manual.sqlite'),
        '',
        {
          mode: 0o644,
        },
      );
      const lock = acquireWorkspaceLock(dataDir);
      const context = setUp(dataDir);
      const target = await engagementWith(context, 'Rechten BV', SECRET);
      await context.call('backups.create', {});
      await context.call('engagements.update', { id: target.engagementId, status: 'closed' });
      await context.call('archives.exportAndRemove', {
        engagementId: target.engagementId,
        passphrase: 'lang genoeg wachtwoord',
        backups: 'keep',
      });
      await engagementWith(context, 'Nog open BV', 'iets');
      const files: string[] = [];
      const walk = (dir: string) => {
        expect(mode(dir), dir).toBe(0o700);
        for (const name of readdirSync(dir)) {
          const path = join(dir, name);
          if (statSync(path).isDirectory()) walk(path);
          else files.push(path);
        }
      };
      walk(dataDir);
      const names = files.map((path) => path.slice(dataDir.length + 1));
      for (const expected of [
        DATABASE_FILE_NAME,
        `${DATABASE_FILE_NAME}-wal`,
        `${DATABASE_FILE_NAME}-shm`,
        LOCK_FILE_NAME,
      ]) {
        expect(names).toContain(expected);
      }
      expect(names.some((name) => name.startsWith(`${ARCHIVE_FOLDER_NAME}/`))).toBe(true);
      expect(names.filter((name) => name.startsWith('backups/')).length).toBeGreaterThanOrEqual(2);
      for (const path of files) expect(mode(path), path).toBe(0o600);
      context.close();
      lock.release();
    });
  },
);
