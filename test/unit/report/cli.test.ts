import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '@main/cli/analyze';
import { runReport } from '@main/cli/report';
import { runSample } from '@main/cli/sample';
import { unzipSync } from 'fflate';
import { createSampleEngagement } from '@main/core/sample/sample-engagement';
import { Workspace } from '@main/core/workspace';
import { tempDir } from '@test/support/temp-workspace';
import { paragraphs, readDocx } from './read-docx';

function sampleDatabase(): { dir: string; db: string; engagementId: number } {
  const dir = tempDir();
  const workspace = Workspace.open(dir);
  const engagementId = createSampleEngagement(workspace, 'nl').id;
  workspace.close();
  return { dir, db: join(dir, 'workspace.sqlite'), engagementId };
}

describe('klantspiegel report', () => {
  it('writes the engagement’s report from a workspace database', async () => {
    const { dir, db, engagementId } = sampleDatabase();
    const out = join(dir, 'rapport.docx');
    const message = await runReport({ engagement: String(engagementId), db, out });
    expect(message).toMatch(/^Wrote .*rapport\.docx \(\d+ KB\)\.$/);
    const headings = paragraphs(readDocx(new Uint8Array(readFileSync(out))).document).filter(
      (paragraph) => paragraph.style === 'Heading1',
    );
    expect(headings[0]?.text).toBe('Samenvatting');
  });

  it('opens a database file with another name directly', async () => {
    const { dir, db, engagementId } = sampleDatabase();
    const copy = join(dir, 'kopie van de werkmap.sqlite');
    copyFileSync(db, copy);
    const out = join(dir, 'kopie.docx');
    await runReport({ engagement: String(engagementId), db: copy, out });
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
  });

  it('explains a missing option, a bad engagement number, an unknown engagement and a missing file', async () => {
    const { dir, db } = sampleDatabase();
    const out = join(dir, 'x.docx');
    await expect(runReport({ engagement: '1', db, out: undefined })).rejects.toThrow(
      /report needs --engagement, --db and --out/,
    );
    await expect(runReport({ engagement: 'abc', db, out })).rejects.toThrow(InputError);
    await expect(runReport({ engagement: '42', db, out })).rejects.toThrow(
      'There is no engagement 42',
    );
    await expect(runReport({ engagement: '1', db: join(dir, 'nope.sqlite'), out })).rejects.toThrow(
      /no such workspace database/,
    );
  });

  it('writes the workshop deck for --out with .pptx, and refuses another extension', async () => {
    const { dir, db, engagementId } = sampleDatabase();
    const out = join(dir, 'workshop.pptx');
    await runReport({ engagement: String(engagementId), db, out });
    const parts = Object.keys(unzipSync(new Uint8Array(readFileSync(out))));
    expect(parts).toContain('ppt/presentation.xml');
    expect(parts.some((name) => /^ppt\/charts\/chart\d+\.xml$/.test(name))).toBe(true);
    await expect(
      runReport({ engagement: String(engagementId), db, out: join(dir, 'x.pdf') }),
    ).rejects.toThrow(/--out must end in \.docx .* or \.pptx/);
  });
});

describe('klantspiegel sample', () => {
  it('creates the sample engagement in a new workspace file and gives its id, in either language', () => {
    const dir = tempDir();
    const db = join(dir, 'nieuw.sqlite');
    const dutch = runSample({ db, language: undefined });
    const english = runSample({ db, language: 'en' });
    expect(english).toBe(dutch + 1);
    const workspace = Workspace.openFile(db);
    try {
      expect(workspace.engagements.get(dutch).language).toBe('nl');
      expect(workspace.engagements.get(english).clientName).toBe('Sample: De Kroon Metalworks Ltd');
    } finally {
      workspace.close();
    }
    expect(() => runSample({ db, language: 'de' })).toThrow('--language must be nl or en.');
    expect(() => runSample({ db: undefined, language: 'nl' })).toThrow(/sample needs --db/);
    expect(() => runSample({ db: join(dir, 'nope', 'x.sqlite'), language: 'nl' })).toThrow(
      /the folder does not exist/,
    );
  });
});
