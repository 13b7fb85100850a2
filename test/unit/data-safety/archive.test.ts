import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AppError } from '@shared/ipc/errors';
import { exportArchive, exportArchiveAndRemove, importArchive } from '@main/core/archive/archives';
import { collectEngagement } from '@main/core/archive/collect';
import { openArchive, sealArchive } from '@main/core/archive/container';
import { parseArchiveContent, type ArchiveContent } from '@main/core/archive/content';
import { readArchiveGraph } from '@main/core/archive/schema-graph';
import { LATEST_SCHEMA_VERSION } from '@main/core/db/migrations';
import { createSampleEngagement } from '@main/core/sample/sample-engagement';
import type { Workspace } from '@main/core/workspace';
import { testDispatcher } from '@test/support/dispatcher';
import { tempWorkspace } from '@test/support/temp-workspace';
import { answerNumbersDisagreeing, respondentsWithNumbers } from '@test/support/answer-numbers';
import { canonicalArchive, contentHash } from './support';
import { department, newEngagement } from '@test/support/new-engagement';

const APP = { appVersion: 'test' };
/** A cheap key derivation keeps the tests fast; the format and checks are the same. */
const FAST = { log2N: 10, r: 8, p: 1 };

async function contentOf(workspace: Workspace, engagementId: number): Promise<ArchiveContent> {
  const file = await exportArchive(workspace, engagementId, APP);
  return parseArchiveContent(await openArchive(file.bytes), LATEST_SCHEMA_VERSION);
}

function canonical(workspace: Workspace, content: ArchiveContent) {
  return canonicalArchive(content, readArchiveGraph(workspace.db));
}

async function errorKey(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    if (error instanceof AppError) return error.key;
    throw error;
  }
}

