import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { Workspace } from '@main/core/workspace';

const opened: { workspace?: Workspace; dir: string }[] = [];

/** A real workspace on a fresh temporary folder, closed and removed after the test. */
export function tempWorkspace(): Workspace {
  const dir = tempDir();
  const workspace = Workspace.open(dir);
  opened.push({ workspace, dir });
  return workspace;
}

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'klantspiegel-test-'));
  opened.push({ dir });
  return dir;
}

afterEach(() => {
  for (const { workspace, dir } of opened.splice(0)) {
    workspace?.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
