/** Per-workspace state (kiosk session, report jobs) is owned by the open workspace. */
import { describe, expect, it } from 'vitest';
import { kioskSessionOf } from '@main/core/kiosk/session';
import { reportJobsOf } from '@main/core/report/jobs';
import { Workspace } from '@main/core/workspace';
import { defineWorkspaceState } from '@main/core/workspace-state';
import { tempDir, tempWorkspace } from '@test/support/temp-workspace';
import { engagementWithScan } from '@test/support/scan-engagement';

describe('workspace state', () => {
  it('gives every caller the one kiosk session and report jobs of a workspace', () => {
    const workspace = tempWorkspace();
    expect(kioskSessionOf(workspace)).toBe(kioskSessionOf(workspace));
    expect(reportJobsOf(workspace)).toBe(reportJobsOf(workspace));
    const other = tempWorkspace();
    expect(kioskSessionOf(other)).not.toBe(kioskSessionOf(workspace));
    expect(reportJobsOf(other)).not.toBe(reportJobsOf(workspace));
  });

  it('starts fresh with a newly opened workspace (as after a restore), from what is stored', async () => {
    const dir = tempDir();
    const first = Workspace.open(dir);
    const { engagement, instrumentId } = engagementWithScan(first, 'Metaal BV', ['Productie']);
    const session = kioskSessionOf(first);
    await session.start(engagement.id, instrumentId, '4821');
    first.close();

    const reopened = Workspace.open(dir);
    try {
      const again = kioskSessionOf(reopened);
      expect(again).not.toBe(session);
      // The kiosk survives the restart: the new session reads it from the settings table.
      expect(again.active).toBe(true);
      expect(again.target).toEqual({ engagementId: engagement.id, instrumentId });
    } finally {
      reopened.close();
    }
  });

  it('creates a kind of state once per workspace, on first use', () => {
    let created = 0;
    const counter = defineWorkspaceState('counter', (workspace: Workspace) => {
      created++;
      return { dataDir: workspace.dataDir, hits: 0 };
    });
    const workspace = tempWorkspace();
    expect(created).toBe(0);
    workspace.state.get(counter).hits++;
    workspace.state.get(counter).hits++;
    expect(workspace.state.get(counter)).toEqual({ dataDir: workspace.dataDir, hits: 2 });
    expect(created).toBe(1);
  });
});