describe('engagement archive: everything of one engagement', () => {
  it('holds groups, respondents, instruments, interviews, notes, quotes, themes and links', async () => {
    const workspace = tempWorkspace();
    const other = workspace.engagements.create(
      newEngagement('Other client', [department('Verkoop')], { notes: 'not part of the archive' }),
    );
    const sample = createSampleEngagement(workspace, 'nl');
    const content = await contentOf(workspace, sample.id);
    const counts = Object.fromEntries(
      Object.entries(content.owned).map(([name, table]) => [name, table.rows.length]),
    );
    expect(counts.engagements).toBe(1);
    expect(counts.groups).toBe(sample.groups.length);
    for (const table of [
      'respondents',
      'engagement_instruments',
      'interviews',
      'interview_notes',
      'interview_quotes',
      'interview_themes',
      'interview_quote_themes',
    ]) {
      expect(counts[table], table).toBeGreaterThan(0);
    }
    // Search indexes are rebuilt by triggers, never archived.
    expect(Object.keys(content.owned).some((name) => name.includes('_fts'))).toBe(false);
    expect(Object.keys(content.shared).sort()).toEqual(['instruments', 'norm_sets']);
    expect(JSON.stringify(content)).not.toContain('not part of the archive');
    const groups = content.owned.groups!;
    const idColumn = groups.columns.indexOf('id');
    expect(groups.rows.map((row) => row[idColumn])).not.toContain(other.groups[0]?.id);
  });

  it('export → import → export gives the same content, in a fresh and in the same workspace', async () => {
    const source = tempWorkspace();
    const sample = createSampleEngagement(source, 'en');
    const exported = await exportArchive(source, sample.id, APP);
    const first = parseArchiveContent(await openArchive(exported.bytes), LATEST_SCHEMA_VERSION);

    const target = tempWorkspace();
    createSampleEngagement(target, 'nl'); // ids in the target are taken already
    const imported = await importArchive(target, exported.bytes);
    expect(imported.clientName).toBe(sample.clientName);
    const second = await contentOf(target, imported.engagementId);
    expect(canonical(target, second)).toEqual(canonical(source, first));

    const again = await importArchive(source, exported.bytes);
    expect(again.engagementId).not.toBe(sample.id);
    // Next to its original, the copy is told apart by its name; all else is the same.
    expect(again.clientName).toBe(`${sample.clientName} (copy)`);
    source.db
      .prepare('UPDATE engagements SET client_name = ? WHERE id = ?')
      .run(sample.clientName, again.engagementId);
    const third = await contentOf(source, again.engagementId);
    expect(canonical(source, third)).toEqual(canonical(source, first));
    // The original is untouched and both copies are complete engagements.
    expect(source.engagements.get(sample.id).groups).toHaveLength(sample.groups.length);
    expect(source.engagements.get(again.engagementId).groups).toHaveLength(sample.groups.length);
  });

  it('rebuilds search and reuses identical instrument versions instead of copying them', async () => {
    const source = tempWorkspace();
    const sample = createSampleEngagement(source, 'nl');
    const before = source.instruments.list().length;
    const file = await exportArchive(source, sample.id, APP);
    const imported = await importArchive(source, file.bytes);
    expect(source.instruments.list()).toHaveLength(before);
    const quote = source.interviews.quotes.list(sample.id)[0];
    expect(quote).toBeDefined();
    const word = quote!.text.split(/\s+/).find((candidate) => candidate.length > 6) ?? '';
    const hits = source.interviews.search.search(word, imported.engagementId, 50);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((hit) => hit.engagementId === imported.engagementId)).toBe(true);
  });

  it('keeps responses on their own instrument when the workspace has a different version', async () => {
    const source = tempWorkspace();
    const sample = createSampleEngagement(source, 'nl');
    const content = await contentOf(source, sample.id);
    const instruments = content.shared.instruments!;
    const definitionColumn = instruments.columns.indexOf('definition_json');
    // The archived instrument differs from the one with the same key and version here.
    for (const row of instruments.rows) {
      const definition = JSON.parse(String(row[definitionColumn])) as { name: { nl: string } };
      definition.name.nl = `${definition.name.nl} (oude druk)`;
      row[definitionColumn] = JSON.stringify(definition);
    }
    const target = tempWorkspace();
    const imported = await importArchive(target, await sealArchive(content));
    const used = target.instruments.forEngagement(imported.engagementId);
    expect(used.length).toBeGreaterThan(0);
    for (const summary of used) {
      expect(summary.name.nl).toMatch(/\(oude druk\)$/);
      expect(summary.version).toBeGreaterThan(1);
      expect(target.instruments.get(summary.id).instrument.version).toBe(summary.version);
      expect(summary.respondentCount).toBeGreaterThan(0);
    }
  });

  it('makes the answers as numbers from the answers themselves, whatever numbers the file brings', async () => {
    const source = tempWorkspace();
    const sample = createSampleEngagement(source, 'nl');
    const content = await contentOf(source, sample.id);
    const respondents = content.owned.respondents!;
    const numbersColumn = respondents.columns.indexOf('answer_numbers');
    expect(numbersColumn).toBeGreaterThanOrEqual(0);
    // A file whose numbers disagree with its answers (every answer 1), or that has none at all.
    respondents.rows.forEach((row, index) => {
      const stored = row[numbersColumn] as { $blob: string };
      const width = Buffer.from(stored.$blob, 'base64').byteLength;
      row[numbersColumn] =
        index % 2 === 0 ? { $blob: Buffer.alloc(width, 1).toString('base64') } : null;
    });
    const target = tempWorkspace();
    await importArchive(target, await sealArchive(content));
    expect(respondentsWithNumbers(target.db)).toBe(respondents.rows.length);
    expect(answerNumbersDisagreeing(target.db)).toEqual([]);
  });

  it('includes tables other migrations add, found through their foreign keys', async () => {
    const extraTables = `
      CREATE TABLE ext_settings (
        engagement_id INTEGER PRIMARY KEY REFERENCES engagements (id) ON DELETE CASCADE,
        settings_json TEXT NOT NULL
      ) STRICT;
      CREATE TABLE ext_theme_order (
        id INTEGER PRIMARY KEY,
        engagement_id INTEGER NOT NULL REFERENCES engagements (id) ON DELETE CASCADE,
        theme_id INTEGER NOT NULL REFERENCES interview_themes (id) ON DELETE CASCADE,
        position INTEGER NOT NULL
      ) STRICT;
      CREATE TABLE ext_template_uses (
        id INTEGER PRIMARY KEY,
        engagement_id INTEGER REFERENCES engagements (id) ON DELETE SET NULL
      ) STRICT;`;
    const source = tempWorkspace();
    source.db.exec(extraTables);
    const sample = createSampleEngagement(source, 'nl');
    const themes = source.interviews.themes.list(sample.id);
    source.db
      .prepare('INSERT INTO ext_settings VALUES (?, ?)')
      .run(sample.id, '{"title":"Rapport De Kroon"}');
    themes
      .slice(0, 3)
      .forEach((theme, position) =>
        source.db
          .prepare(
            'INSERT INTO ext_theme_order (engagement_id, theme_id, position) VALUES (?, ?, ?)',
          )
          .run(sample.id, theme.id, position),
      );
    source.db.prepare('INSERT INTO ext_template_uses (engagement_id) VALUES (?)').run(sample.id);
    const content = collectEngagement(source.db, sample.id, APP);
    expect(content.owned.ext_settings?.rows).toHaveLength(1);
    expect(content.owned.ext_theme_order?.rows).toHaveLength(3);
    // SET NULL means "not owned": deleting the engagement keeps those rows, so does the archive.
    expect(content.owned.ext_template_uses).toBeUndefined();

    const target = tempWorkspace();
    target.db.exec(extraTables);
    createSampleEngagement(target, 'en');
    const imported = await importArchive(target, await sealArchive(content));
    const settings = target.db
      .prepare('SELECT * FROM ext_settings WHERE engagement_id = ?')
      .get(imported.engagementId);
    expect(settings).toEqual({
      engagement_id: imported.engagementId,
      settings_json: '{"title":"Rapport De Kroon"}',
    });
    const order = target.db
      .prepare<[number], { name: string }>(
        `SELECT t.name FROM ext_theme_order o JOIN interview_themes t ON t.id = o.theme_id
         WHERE o.engagement_id = ? AND t.engagement_id = o.engagement_id ORDER BY o.position`,
      )
      .all(imported.engagementId)
      .map((row) => row.name);
    expect(order).toEqual(themes.slice(0, 3).map((theme) => theme.name));
    const reExported = collectEngagement(target.db, imported.engagementId, APP);
    expect(canonical(target, reExported)).toEqual(canonical(source, content));
  });

  it('translates the ids the report settings keep in JSON (chosen quotes, instrument)', async () => {
    const source = tempWorkspace();
    const sample = createSampleEngagement(source, 'nl');
    const quotes = source.interviews.quotes.list(sample.id).slice(0, 3);
    const [instrument] = source.instruments.forEngagement(sample.id);
    const dispatchIn = (workspace: Workspace) => testDispatcher(workspace).dispatch;
    const saved = await dispatchIn(source)('report.save', {
      engagementId: sample.id,
      settings: { quoteIds: quotes.map((quote) => quote.id), instrumentId: instrument!.id },
    });
    expect(saved.ok).toBe(true);
    const file = await exportArchive(source, sample.id, APP);

    const target = tempWorkspace();
    createSampleEngagement(target, 'en'); // other quotes and ids come first here
    const imported = await importArchive(target, file.bytes);
    const view = await dispatchIn(target)('report.get', { engagementId: imported.engagementId });
    if (!view.ok) throw new Error(JSON.stringify(view.error));
    const settings = (view.value as { settings: { quoteIds: number[]; instrumentId: number } })
      .settings;
    const importedQuotes = new Map(
      target.interviews.quotes.list(imported.engagementId).map((quote) => [quote.id, quote.text]),
    );
    expect(settings.quoteIds.map((id) => importedQuotes.get(id))).toEqual(
      quotes.map((quote) => quote.text),
    );
    const reported = target.instruments.get(settings.instrumentId).summary;
    expect([reported.key, reported.version]).toEqual([instrument!.key, instrument!.version]);
    const again = await contentOf(target, imported.engagementId);
    expect(canonical(target, again)).toEqual(
      canonical(source, parseArchiveContent(await openArchive(file.bytes), LATEST_SCHEMA_VERSION)),
    );
  });

  it('keeps nested themes nested, whatever order their ids have', async () => {
    const source = tempWorkspace();
    const sample = createSampleEngagement(source, 'nl');
    const themes = source.interviews.themes.list(sample.id);
    const child = themes.find((theme) => theme.parentId !== null)!;
    // Re-parent the child under the newest theme, whose id is higher than the child's.
    const newest = themes.filter((theme) => theme.parentId === null).at(-1)!;
    source.db
      .prepare('UPDATE interview_themes SET parent_id = ? WHERE id = ?')
      .run(newest.id, child.id);
    const file = await exportArchive(source, sample.id, APP);
    const imported = await importArchive(source, file.bytes);
    const copies = source.interviews.themes.list(imported.engagementId);
    const copiedChild = copies.find((theme) => theme.name === child.name)!;
    const copiedParent = copies.find((theme) => theme.id === copiedChild.parentId);
    expect(copiedParent?.name).toBe(newest.name);
  });
});

