import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { AppError } from '@shared/ipc/errors';
import { noteText } from '@shared/interviews/note-text';
import { importExchangeFile } from '@main/core/refi-qda/files';
import { readExchangeFile } from '@main/core/refi-qda/read-file';
import { readQdpx, QDPX_LIMITS } from '@main/core/refi-qda/qdpx';
import { toCodePoints, toUtf16 } from '@main/core/refi-qda/model';
import { createSampleEngagement } from '@main/core/sample/sample-engagement';
import { Workspace } from '@main/core/workspace';
import { tempDir, tempWorkspace } from '@test/support/temp-workspace';
import { createEngagement } from '../interviews/helpers';

const G = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** A project as another program might write it: deeper codes, short colours, inline text. */
const FOREIGN = `<?xml version="1.0" encoding="utf-8"?>
<qda:Project xmlns:qda="urn:QDA-XML:project:1.0" name="Elders" origin="MAXQDA 24">
  <qda:Users><qda:User guid="${G(1)}" name="Onderzoeker"/></qda:Users>
  <qda:CodeBook><qda:Codes>
    <qda:Code guid="${G(10)}" name="Klantcontact" isCodable="true" color="#A1B">
      <qda:Description>Alles over contact</qda:Description>
      <qda:NoteRef targetGUID="${G(90)}"/>
      <qda:Code guid="${G(11)}" name="Telefoon" isCodable="true">
        <qda:Code guid="${G(12)}" name="Wachttijd" isCodable="true" color="#00ff00"/>
      </qda:Code>
    </qda:Code>
    <qda:Code guid="${G(20)}" name="Levertijden" isCodable="true"/>
  </qda:Codes></qda:CodeBook>
  <qda:Sources>
    <qda:TextSource guid="${G(30)}" name="Gesprek met inkoper">
      <qda:PlainTextContent>😀 De wachttijd aan de telefoon is lang.
Levering klopt meestal.</qda:PlainTextContent>
      <qda:PlainTextSelection guid="${G(31)}" startPosition="2" endPosition="39">
        <qda:Coding guid="${G(32)}"><qda:CodeRef targetGUID="${G(12)}"/></qda:Coding>
        <qda:Coding guid="${G(33)}"><qda:CodeRef targetGUID="${G(99)}"/></qda:Coding>
      </qda:PlainTextSelection>
      <qda:PlainTextSelection guid="${G(34)}" name="Quote" startPosition="40" endPosition="63">
        <qda:Coding guid="${G(35)}"><qda:CodeRef targetGUID="${G(20)}"/></qda:Coding>
      </qda:PlainTextSelection>
      <qda:PlainTextSelection guid="${G(36)}" startPosition="500" endPosition="600"/>
      <qda:NoteRef targetGUID="${G(91)}"/>
    </qda:TextSource>
    <qda:PictureSource guid="${G(40)}" path="internal://foto.jpg"/>
    <qda:TextSource guid="${G(41)}" plainTextPath="internal://ontbreekt.txt"/>
  </qda:Sources>
  <qda:Notes>
    <qda:Note guid="${G(90)}" name="Memo code"><qda:PlainTextContent>Over contact</qda:PlainTextContent></qda:Note>
    <qda:Note guid="${G(91)}" name="Memo bron"><qda:PlainTextContent>Inkoper was kritisch</qda:PlainTextContent></qda:Note>
    <qda:Note guid="${G(92)}" name="Memo project"><qda:PlainTextContent>Eerste ronde</qda:PlainTextContent></qda:Note>
  </qda:Notes>
  <qda:NoteRef targetGUID="${G(92)}"/>
</qda:Project>`;

const qdpx = (projectXml: string, extra: Record<string, Uint8Array> = {}) =>
  zipSync({ 'project.qde': strToU8(projectXml), ...extra });

/** Rewrites the central directory so every entry claims to unpack past the total limit. */
function claimSize(zip: Uint8Array): Uint8Array {
  const bytes = new Uint8Array(zip);
  const view = new DataView(bytes.buffer);
  for (let offset = 0; offset + 46 <= bytes.length; offset++) {
    if (view.getUint32(offset, true) === 0x02014b50) {
      view.setUint32(offset + 24, QDPX_LIMITS.totalBytes + 1, true);
    }
  }
  return bytes;
}

function errorKey(action: () => unknown): string {
  try {
    action();
    return 'ok';
  } catch (error) {
    if (error instanceof AppError) return error.key;
    throw error;
  }
}

