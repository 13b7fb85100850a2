import { describe, expect, it } from 'vitest';
import { uniqueName } from '@shared/engagements/unique-name';
import { exportArchive, importArchive } from '@main/core/archive/archives';
import { createSampleEngagement } from '@main/core/sample/sample-engagement';
import { tempWorkspace } from '@test/support/temp-workspace';

describe('names of imported engagements', () => {
  it('keeps a free name and numbers the copies of a taken one', () => {
    expect(uniqueName('Bakkerij De Graaf', ['Anders'], 'kopie')).toBe('Bakkerij De Graaf');
    expect(uniqueName('Bakkerij De Graaf', ['bakkerij de graaf'], 'kopie')).toBe(
      'Bakkerij De Graaf (kopie)',
    );
    expect(
      uniqueName('Bakkerij De Graaf', ['Bakkerij De Graaf', 'Bakkerij De Graaf (kopie)'], 'kopie'),
    ).toBe('Bakkerij De Graaf (kopie 2)');
  });

  it('an engagement imported next to itself arrives as "(kopie)", then "(kopie 2)"', async () => {
    const workspace = tempWorkspace();
    const sample = createSampleEngagement(workspace, 'nl');
    const file = await exportArchive(workspace, sample.id, { appVersion: 'test' });
    const first = await importArchive(workspace, file.bytes);
    const second = await importArchive(workspace, file.bytes);
    expect(first.clientName).toBe(`${sample.clientName} (kopie)`);
    expect(second.clientName).toBe(`${sample.clientName} (kopie 2)`);
    expect(workspace.engagements.get(second.engagementId).clientName).toBe(second.clientName);
  });

  it('an English engagement gets "(copy)"', async () => {
    const workspace = tempWorkspace();
    const sample = createSampleEngagement(workspace, 'en');
    const file = await exportArchive(workspace, sample.id, { appVersion: 'test' });
    expect((await importArchive(workspace, file.bytes)).clientName).toBe(
      `${sample.clientName} (copy)`,
    );
  });
});