describe('encrypted archives', () => {
  it('needs the right passphrase and tells a wrong one apart from a damaged file', async () => {
    const source = tempWorkspace();
    const sample = createSampleEngagement(source, 'nl');
    const content = collectEngagement(source.db, sample.id, APP);
    const sealed = await sealArchive(content, 'correct horse battery', FAST);
    expect(Buffer.from(sealed).includes(Buffer.from('Metaalwerk'))).toBe(false);

    const target = tempWorkspace();
    const hash = contentHash(target.db);
    expect(await errorKey(importArchive(target, sealed))).toBe('archive.passphraseRequired');
    expect(await errorKey(importArchive(target, sealed, 'correct horse batterY'))).toBe(
      'archive.wrongPassphrase',
    );
    const tampered = Uint8Array.from(sealed);
    tampered[tampered.length - 40] = (tampered[tampered.length - 40] ?? 0) ^ 0x01;
    expect(await errorKey(importArchive(target, tampered, 'correct horse battery'))).toBe(
      'archive.corrupt',
    );
    expect(contentHash(target.db)).toBe(hash);
    const imported = await importArchive(target, sealed, 'correct horse battery');
    expect(target.engagements.get(imported.engagementId).clientName).toBe(sample.clientName);
  });

  it('uses a fresh salt and nonce for every archive', async () => {
    const a = await sealArchive({ x: 1 }, 'passphrase!', FAST);
    const b = await sealArchive({ x: 1 }, 'passphrase!', FAST);
    expect(Buffer.from(a).subarray(13, 41).equals(Buffer.from(b).subarray(13, 41))).toBe(false);
    expect(await openArchive(a, 'passphrase!')).toEqual({ x: 1 });
  });
});

