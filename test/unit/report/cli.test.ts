import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '@main/cli/analyze';
import { runReport } from '@main/cli/report';
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
});
