import Database from 'better-sqlite3';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, LATEST_SCHEMA_VERSION } from '@main/core/db/migrations';
import { migrate, openWorkspaceDb, readSchemaVersion } from '@main/core/db/open-workspace';
import {
  answerNumbersDisagreeing,
  respondentsWithNumbers,
  storedRow,
} from '@test/support/answer-numbers';
import { tempDir } from '@test/support/temp-workspace';

function databaseAt(version: number) {
  const file = join(tempDir(), 'workspace.sqlite');
  const db = new Database(file);
  db.pragma('foreign_keys = ON');
  migrate(db, MIGRATIONS.slice(0, version), 0);
  return { db, file };
}

describe('migrations', () => {
  it('are numbered 1..n without gaps', () => {
    expect(MIGRATIONS.map((migration) => migration.version)).toEqual(
      MIGRATIONS.map((_migration, index) => index + 1),
    );
    expect(LATEST_SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });

  it('a new workspace is created at the latest version, in WAL mode with foreign keys on', () => {
    const db = openWorkspaceDb(join(tempDir(), 'new.sqlite'));
    expect(readSchemaVersion(db)).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('0001 creates engagements and groups; deleting an engagement removes its groups', () => {
    const { db } = databaseAt(1);
    db.prepare(
      `INSERT INTO engagements (client_name, language, created_at, updated_at) VALUES ('A', 'nl', 'x', 'x')`,
    ).run();
    db.prepare(
      `INSERT INTO groups (engagement_id, name, kind, position) VALUES (1, 'Productie', 'department', 0)`,
    ).run();
    expect(() =>
      db
        .prepare(
          `INSERT INTO groups (engagement_id, name, kind, position) VALUES (1, 'productie', 'department', 1)`,
        )
        .run(),
    ).toThrow(/UNIQUE/);
    expect(() =>
      db
        .prepare(
          `INSERT INTO engagements (client_name, language, created_at, updated_at) VALUES ('B', 'de', 'x', 'x')`,
        )
        .run(),
    ).toThrow(/CHECK/);
    db.prepare('DELETE FROM engagements WHERE id = 1').run();
    expect(db.prepare('SELECT count(*) AS n FROM groups').get()).toEqual({ n: 0 });
    db.close();
  });

  it('0002 adds settings and keeps the engagements of version 1', () => {
    const { db, file } = databaseAt(1);
    db.prepare(
      `INSERT INTO engagements (client_name, language, created_at, updated_at) VALUES ('Kept', 'en', 'x', 'x')`,
    ).run();
    db.close();
    const migrated = openWorkspaceDb(file);
    expect(readSchemaVersion(migrated)).toBe(LATEST_SCHEMA_VERSION);
    expect(migrated.prepare('SELECT client_name FROM engagements').all()).toEqual([
      { client_name: 'Kept' },
    ]);
    migrated.prepare(`INSERT INTO settings (key, value_json) VALUES ('uiLanguage', '"nl"')`).run();
    migrated.close();
  });

  it('0003 adds instruments, respondents, norms and tips; respondents go with their engagement', () => {
    const { db, file } = databaseAt(2);
    db.prepare(
      `INSERT INTO engagements (client_name, language, created_at, updated_at) VALUES ('Kept', 'nl', 'x', 'x')`,
    ).run();
    db.prepare(
      `INSERT INTO groups (engagement_id, name, kind, position) VALUES (1, 'Productie', 'department', 0)`,
    ).run();
    db.close();
    const migrated = openWorkspaceDb(file, { migrations: MIGRATIONS.slice(0, 3) });
    expect(
      migrated
        .prepare('SELECT anonymity_threshold, min_answered_fraction, norm_set_id FROM engagements')
        .get(),
    ).toEqual({
      anonymity_threshold: 5,
      min_answered_fraction: 0.5,
      norm_set_id: null,
    });
    migrated
      .prepare(
        `INSERT INTO instruments (instrument_key, version, definition_json, created_at) VALUES ('k', 1, '{}', 'x')`,
      )
      .run();
    migrated
      .prepare(
        `INSERT INTO respondents (engagement_id, instrument_id, group_id, code, source, answers_json, created_at, updated_at)
         VALUES (1, 1, 1, 'R1', 'grid', '{"KK1":4}', 'x', 'x')`,
      )
      .run();
    expect(() => migrated.prepare('UPDATE engagements SET anonymity_threshold = 2').run()).toThrow(
      /CHECK/,
    );
    expect(() => migrated.prepare('DELETE FROM groups').run()).toThrow(/FOREIGN KEY/);
    migrated.prepare('DELETE FROM engagements').run();
    expect(migrated.prepare('SELECT count(*) AS n FROM respondents').get()).toEqual({ n: 0 });
    migrated.close();
  });

  it('0004 adds interviews, notes, quotes and themes with FTS5 search kept in step by triggers', () => {
    const { db, file } = databaseAt(3);
    db.prepare(
      `INSERT INTO engagements (client_name, language, created_at, updated_at) VALUES ('Kept', 'nl', 'x', 'x')`,
    ).run();
    db.close();
    const migrated = openWorkspaceDb(file, { migrations: MIGRATIONS.slice(0, 4) });
    expect(readSchemaVersion(migrated)).toBe(4);
    migrated
      .prepare(
        `INSERT INTO interviews (engagement_id, kind, created_at, updated_at)
         VALUES (1, 'customer-interview', 'x', 'x')`,
      )
      .run();
    const insertNote = migrated.prepare(
      `INSERT INTO interview_notes (interview_id, section_key, doc_json, plain_text, updated_at)
       VALUES (1, ?, '{}', ?, 'x')`,
    );
    insertNote.run('free', 'Het café was gesloten');
    migrated
      .prepare(
        `INSERT INTO interview_quotes (interview_id, section_key, text, created_at, updated_at) VALUES (1, 'free', 'Altijd te laat', 'x', 'x')`,
      )
      .run();
    const notesMatching = (query: string) =>
      migrated
        .prepare('SELECT rowid FROM interview_notes_fts WHERE interview_notes_fts MATCH ?')
        .all(query).length;
    expect(notesMatching('cafe')).toBe(1);
    migrated.prepare(`UPDATE interview_notes SET plain_text = 'Het restaurant was open'`).run();
    expect(notesMatching('cafe')).toBe(0);
    expect(notesMatching('restaurant')).toBe(1);
    expect(
      migrated
        .prepare(`SELECT term FROM interview_notes_vocab WHERE term >= 'r' AND term < 's'`)
        .all(),
    ).toEqual([{ term: 'restaurant' }]);
    expect(() =>
      migrated
        .prepare(
          `INSERT INTO interviews (engagement_id, kind, created_at, updated_at) VALUES (1, 'focus-group', 'x', 'x')`,
        )
        .run(),
    ).toThrow(/CHECK/);
    expect(() => insertNote.run('free', 'dubbel')).toThrow(/UNIQUE/);
    migrated.prepare('DELETE FROM engagements').run();
    for (const table of ['interviews', 'interview_notes', 'interview_quotes']) {
      expect(migrated.prepare(`SELECT count(*) AS n FROM ${table}`).get(), table).toEqual({ n: 0 });
    }
    expect(notesMatching('restaurant')).toBe(0);
    expect(
      migrated
        .prepare(
          `SELECT count(*) AS n FROM interview_quotes_fts WHERE interview_quotes_fts MATCH 'laat'`,
        )
        .get(),
    ).toEqual({ n: 0 });
    migrated.close();
  });

  it('0005 adds report settings per engagement and the house style; settings go with their engagement', () => {
    const { db, file } = databaseAt(4);
    db.prepare(
      `INSERT INTO engagements (client_name, language, created_at, updated_at) VALUES ('Kept', 'nl', 'x', 'x')`,
    ).run();
    db.close();
    const migrated = openWorkspaceDb(file, { migrations: MIGRATIONS.slice(0, 5) });
    migrated
      .prepare(
        `INSERT INTO report_settings (engagement_id, settings_json, updated_at) VALUES (1, '{"title":null}', 'x')`,
      )
      .run();
    expect(() =>
      migrated
        .prepare(
          `INSERT INTO report_settings (engagement_id, settings_json, updated_at) VALUES (1, '{}', 'x')`,
        )
        .run(),
    ).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() =>
      migrated
        .prepare(
          `INSERT INTO report_settings (engagement_id, settings_json, updated_at) VALUES (9, '{}', 'x')`,
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    // One house style per workspace; a logo always has its type.
    migrated
      .prepare(`INSERT INTO house_style (id, style_json, updated_at) VALUES (1, '{}', 'x')`)
      .run();
    expect(() =>
      migrated
        .prepare(`INSERT INTO house_style (id, style_json, updated_at) VALUES (2, '{}', 'x')`)
        .run(),
    ).toThrow(/CHECK/);
    expect(() => migrated.prepare(`UPDATE house_style SET logo = x'89504e47'`).run()).toThrow(
      /CHECK/,
    );
    migrated.prepare('DELETE FROM engagements').run();
    expect(migrated.prepare('SELECT count(*) AS n FROM report_settings').get()).toEqual({ n: 0 });
    migrated.close();
  });

  it('0006 adds the invited count per group: empty for existing groups, at least 1 when given', () => {
    const { db, file } = databaseAt(5);
    db.prepare(
      `INSERT INTO engagements (client_name, language, created_at, updated_at) VALUES ('Kept', 'nl', 'x', 'x')`,
    ).run();
    db.prepare(
      `INSERT INTO groups (engagement_id, name, kind, position) VALUES (1, 'Productie', 'department', 0)`,
    ).run();
    db.close();
    const migrated = openWorkspaceDb(file, { migrations: MIGRATIONS.slice(0, 6) });
    expect(migrated.prepare('SELECT name, invited_count FROM groups').get()).toEqual({
      name: 'Productie',
      invited_count: null,
    });
    migrated.prepare('UPDATE groups SET invited_count = 25').run();
    expect(() => migrated.prepare('UPDATE groups SET invited_count = 0').run()).toThrow(/CHECK/);
    migrated.close();
  });

  it('0007 gives every stored statement an id and links the shipped customer version to the staff scan', () => {
    const { db, file } = databaseAt(6);
    const item = (code: string, kind = 'likert') => ({ code, kind, text: { nl: code, en: code } });
    const insert = db.prepare(
      `INSERT INTO instruments (instrument_key, version, builtin, definition_json, created_at)
       VALUES (?, 1, ?, ?, 'x')`,
    );
    insert.run(
      'klantgerichtheidsscan',
      1,
      JSON.stringify({
        id: 'klantgerichtheidsscan',
        items: [item('KK1'), item('N_P_IMP', 'importance')],
      }),
    );
    insert.run(
      'klantgerichtheidsscan-klant',
      1,
      JSON.stringify({
        id: 'klantgerichtheidsscan-klant',
        items: [
          item('KK1'),
          item('KK9'),
          item('N_P_IMP', 'importance'),
          item('N_P_PERF', 'performance'),
        ],
      }),
    );
    insert.run('eigen-scan', 0, JSON.stringify({ id: 'eigen-scan', items: [item('KK1')] }));
    db.close();
    const migrated = openWorkspaceDb(file, { migrations: MIGRATIONS.slice(0, 7) });
    const definitions = migrated
      .prepare<[], { definition_json: string }>(
        'SELECT definition_json FROM instruments ORDER BY id',
      )
      .all()
      .map(
        (row) =>
          JSON.parse(row.definition_json) as {
            family: string;
            items: { id: string; linkedTo: string | null }[];
          },
      );
    expect(definitions.map((definition) => definition.family)).toEqual([
      'klantgerichtheidsscan',
      'klantgerichtheidsscan',
      'eigen-scan',
    ]);
    expect(definitions[1]!.items.map((entry) => [entry.id, entry.linkedTo])).toEqual([
      ['klantgerichtheidsscan-klant/KK1', 'klantgerichtheidsscan/KK1'],
      ['klantgerichtheidsscan-klant/KK9', null],
      ['klantgerichtheidsscan-klant/N_P_IMP', 'klantgerichtheidsscan/N_P_IMP'],
      ['klantgerichtheidsscan-klant/N_P_PERF', null],
    ]);
    // Another instrument that reuses the codes is not linked to anything.
    expect(definitions[2]!.items).toEqual([
      expect.objectContaining({ id: 'eigen-scan/KK1', linkedTo: null }),
    ]);
    migrated.close();
  });

  it('0008 copies open answers, indexes them for search, and counts every update and delete of a respondent', () => {
    const { db, file } = databaseAt(7);
    db.exec(`
      INSERT INTO engagements (client_name, language, created_at, updated_at) VALUES ('A', 'nl', 'x', 'x');
      INSERT INTO groups (engagement_id, name, kind, position) VALUES (1, 'Productie', 'department', 0);
      INSERT INTO instruments (instrument_key, version, definition_json, created_at) VALUES ('k', 1, '{}', 'x');
      INSERT INTO respondents (engagement_id, instrument_id, group_id, code, source, answers_json, created_at, updated_at)
        VALUES (1, 1, 1, 'R1', 'grid', '{"KK1":4,"OPEN":"Leveringen zijn vaak te laat"}', 'x', 'x');
    `);
    db.close();
    const migrated = openWorkspaceDb(file, { migrations: MIGRATIONS.slice(0, 8) });
    expect(
      migrated.prepare('SELECT respondent_id, item_code, text, quoted FROM open_answers').all(),
    ).toEqual([
      { respondent_id: 1, item_code: 'OPEN', text: 'Leveringen zijn vaak te laat', quoted: 0 },
    ]);
    expect(
      migrated
        .prepare(`SELECT rowid FROM open_answers_fts WHERE open_answers_fts MATCH 'levering*'`)
        .all(),
    ).toEqual([{ rowid: 1 }]);
    const counter = () =>
      (migrated.prepare('SELECT counter FROM respondent_changes').get() as { counter: number })
        .counter;
    expect(counter()).toBe(0);
    migrated
      .prepare(
        `INSERT INTO respondents (engagement_id, instrument_id, group_id, code, source, answers_json, created_at, updated_at)
         VALUES (1, 1, 1, 'R2', 'grid', '{}', 'x', 'x')`,
      )
      .run();
    // An insert changes the respondent count, which the answer cache compares: no trigger needed.
    expect(counter()).toBe(0);
    migrated.prepare(`UPDATE respondents SET answers_json = '{"KK1":2}' WHERE code = 'R2'`).run();
    expect(counter()).toBe(1);
    // Deleting the engagement removes its respondents by cascade: that counts too.
    migrated.prepare('DELETE FROM engagements').run();
    expect(counter()).toBe(3);
    expect(migrated.prepare('SELECT count(*) AS n FROM open_answers').get()).toEqual({ n: 0 });
    migrated.close();
  });

  it('0009 adds respondent batches and the live source, keeping every respondent as it was', () => {
    const { db, file } = databaseAt(8);
    db.exec(`
      INSERT INTO engagements (client_name, language, created_at, updated_at) VALUES ('Kept', 'nl', 'x', 'x');
      INSERT INTO groups (engagement_id, name, kind, position) VALUES (1, 'Productie', 'department', 0);
      INSERT INTO instruments (instrument_key, version, definition_json, created_at) VALUES ('k', 1, '{}', 'x');
      INSERT INTO respondents (id, engagement_id, instrument_id, group_id, code, role, source, answers_json, created_at, updated_at)
        VALUES (7, 1, 1, 1, 'R001', 'planner', 'grid', '{"KK1":4}', 'c', 'u'),
               (9, 1, 1, 1, 'K001', '', 'kiosk', '{"KK1":2,"OPM":"Sneller"}', 'c2', 'u2');
    `);
    const before = db.prepare('SELECT * FROM respondents ORDER BY id').all();
    db.close();
    const migrated = openWorkspaceDb(file, { migrations: MIGRATIONS.slice(0, 9) });
    const after = migrated.prepare('SELECT * FROM respondents ORDER BY id').all() as Record<
      string,
      unknown
    >[];
    expect(after.map(({ batch_id: _batch, ...rest }) => rest)).toEqual(before);
    expect(after.map((row) => row.batch_id)).toEqual([null, null]);
    expect(
      migrated
        .prepare(
          `SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'respondents' ORDER BY name`,
        )
        .all(),
    ).toEqual([
      { name: 'respondents_by_batch' },
      { name: 'respondents_by_group' },
      { name: 'respondents_by_instrument' },
      { name: 'sqlite_autoindex_respondents_1' },
    ]);
    // A batch holds respondents; 'live' is a source now; an unknown batch is refused.
    migrated
      .prepare(
        `INSERT INTO respondent_batches (engagement_id, instrument_id, source, file_name, created_at)
         VALUES (1, 1, 'import', 'export.csv', 'x')`,
      )
      .run();
    migrated
      .prepare(
        `INSERT INTO respondents (engagement_id, instrument_id, group_id, code, source, created_at, updated_at, batch_id)
         VALUES (1, 1, 1, 'L001', 'live', 'x', 'x', 1)`,
      )
      .run();
    expect(() =>
      migrated
        .prepare(
          `INSERT INTO respondents (engagement_id, instrument_id, group_id, code, source, created_at, updated_at, batch_id)
           VALUES (1, 1, 1, 'L002', 'live', 'x', 'x', 99)`,
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    expect(() =>
      migrated
        .prepare(
          `INSERT INTO respondent_batches (engagement_id, instrument_id, source, created_at) VALUES (1, 1, 'grid', 'x')`,
        )
        .run(),
    ).toThrow(/CHECK/);
    expect(() =>
      migrated
        .prepare(
          `INSERT INTO respondents (engagement_id, instrument_id, group_id, code, source, created_at, updated_at)
           VALUES (1, 1, 1, 'X1', 'phone', 'x', 'x')`,
        )
        .run(),
    ).toThrow(/CHECK/);
    expect(migrated.prepare('SELECT report_generated_at FROM engagements').get()).toEqual({
      report_generated_at: null,
    });
    // Deleting the engagement takes its batches and respondents with it.
    migrated.prepare('DELETE FROM engagements').run();
    expect(migrated.prepare('SELECT count(*) AS n FROM respondent_batches').get()).toEqual({
      n: 0,
    });
    expect(migrated.prepare('SELECT count(*) AS n FROM respondents').get()).toEqual({ n: 0 });
    migrated.close();
  });

  it('0009 keeps every open answer with its themes and quote flag, and the change counter, across the rebuild of respondents', () => {
    const { db, file } = databaseAt(8);
    db.exec(`
      INSERT INTO engagements (client_name, language, created_at, updated_at) VALUES ('Kept', 'nl', 'x', 'x');
      INSERT INTO groups (engagement_id, name, kind, position) VALUES (1, 'Productie', 'department', 0);
      INSERT INTO instruments (instrument_key, version, definition_json, created_at) VALUES ('k', 1, '{}', 'x');
      INSERT INTO interview_themes (engagement_id, name, colour, position, created_at)
        VALUES (1, 'Levertijd', '#aa0000', 0, 'x'), (1, 'Communicatie', '#00aa00', 1, 'x');
      INSERT INTO respondents (id, engagement_id, instrument_id, group_id, code, source, answers_json, created_at, updated_at)
        VALUES (3, 1, 1, 1, 'R001', 'grid', '{"KK1":4,"OPEN":"Leveringen zijn vaak te laat"}', 'c', 'u'),
               (5, 1, 1, 1, 'R002', 'import', '{"KK1":2,"OPEN":"Niemand belt terug","TIP":"Bel terug"}', 'c', 'u');
      INSERT INTO open_answers (respondent_id, item_code, text)
        SELECT r.id, a.key, a.value FROM respondents r, json_each(r.answers_json) a
        WHERE a.type = 'text' AND r.id NOT IN (SELECT respondent_id FROM open_answers);
      UPDATE open_answers SET quoted = 1 WHERE text = 'Niemand belt terug';
      INSERT INTO open_answer_themes (open_answer_id, theme_id)
        SELECT o.id, t.id FROM open_answers o, interview_themes t
        WHERE (o.text LIKE 'Lever%' AND t.name = 'Levertijd') OR (o.respondent_id = 5 AND t.name = 'Communicatie');
    `);
    const openAnswers = (target: Database.Database) =>
      target
        .prepare('SELECT id, respondent_id, item_code, text, quoted FROM open_answers ORDER BY id')
        .all();
    const themes = (target: Database.Database) =>
      target.prepare('SELECT open_answer_id, theme_id FROM open_answer_themes ORDER BY 1, 2').all();
    const answersBefore = openAnswers(db);
    const themesBefore = themes(db);
    expect(answersBefore).toHaveLength(3);
    expect(themesBefore).toHaveLength(3);
    const counterBefore = db.prepare('SELECT counter FROM respondent_changes').get();
    db.close();

    // As the app opens it: foreign keys on for the connection, the migrations run with them off.
    const migrated = openWorkspaceDb(file, { migrations: MIGRATIONS.slice(0, 9) });
    expect(readSchemaVersion(migrated)).toBe(9);
    expect(migrated.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(openAnswers(migrated)).toEqual(answersBefore);
    expect(themes(migrated)).toEqual(themesBefore);
    expect(migrated.prepare('SELECT counter FROM respondent_changes').get()).toEqual(counterBefore);
    expect(migrated.pragma('foreign_key_check')).toEqual([]);
    // The open answers still reference respondents, the rebuilt table, with their cascade.
    expect(
      migrated
        .prepare(`SELECT "table", on_delete FROM pragma_foreign_key_list('open_answers')`)
        .all(),
    ).toEqual([{ table: 'respondents', on_delete: 'CASCADE' }]);
    expect(
      migrated
        .prepare(
          `SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'respondents' ORDER BY name`,
        )
        .all(),
    ).toEqual([{ name: 'respondent_changes_delete' }, { name: 'respondent_changes_update' }]);
    // The search index is intact and still finds them.
    migrated
      .prepare(`INSERT INTO open_answers_fts (open_answers_fts) VALUES ('integrity-check')`)
      .run();
    expect(
      migrated
        .prepare(
          `SELECT rowid FROM open_answers_fts WHERE open_answers_fts MATCH 'belt' ORDER BY rowid`,
        )
        .all(),
    ).toEqual([{ rowid: (answersBefore[1] as { id: number }).id }]);

    // The change counter's triggers work on the rebuilt table: an update and a delete count.
    const counter = () =>
      (migrated.prepare('SELECT counter FROM respondent_changes').get() as { counter: number })
        .counter;
    const start = counter();
    migrated.prepare(`UPDATE respondents SET role = 'planner' WHERE id = 3`).run();
    expect(counter()).toBe(start + 1);
    // Deleting a respondent still takes its open answers and their themes with it, and counts.
    migrated.prepare('DELETE FROM respondents WHERE id = 5').run();
    expect(counter()).toBe(start + 2);
    expect(migrated.prepare('SELECT respondent_id FROM open_answers').all()).toEqual([
      { respondent_id: 3 },
    ]);
    expect(migrated.prepare('SELECT count(*) AS n FROM open_answer_themes').get()).toEqual({
      n: 1,
    });
    expect(
      migrated
        .prepare(`SELECT rowid FROM open_answers_fts WHERE open_answers_fts MATCH 'belt'`)
        .all(),
    ).toEqual([]);
    migrated.close();
  });

  it('0009 refuses to run with foreign keys on, where dropping respondents would delete its open answers', () => {
    const { db } = databaseAt(8);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(() => db.transaction(() => MIGRATIONS[8]!.up(db))()).toThrow(/foreign keys off/);
    expect(readSchemaVersion(db)).toBe(8);
    db.close();
  });

  it('migrations run with foreign keys off but roll back when they leave a row pointing nowhere', () => {
    const { db, file } = databaseAt(1);
    db.close();
    const orphaning = [
      ...MIGRATIONS,
      {
        version: MIGRATIONS.length + 1,
        name: 'orphaning',
        up: (target: Database.Database) =>
          target.exec(
            `INSERT INTO groups (engagement_id, name, kind, position) VALUES (42, 'Weg', 'department', 0)`,
          ),
      },
    ];
    expect(() => openWorkspaceDb(file, { migrations: orphaning })).toThrow(
      /1 row\(s\) pointing nowhere, e\.g\. groups row 1 → engagements/,
    );
    const check = new Database(file);
    expect(readSchemaVersion(check)).toBe(1);
    expect(check.prepare('SELECT count(*) AS n FROM groups').get()).toEqual({ n: 0 });
    // Foreign keys are back on for the connection after a migration, failed or not.
    check.pragma('foreign_keys = ON');
    expect(() => migrate(check, orphaning, 1)).toThrow(/pointing nowhere/);
    expect(check.pragma('foreign_keys', { simple: true })).toBe(1);
    check.close();
  });

  it('0010 keeps quotes as quotes, adds coded passages and one memo per engagement, interview and theme', () => {
    const { db, file } = databaseAt(9);
    db.exec(`
      INSERT INTO engagements (client_name, language, created_at, updated_at) VALUES ('A', 'nl', 'x', 'x');
      INSERT INTO interviews (engagement_id, kind, created_at, updated_at)
        VALUES (1, 'internal-interview', 'x', 'x');
      INSERT INTO interview_quotes (interview_id, section_key, text, created_at, updated_at)
        VALUES (1, 'free', 'Een oud citaat', 'x', 'x');
      INSERT INTO interview_themes (engagement_id, name, colour, position, created_at)
        VALUES (1, 'Levertijd', '#0072B2', 0, 'x');
    `);
    db.close();
    const migrated = openWorkspaceDb(file, { migrations: MIGRATIONS.slice(0, 10) });
    expect(migrated.prepare('SELECT is_quote FROM interview_quotes').get()).toEqual({
      is_quote: 1,
    });
    migrated
      .prepare(
        `INSERT INTO interview_quotes (interview_id, section_key, text, is_quote, created_at, updated_at)
         VALUES (1, 'free', 'gecodeerd', 0, 'x', 'x')`,
      )
      .run();
    const memo = migrated.prepare(
      `INSERT INTO memos (engagement_id, interview_id, theme_id, text, created_at, updated_at)
       VALUES (1, ?, ?, ?, 'x', 'x')`,
    );
    memo.run(null, null, 'Over de opdracht');
    memo.run(1, null, 'Over het interview');
    memo.run(null, 1, 'Over het thema');
    expect(() => memo.run(null, null, 'Tweede memo bij de opdracht')).toThrow(/UNIQUE/);
    expect(() => memo.run(1, 1, 'Bij twee dingen tegelijk')).toThrow(/CHECK/);
    expect(() => memo.run(null, null, '')).toThrow(/CHECK|UNIQUE/);
    migrated.prepare('DELETE FROM interviews').run();
    expect(migrated.prepare('SELECT count(*) AS n FROM memos').get()).toEqual({ n: 2 });
    migrated.prepare('DELETE FROM engagements').run();
    expect(migrated.prepare('SELECT count(*) AS n FROM memos').get()).toEqual({ n: 0 });
    migrated.close();
  });

  it('0011 counts respondents per instrument and group, and their entry dates, from an index alone', () => {
    const { db, file } = databaseAt(10);
    db.close();
    const migrated = openWorkspaceDb(file, { migrations: MIGRATIONS.slice(0, 11) });
    const plan = (sql: string) =>
      (migrated.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(1) as { detail: string }[])
        .map((row) => row.detail)
        .join('; ');
    // The queries of RespondentRepository.counts and .entryPeriod: no table row is read.
    expect(
      plan(
        `SELECT instrument_id, group_id, count(*) AS n FROM respondents
         WHERE engagement_id = ? GROUP BY instrument_id, group_id ORDER BY instrument_id, group_id`,
      ),
    ).toMatch(/^SEARCH respondents USING COVERING INDEX respondents_by_engagement_group/);
    expect(
      plan(
        `SELECT substr(min(created_at), 1, 10) AS first, substr(max(created_at), 1, 10) AS last
         FROM respondents WHERE engagement_id = ?`,
      ),
    ).toMatch(/^SEARCH respondents USING COVERING INDEX respondents_by_engagement_group/);
    migrated.close();
  });

  it('0012 stores the answers of every earlier respondent as numbers, equal to its JSON', () => {
    const { db, file } = databaseAt(11);
    db.prepare(
      `INSERT INTO engagements (client_name, language, created_at, updated_at) VALUES ('Oud', 'nl', 'x', 'x')`,
    ).run();
    db.prepare(
      `INSERT INTO groups (engagement_id, name, kind, position) VALUES (1, 'Productie', 'department', 0)`,
    ).run();
    // Two versions with their own items (an old backup's instruments): each row by its own.
    const instrument = (version: number, items: { code: string; kind: string }[]) =>
      db
        .prepare(
          `INSERT INTO instruments (instrument_key, version, definition_json, created_at)
           VALUES ('scan', ?, ?, 'x')`,
        )
        .run(version, JSON.stringify({ id: 'scan', version, items }));
    instrument(1, [
      { code: 'A', kind: 'likert' },
      { code: 'OPEN', kind: 'open' },
      { code: 'B', kind: 'importance' },
    ]);
    instrument(2, [
      { code: 'B', kind: 'performance' },
      { code: 'C', kind: 'likert' },
    ]);
    const respondent = db.prepare(
      `INSERT INTO respondents (engagement_id, instrument_id, group_id, code, source, answers_json,
         created_at, updated_at) VALUES (1, ?, 1, ?, 'import', ?, 'x', 'x')`,
    );
    respondent.run(1, 'R1', '{"A":4,"OPEN":"Goed","B":2.5}');
    respondent.run(1, 'R2', '{"B":1}');
    respondent.run(2, 'R3', '{"C":5,"B":3,"A":1}');
    respondent.run(2, 'R4', '{}');
    db.close();
    const migrated = openWorkspaceDb(file, { migrations: MIGRATIONS.slice(0, 12) });
    expect(respondentsWithNumbers(migrated)).toBe(4);
    expect(answerNumbersDisagreeing(migrated)).toEqual([]);
    const numbers = migrated
      .prepare<[], Buffer>('SELECT answer_numbers FROM respondents ORDER BY id')
      .pluck()
      .all()
      .map((bytes) => [bytes.byteLength, ...storedRow(bytes, 2)]);
    // Whole numbers 0–254 one byte each, other rows eight.
    expect(numbers).toEqual([
      [16, 4, 2.5],
      [2, Number.NaN, 1],
      [2, 3, 5],
      [2, Number.NaN, Number.NaN],
    ]);
    migrated.close();
  });

  it('0013 reads the answers to decode from an index alone, in id order, in place of the index by instrument', () => {
    const { db, file } = databaseAt(12);
    db.close();
    const migrated = openWorkspaceDb(file, { migrations: MIGRATIONS.slice(0, 13) });
    const plan = (sql: string) =>
      (migrated.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(1, 1) as { detail: string }[])
        .map((row) => row.detail)
        .join('; ');
    // What DecodedAnswerCache reads (decoded-answers.ts): no table row, no sort.
    expect(
      plan(
        `SELECT count(*), group_concat(id, ','), group_concat(group_id, ','),
           CAST(group_concat(answer_numbers, '') AS BLOB)
         FROM respondents WHERE engagement_id = ? AND instrument_id = ?`,
      ),
    ).toMatch(/^SEARCH respondents USING COVERING INDEX respondents_answers_by_instrument/);
    expect(
      plan(`SELECT id FROM respondents WHERE engagement_id = ? AND instrument_id = ? ORDER BY id`),
    ).not.toMatch(/TEMP B-TREE/);
    const indexes = migrated
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'respondents'`)
      .pluck()
      .all();
    expect(indexes).toContain('respondents_answers_by_instrument');
    expect(indexes).not.toContain('respondents_by_instrument');
    migrated.close();
  });

  it('calls the before-migrate hook (for a backup) only when something is pending', () => {
    const { db, file } = databaseAt(1);
    db.close();
    const seen: number[] = [];
    openWorkspaceDb(file, { beforeMigrate: (_db, from) => seen.push(from) }).close();
    openWorkspaceDb(file, { beforeMigrate: (_db, from) => seen.push(from) }).close();
    expect(seen).toEqual([1]);
  });

  it('a failing migration leaves the database exactly as it was', () => {
    const { db, file } = databaseAt(1);
    db.close();
    const broken = [
      ...MIGRATIONS,
      {
        version: MIGRATIONS.length + 1,
        name: 'broken',
        up: (target: Database.Database) =>
          target.exec('CREATE TABLE half (x); SELECT * FROM missing_table;'),
      },
    ];
    expect(() => openWorkspaceDb(file, { migrations: broken })).toThrow(/missing_table/);
    const check = new Database(file);
    expect(readSchemaVersion(check)).toBe(1);
    expect(
      check.prepare(`SELECT name FROM sqlite_master WHERE name IN ('half', 'settings')`).all(),
    ).toEqual([]);
    check.close();
  });

  it('refuses a workspace written by a newer version and leaves the file untouched', () => {
    const file = join(tempDir(), 'future.sqlite');
    const future = new Database(file);
    future.exec('CREATE TABLE from_the_future (x)');
    future.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    future.close();
    const before = readFileSync(file);
    expect(() => openWorkspaceDb(file)).toThrow(
      expect.objectContaining({ key: 'errors.workspaceTooNew' }),
    );
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(existsSync(`${file}-wal`)).toBe(false);
  });
});