describe('archives that cannot be imported', () => {
  it('refuses an archive from a newer schema and writes nothing', async () => {
    const source = tempWorkspace();
    const sample = createSampleEngagement(source, 'nl');
    const content = collectEngagement(source.db, sample.id, APP);
    const newer = await sealArchive({ ...content, schemaVersion: LATEST_SCHEMA_VERSION + 1 });
    const hash = contentHash(source.db);
    expect(await errorKey(importArchive(source, newer))).toBe('archive.tooNew');
    expect(contentHash(source.db)).toBe(hash);
  });

  it('refuses inconsistent content as a whole (one transaction)', async () => {
    const source = tempWorkspace();
    const sample = createSampleEngagement(source, 'nl');
    const content = collectEngagement(source.db, sample.id, APP);
    // A respondent pointing at a group the archive does not hold.
    const respondents = content.owned.respondents!;
    respondents.rows[respondents.rows.length - 1]![respondents.columns.indexOf('group_id')] =
      999_999;
    const hash = contentHash(source.db);
    expect(await errorKey(importArchive(source, await sealArchive(content)))).toBe(
      'archive.corrupt',
    );
    // A value the schema's CHECK refuses.
    const valid = collectEngagement(source.db, sample.id, APP);
    valid.owned.engagements!.rows[0]![valid.owned.engagements!.columns.indexOf('language')] = 'fr';
    expect(await errorKey(importArchive(source, await sealArchive(valid)))).toBe('archive.corrupt');
    expect(contentHash(source.db)).toBe(hash);
  });
});