describe('REFI-QDA projects from other programs', () => {
  it('imports deeper codes into two levels, positions in code points, and leaves out what it cannot read', () => {
    const workspace = tempWorkspace();
    const engagement = createEngagement(workspace);
    const summary = importExchangeFile(workspace, engagement.id, readExchangeFile(qdpx(FOREIGN)));
    expect(summary).toEqual({
      themesCreated: 4,
      themesReused: 0,
      interviews: 1,
      passages: 2,
      memos: 3,
      skippedSources: 2,
      skippedSelections: 1,
    });
    const themes = workspace.interviews.themes.list(engagement.id);
    const byName = new Map(themes.map((theme) => [theme.name, theme]));
    expect(byName.get('Klantcontact')).toMatchObject({
      parentId: null,
      colour: '#AA11BB',
      description: 'Alles over contact',
    });
    expect(byName.get('Telefoon / Wachttijd')).toMatchObject({
      parentId: byName.get('Klantcontact')!.id,
      colour: '#00FF00',
    });
    expect(byName.get('Telefoon')?.parentId).toBe(byName.get('Klantcontact')!.id);

    const passages = workspace.interviews.quotes.list(engagement.id, { includeCodings: true });
    expect(passages.map((passage) => [passage.text, passage.isQuote, passage.themeIds])).toEqual([
      ['De wachttijd aan de telefoon is lang.', false, [byName.get('Telefoon / Wachttijd')!.id]],
      ['Levering klopt meestal.', true, [byName.get('Levertijden')!.id]],
    ]);
    // The notes hold the text with each passage marked where it was selected.
    const [note] = workspace.interviews.noteDocs(engagement.id);
    const text = noteText(note!.doc);
    const marked = passages.map((passage) => {
      const range = text.passages.get(passage.id)!;
      return text.text.slice(range.start, range.end);
    });
    expect(marked).toEqual(passages.map((passage) => passage.text));
    expect(
      workspace.interviews.memos.list(engagement.id).map((memo) => [memo.target.kind, memo.text]),
    ).toEqual([
      ['engagement', 'Eerste ronde'],
      ['theme', 'Over contact'],
      ['interview', 'Inkoper was kritisch'],
    ]);
  });

  it('refuses what is no project, and files that would unpack to too much, changing nothing', () => {
    const workspace = tempWorkspace();
    const engagement = createEngagement(workspace);
    const attempt = (bytes: Uint8Array) => () =>
      importExchangeFile(workspace, engagement.id, readExchangeFile(bytes));
    expect(errorKey(attempt(strToU8('just text')))).toBe('exchange.unknownFile');
    expect(errorKey(attempt(zipSync({ 'other.txt': strToU8('x') })))).toBe('exchange.notQdpx');
    expect(errorKey(attempt(qdpx('<Project><broken')))).toBe('exchange.invalid');
    const entities = `<?xml version="1.0"?><!DOCTYPE p [<!ENTITY a "aaaa">]><Project name="x">&a;</Project>`;
    expect(errorKey(attempt(qdpx(entities)))).toBe('exchange.invalid');
    // A zip whose directory says an entry unpacks past the limit is refused unopened.
    expect(
      errorKey(() => readQdpx(claimSize(qdpx(FOREIGN, { 'sources/big.txt': strToU8('x') })))),
    ).toBe('exchange.tooLarge');
    expect(workspace.interviews.themes.list(engagement.id)).toEqual([]);
    expect(workspace.interviews.list(engagement.id)).toEqual([]);
  });

  it('counts positions in code points, as the standard says', () => {
    const text = 'a😀b';
    expect(toCodePoints(text, 3)).toBe(2);
    expect(toUtf16(text, 2)).toBe(3);
    expect(toCodePoints(text, text.length)).toBe(3);
  });
});

describe('klantspiegel export (command line)', () => {
  it('writes a .qdpx and a .qdc of an engagement in a workspace file', () => {
    if (!existsSync('out/main/cli.js')) throw new Error('run `npm run build` first');
    const dir = tempDir();
    const workspace = Workspace.open(dir);
    const sample = createSampleEngagement(workspace, 'nl');
    workspace.close();
    const db = join(dir, 'workspace.sqlite');
    for (const extension of ['qdpx', 'qdc']) {
      const out = join(dir, `export.${extension}`);
      const message = execFileSync(
        process.execPath,
        ['out/main/cli.js', 'export', '--engagement', String(sample.id), '--db', db, '--out', out],
        { encoding: 'utf8' },
      );
      expect(message).toMatch(new RegExp(`^Wrote .*export\\.${extension}`));
      expect(readFileSync(out).length).toBeGreaterThan(100);
    }
    const failed = (() => {
      try {
        execFileSync(
          process.execPath,
          [
            'out/main/cli.js',
            'export',
            '--engagement',
            '999',
            '--db',
            db,
            '--out',
            join(dir, 'x.qdpx'),
          ],
          { stdio: 'pipe' },
        );
        return '';
      } catch (error) {
        return String((error as { stderr: Buffer }).stderr);
      }
    })();
    expect(failed).toContain('There is no engagement 999');
  });
});
