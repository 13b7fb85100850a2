import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildChild, runCrashCampaign } from '@test/crash/harness';

// Inside the project, so the bundle's one external import (better-sqlite3) resolves.
const cacheDir = resolve('node_modules/.cache');
mkdirSync(cacheDir, { recursive: true });
const buildDir = mkdtempSync(join(cacheDir, 'klantspiegel-crash-child-'));
afterAll(() => rmSync(buildDir, { recursive: true, force: true }));

describe('crash safety', () => {
  it(
    'survives 200 SIGKILLs during imports, edits and autosaves without losing a committed change',
    async () => {
      const script = await buildChild(buildDir);
      const report = await runCrashCampaign(script, {
        kills: 200,
        lanes: 2,
        killsPerWorkspace: 40,
        minKillMs: 20,
        maxKillMs: 200,
        seed: 7,
      });
      const summary = JSON.stringify({ ...report, problems: report.problems.length });
      expect(report.problems, summary).toEqual([]);
      expect(report.kills).toBeGreaterThanOrEqual(200);
      // The kills hit a working child: changes were committed, many kills came in the middle of
      // writing an import, and finished imports were found whole (counted once per check).
      expect(report.loggedChanges, summary).toBeGreaterThan(100);
      expect(report.earlyKills, summary).toBeLessThan(report.kills / 2);
      expect(report.killsDuringImport, summary).toBeGreaterThan(50);
      expect(report.importBatchesChecked, summary).toBeGreaterThan(20);
    },
    // About a minute alone on two cores, two and a half with other tests running beside it; the
    // margin is for slower CI machines.
    420_000,
  );
});
