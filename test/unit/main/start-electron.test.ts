import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('npm start without the Electron binary', () => {
  it('says so plainly and points to the browser host, without a stack trace', () => {
    const result = spawnSync(process.execPath, ['electron/scripts/start-electron.mjs'], {
      encoding: 'utf8',
      // Points Electron at a folder without its binary, as on a machine that could not download it.
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: '/nonexistent/electron-dist' },
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('npm run start:browser');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