describe('archive and remove', () => {
  it('only for a closed engagement; afterwards its text is gone from the database files', async () => {
    const workspace = tempWorkspace();
    const secret = 'Zwaluwstaart-7Q3-vertrouwelijk';
    const engagement = workspace.engagements.create({
      clientName: `Klant ${secret}`,
      sector: 'Bouw',
      consultants: ['Sanne'],
      startDate: null,
      endDate: null,
      language: 'nl',
      status: 'active',
      notes: `Eerste versie van de notities met ${secret}.`,
      groups: [{ name: `Afdeling ${secret}`, kind: 'department', description: '' }],
    });
    const interview = workspace.interviews.create({
      engagementId: engagement.id,
      kind: 'internal-interview',
      groupId: engagement.groups[0]!.id,
      intervieweeRole: 'Planner',
      organisation: '',
      intervieweeName: '',
      nameMayBeShown: false,
      interviewer: 'Sanne',
      date: null,
      mode: null,
      consentGiven: true,
      consentDate: null,
      guideRef: null,
    });
    // Autosaves rewrite the note many times: old versions must not survive in free space.
    for (let version = 1; version <= 20; version++) {
      workspace.interviews.saveNotes(interview.id, 'free', {
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: `Versie ${version}: ${secret}` }] },
        ],
      });
    }
    workspace.engagements.update(engagement.id, {
      notes: `Nieuwe notities ${secret} ${'x'.repeat(3000)}`,
    });
    const keep = workspace.engagements.create(newEngagement('Blijft staan'));

    const databaseBytes = () =>
      Buffer.concat(
        ['', '-wal'].flatMap((suffix) => {
          const path = `${workspace.databasePath}${suffix}`;
          return existsSync(path) ? [readFileSync(path)] : [];
        }),
      );
    // The check below would be meaningless if the text were not in the files to begin with.
    expect(databaseBytes().includes(Buffer.from(secret))).toBe(true);
    expect(
      await errorKey(
        exportArchiveAndRemove(workspace, engagement.id, { ...APP, plain: true, backups: 'keep' }),
      ),
    ).toBe('archive.notClosed');
    workspace.engagements.update(engagement.id, { status: 'closed' });
    const result = await exportArchiveAndRemove(workspace, engagement.id, {
      ...APP,
      passphrase: 'lang genoeg wachtwoord',
      scrypt: FAST,
      backups: 'keep',
    });
    expect(existsSync(result.keptCopy)).toBe(true);
    expect(readFileSync(result.keptCopy).equals(Buffer.from(result.file.bytes))).toBe(true);
    expect(
      await errorKey(Promise.resolve().then(() => workspace.engagements.get(engagement.id))),
    ).toBe('errors.notFound');
    expect(workspace.engagements.get(keep.id).clientName).toBe('Blijft staan');

    const raw = databaseBytes();
    expect(raw.length).toBeGreaterThan(0);
    expect(raw.includes(Buffer.from(secret))).toBe(false);
    expect(raw.includes(Buffer.from(secret.toLowerCase()))).toBe(false);
    expect(raw.includes(Buffer.from('zwaluwstaart'))).toBe(false);

    // The archive brings it all back.
    const imported = await importArchive(workspace, result.file.bytes, 'lang genoeg wachtwoord');
    expect(workspace.engagements.get(imported.engagementId).notes).toContain(secret);
    const [copy] = workspace.interviews.list(imported.engagementId);
    expect(JSON.stringify(workspace.interviews.get(copy!.id).notes)).toContain(
      `Versie 20: ${secret}`,
    );
  });
});

describe('archive bytes over the browser host', () => {
  it('travel as bytes in the wire format, not as a JSON Buffer object', async () => {
    const { decodeWire, encodeWire } = await import('@shared/ipc/wire');
    const sealed = await sealArchive({ x: 1 }, 'passphrase!', FAST);
    const decoded = decodeWire(encodeWire({ bytes: sealed })) as { bytes: Uint8Array };
    expect(decoded.bytes).toBeInstanceOf(Uint8Array);
    expect(await openArchive(decoded.bytes, 'passphrase!')).toEqual({ x: 1 });
  });
});
